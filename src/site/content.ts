/**
 * The one door to astro:content. Pages get plain typed records from here, never Astro entries.
 * In `astro dev` the records are validated on every request, so an invalid record shows the
 * check's report in the browser's error overlay instead of a page with the entry missing.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { citations, sortEvents } from '../derive/dataset';
import { formatReport, loadContent } from '../validation/load';
import { eventsByCountry } from '../validation/rules';
import type { Country, Event, Source, Story } from '../model/schema';
import { contentRoot } from './root';

export interface SiteContent {
  story: Story;
  countries: Country[];
  /** In date order. */
  events: Event[];
  sources: Source[];
  country: (slug: string) => Country;
  source: (id: string) => Source;
  eventsOf: (slug: string) => Event[];
  citedBy: ReturnType<typeof citations>;
}

function lookup<T>(items: T[], key: (t: T) => string, what: string): (id: string) => T {
  const map = new Map(items.map((t) => [key(t), t]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${what} "${id}"`);
    return found;
  };
}

let cached: Promise<SiteContent> | undefined;

async function read(): Promise<SiteContent> {
  const [countryEntries, eventEntries, sourceEntries, storyEntries] = await Promise.all([
    getCollection('countries'), getCollection('events'), getCollection('sources'), getCollection('story'),
  ]);
  const countries = countryEntries
    .map((e): Country => ({ ...e.data, slug: e.id, body: e.body ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const events = sortEvents(eventEntries.map((e): Event => ({ ...e.data, id: e.id, body: e.body ?? '' })));
  const sources = sourceEntries.map((e): Source => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
  const bySlug = eventsByCountry(events);
  const storyEntry = storyEntries.find((e) => e.id === 'index');
  if (!storyEntry) throw new Error('content/story/index.md is missing');
  return {
    story: { ...storyEntry.data, body: storyEntry.body ?? '' },
    countries,
    events,
    sources,
    country: lookup(countries, (c) => c.slug, 'country'),
    source: lookup(sources, (s) => s.id, 'source'),
    eventsOf: (slug) => bySlug.get(slug) ?? [],
    citedBy: citations(countries, events, sources),
  };
}

/** All validated content, ready for pages. */
export async function getContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) {
    const { issues } = loadContent(contentRoot());
    if (issues.length) {
      const first = issues[0];
      // Astro's error overlay reads title, hint and loc: loc shows the editor's own file and line.
      throw Object.assign(new Error(formatReport(issues)), {
        name: 'ContentError',
        title: `${issues.length} problem${issues.length === 1 ? '' : 's'} in content/`,
        hint: 'Fix the lines listed above and save: this page reloads. `npm run check` prints the same list.',
        loc: { file: join(contentRoot(), first.file), line: first.line, column: first.column },
      });
    }
    return read();
  }
  cached ??= read();
  return cached;
}
