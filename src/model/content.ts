/**
 * The records as the rest of the code receives them: `Content` straight from the check, and
 * `SiteContent`, the same records sorted and indexed for pages, figures and images.
 */
import type { Country, Event, FollowUp, Source, Story } from './schema';

/** Every validated record; `story` is null only while the check is still reporting problems. */
export interface Content {
  countries: Country[];
  events: Event[];
  sources: Source[];
  story: Story | null;
  /** The follow-up stories, by slug. */
  stories: FollowUp[];
}

/** Which records cite a source, by kind: country slugs, event ids, ids of sources reported in it. */
export interface Citations {
  countries: string[];
  events: string[];
  sources: string[];
}

/** Valid records, ready for pages: countries by name, events by date, sources by id, and lookups. */
export interface SiteContent extends Content {
  story: Story;
  country: (slug: string) => Country;
  /** A follow-up story by its slug. */
  followUp: (slug: string) => FollowUp;
  source: (id: string) => Source;
  eventsOf: (slug: string) => Event[];
  citedBy: Map<string, Citations>;
}

/** Each country's events, in the order given; an event naming a country twice is listed once. */
export function eventsByCountry<E extends Pick<Event, 'countries'>>(events: readonly E[]): Map<string, E[]> {
  const byCountry = new Map<string, E[]>();
  for (const e of events) {
    for (const slug of new Set(e.countries)) {
      const list = byCountry.get(slug);
      if (list) list.push(e);
      else byCountry.set(slug, [e]);
    }
  }
  return byCountry;
}
