/**
 * Valid records made ready for pages: countries by name, events by date, sources by id, with the
 * lookups every page asks for (a country by slug, a country's events, who cites a source).
 */
import { eventsByCountry, type SiteContent } from '../model/content';
import type { Country, Event, FollowUp, Source, Story } from '../model/schema';
import { citations, sortEvents } from './dataset';

function lookup<T>(items: T[], key: (t: T) => string, what: string): (id: string) => T {
  const map = new Map(items.map((t) => [key(t), t]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${what} "${id}"`);
    return found;
  };
}

/** Sorts and indexes valid records (in any order) for the site: countries by name, in the alphabet of `collation` (a BCP 47 tag). */
export function siteContent(records: { story: Story; stories?: FollowUp[]; countries: Country[]; events: Event[]; sources: Source[] }, collation = 'en'): SiteContent {
  const countries = [...records.countries].sort((a, b) => a.name.localeCompare(b.name, collation));
  const events = sortEvents(records.events);
  const sources = [...records.sources].sort((a, b) => a.id.localeCompare(b.id));
  const bySlug = eventsByCountry(events);
  // Follow-ups newest first, as the story index lists them.
  const stories = [...(records.stories ?? [])].sort((a, b) => b.published.start.localeCompare(a.published.start) || a.slug.localeCompare(b.slug));
  return {
    story: records.story,
    stories,
    countries,
    events,
    sources,
    country: lookup(countries, (c) => c.slug, 'country'),
    followUp: lookup(stories, (s) => s.slug, 'follow-up story'),
    source: lookup(sources, (s) => s.id, 'source'),
    eventsOf: (slug) => bySlug.get(slug) ?? [],
    citedBy: citations(countries, events, sources),
  };
}
