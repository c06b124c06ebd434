/**
 * Every correction on every record, in one list for the corrections page and the updates feed:
 * newest first, each with the record it corrects and where that record appears.
 */
import type { Correction, Country, Event, FollowUp, Source, Story } from '../model/schema';
import type { PartialDate } from '../model/dates';

export type RecordKind = 'story' | 'country' | 'event' | 'source';

export interface CorrectionEntry {
  date: PartialDate;
  text: string;
  kind: RecordKind;
  /** The record's id: its file name without extension (`index` for the story). */
  record: string;
  /** The record's name or title, as readers see it. */
  title: string;
  /** Where the record appears on the site. */
  href: string;
  /**
   * A key that stays the same when other corrections are added or the text is edited:
   * `<kind>/<record>/<date>`, with `-2`, `-3` … for a second or third correction of the same
   * record on the same day, in file order.
   */
  key: string;
}

/** Where each kind of record appears; the site passes its own links. */
export interface RecordLinks {
  /** The main story's page, or a follow-up's (`slug`). */
  story: (slug?: string) => string;
  country: (slug: string) => string;
  event: (id: string) => string;
  source: (id: string) => string;
}

export interface CorrectedRecords {
  story: Pick<Story, 'title' | 'corrections'>;
  stories?: Pick<FollowUp, 'slug' | 'title' | 'corrections'>[];
  countries: Pick<Country, 'slug' | 'name' | 'corrections'>[];
  events: Pick<Event, 'id' | 'title' | 'corrections'>[];
  sources: Pick<Source, 'id' | 'title' | 'corrections'>[];
}

const KIND_ORDER: RecordKind[] = ['story', 'country', 'event', 'source'];

/** All corrections, newest first; on the same day, story, countries, events, sources, each by title. */
export function collectCorrections(records: CorrectedRecords, links: RecordLinks): CorrectionEntry[] {
  const entries: (CorrectionEntry & { order: number })[] = [];
  const add = (kind: RecordKind, record: string, title: string, href: string, corrections: Correction[]) => {
    const seen = new Map<string, number>();
    corrections.forEach((c, order) => {
      const n = (seen.get(c.date.start) ?? 0) + 1;
      seen.set(c.date.start, n);
      const key = `${kind}/${record}/${c.date.start}${n > 1 ? `-${n}` : ''}`;
      entries.push({ date: c.date, text: c.text, kind, record, title, href, key, order });
    });
  };
  add('story', 'index', records.story.title, links.story(), records.story.corrections);
  for (const s of records.stories ?? []) add('story', s.slug, s.title, links.story(s.slug), s.corrections);
  for (const c of records.countries) add('country', c.slug, c.name, links.country(c.slug), c.corrections);
  for (const e of records.events) add('event', e.id, e.title, links.event(e.id), e.corrections);
  for (const s of records.sources) add('source', s.id, s.title, links.source(s.id), s.corrections);
  return entries
    .sort((a, b) =>
      (a.date.start < b.date.start ? 1 : a.date.start > b.date.start ? -1 : 0)
      || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
      || a.title.localeCompare(b.title, 'en')
      || (a.record < b.record ? -1 : a.record > b.record ? 1 : 0)
      || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
