/**
 * The pages for readers and the record files each shows, so that a page's last update is the
 * newest of theirs: the date a country page gives under its title, and every page's `lastmod` in
 * the sitemap (src/site/sitemap.ts). Embeds, old addresses and the 404 page are not for readers
 * to find, and are not here.
 */
import { eventSourceIds } from '../derive/dataset';
import { countryPageSourceIds } from '../derive/sources';
import type { SiteContent } from '../model/content';
import { recordFile } from '../model/records';
import type { Event } from '../model/schema';

/** A page for readers, by its path under the site's base path (`/countries/kosovo/`), and the record files it shows. */
export interface ReaderPage {
  path: string;
  records: string[];
  /** The day the page dates from when its records have no history (a follow-up's publication); the main story's otherwise. */
  since?: string;
}

/** Each file once, in the order first given. */
const unique = (files: string[]) => [...new Set(files)];

/** Events with the sources each cites (in its list and its quotes), as an event list shows them (src/components/EventList.astro). */
const eventRecords = (events: readonly Event[]) => events.flatMap((e) => [recordFile.event(e.id), ...eventSourceIds(e).map(recordFile.source)]);

/**
 * What a country page shows: the country, the sources it cites (in its list, its figures and its
 * quotes), and each of its events with the sources that event cites.
 */
export function countryPageRecords(content: SiteContent, slug: string): string[] {
  const events = content.eventsOf(slug);
  return unique([
    recordFile.country(slug),
    ...countryPageSourceIds(content.country(slug), events).map(recordFile.source),
    ...events.map((e) => recordFile.event(e.id)),
  ]);
}

/**
 * Every page for readers, with the records it shows. The story counts its own file, as its
 * "Last updated" line and its JSON-LD `dateModified` do; a list counts what it lists: every country,
 * every event with its sources, every source, every record carrying a correction.
 */
export function readerPages(content: SiteContent): ReaderPage[] {
  const corrected = [
    ...(content.story.corrections.length ? [recordFile.story] : []),
    ...content.stories.filter((s) => s.corrections.length).map((s) => recordFile.followUp(s.slug)),
    ...content.countries.filter((c) => c.corrections.length).map((c) => recordFile.country(c.slug)),
    ...content.events.filter((e) => e.corrections.length).map((e) => recordFile.event(e.id)),
    ...content.sources.filter((s) => s.corrections.length).map((s) => recordFile.source(s.id)),
  ];
  return [
    { path: '/', records: [recordFile.story] },
    { path: '/stories/', records: [recordFile.story, ...content.stories.map((s) => recordFile.followUp(s.slug))] },
    ...content.stories.map((s) => ({ path: `/stories/${s.slug}/`, records: [recordFile.followUp(s.slug)], since: s.published.start })),
    // The tracker shows every country with its latest event and how many sources its page cites.
    { path: '/countries/', records: unique(content.countries.flatMap((c) => countryPageRecords(content, c.slug))) },
    ...content.countries.map((c) => ({ path: `/countries/${c.slug}/`, records: countryPageRecords(content, c.slug) })),
    { path: '/events/', records: unique(eventRecords(content.events)) },
    { path: '/sources/', records: content.sources.map((s) => recordFile.source(s.id)) },
    { path: '/corrections/', records: corrected },
  ];
}
