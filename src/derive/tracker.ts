/**
 * Rows for the country tracker: every country with its status, region, main figures, latest event
 * and how many sources its page rests on, in the order readers first see (status, then name).
 */
import { comparePartialDates } from '../model/dates';
import type { SiteContent } from '../model/content';
import type { Country, CountryFigure, Event } from '../model/schema';
import { STATUS_ORDER, type Region, type Status } from '../model/vocabulary';
import { countryRows, MAIN_FIGURES, type Row } from './dataset';
import { countryPageSourceIds } from './sources';

export type MainFigure = (typeof MAIN_FIGURES)[number];

/** One country in the tracker. A figure the sources do not give is missing, never 0. */
export interface TrackerRow {
  slug: string;
  name: string;
  status: Status;
  region: Region;
  figures: Partial<Record<MainFigure, CountryFigure>>;
  /** The country's most recent event (by the first day its date can mean), if it has any. */
  latest?: Pick<Event, 'id' | 'title' | 'date'>;
  /** How many sources the country's page cites: its record's, its figures' and quotes', its events'. */
  sources: number;
  /** The country's own record, for the data columns of its row. */
  country: Country;
}

function latestOf(events: readonly Event[]): Event | undefined {
  let latest: Event | undefined;
  for (const e of events) if (!latest || comparePartialDates(e.date, latest.date) > 0) latest = e;
  return latest;
}

/** Every country, sorted by status (strongest commitment first), then by name. */
export function trackerRows(content: Pick<SiteContent, 'countries' | 'eventsOf'>): TrackerRow[] {
  return content.countries
    .map((country): TrackerRow => {
      const events = content.eventsOf(country.slug);
      const figures: TrackerRow['figures'] = {};
      for (const id of MAIN_FIGURES) if (country.figures[id]) figures[id] = country.figures[id];
      const latest = latestOf(events);
      return {
        slug: country.slug,
        name: country.name,
        status: country.status,
        region: country.region,
        figures,
        latest: latest && { id: latest.id, title: latest.title, date: latest.date },
        sources: countryPageSourceIds(country, events).length,
        country,
      };
    })
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name, 'en'));
}

/**
 * The tracker's rows as data, in the order given: a country's columns of /data/countries.csv, then
 * what the tracker adds (its latest event, and how many sources its page cites). Unknown is null.
 */
export function trackerDataRows(rows: readonly TrackerRow[]): Row[] {
  return rows.map((r) => ({
    ...countryRows([r.country])[0],
    latest_event: r.latest?.id ?? null,
    latest_event_date: r.latest?.date.text ?? null,
    latest_event_title: r.latest?.title ?? null,
    sources_cited: r.sources,
  }));
}
