/**
 * References between records, read from every file's fields as written: a country or source an
 * event names, the sources a country, figure, quote, event or the story cites, a source's
 * `reported_in` and the story's key events. A file with other mistakes still has its broken
 * references reported, in the same run.
 */
import { suggest } from './messages';
import { issueAt, type ContentIssue, type FieldPath, type RecordFile } from './recordFile';
import { recordFile } from '../model/records';
import { COUNTRY_SLUG, EVENT_ID, ID } from '../model/schema';

/** The ids of every record file, valid or not: a file that fails its own check is reported there, not again here. */
export interface KnownIds {
  countries: Set<string>;
  sources: Set<string>;
  events: Set<string>;
}

type Kind = 'country' | 'source' | 'event';

const KINDS: Record<Kind, { pattern: RegExp; known: keyof KnownIds; file: (id: string) => string }> = {
  country: { pattern: COUNTRY_SLUG, known: 'countries', file: recordFile.country },
  source: { pattern: ID, known: 'sources', file: recordFile.source },
  event: { pattern: EVENT_ID, known: 'events', file: recordFile.event },
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const listAt = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every reference a record's fields make, with its path: only ids written as ids (others fail the schema). */
function referencesOf(file: string, raw: Record<string, unknown>): { path: FieldPath; id: string; kind: Kind }[] {
  const refs: { path: FieldPath; id: unknown; kind: Kind }[] = [];
  const list = (path: FieldPath, value: unknown, kind: Kind) => listAt(value).forEach((id, i) => refs.push({ path: [...path, i], id, kind }));
  const quotes = () => listAt(raw.quotes).forEach((q, i) => isObject(q) && refs.push({ path: ['quotes', i, 'source'], id: q.source, kind: 'source' }));
  if (file.startsWith('content/countries/')) {
    list(['sources'], raw.sources, 'source');
    quotes();
    if (isObject(raw.figures)) {
      for (const [fid, f] of Object.entries(raw.figures)) if (isObject(f)) list(['figures', fid, 'sources'], f.sources, 'source');
    }
  } else if (file.startsWith('content/events/')) {
    list(['countries'], raw.countries, 'country');
    list(['sources'], raw.sources, 'source');
    quotes();
  } else if (file.startsWith('content/sources/')) {
    refs.push({ path: ['reported_in'], id: raw.reported_in, kind: 'source' });
  } else if (file === recordFile.story || file.startsWith('content/stories/')) {
    list(['sources'], raw.sources, 'source');
    list(['key_events'], raw.key_events, 'event');
  }
  return refs.filter((r): r is { path: FieldPath; id: string; kind: Kind } => typeof r.id === 'string' && KINDS[r.kind].pattern.test(r.id));
}

/** Checks that every reference in every file names an existing file, with a suggestion when one is close. */
export function checkReferences(files: Map<string, RecordFile>, known: KnownIds): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [file, record] of files) {
    if (!isObject(record.raw)) continue;
    const self = file.startsWith('content/sources/') ? file.slice('content/sources/'.length, -'.yaml'.length) : undefined;
    for (const { path, id, kind } of referencesOf(file, record.raw)) {
      if (kind === 'source' && path[0] === 'reported_in' && id === self) {
        issues.push(issueAt(record, path, 'expected another source, found this source itself'));
        continue;
      }
      const ids = known[KINDS[kind].known];
      if (ids.has(id)) continue;
      const guess = suggest(id, [...ids]);
      issues.push(issueAt(record, path, `no ${kind} "${id}": expected a file ${KINDS[kind].file(id)}, found none.${guess ? ` Did you mean "${guess}"?` : ''}`));
    }
  }
  return issues;
}
