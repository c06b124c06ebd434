/**
 * The order of the sources page: published reporting first, then the documents it reports on; and
 * the sources a country's page rests on.
 */
import type { Country, Event, Source } from '../model/schema';
import { countrySourceIds, eventSourceIds } from './dataset';

/** Published reporting first, then the documents it reports on, each group in date order (undated last), then by id. */
export function sourcesInOrder(sources: readonly Source[]): Source[] {
  const day = (s: Source) => s.date?.start ?? '9999';
  return [...sources].sort((a, b) =>
    Number(Boolean(a.reported_in)) - Number(Boolean(b.reported_in)) || day(a).localeCompare(day(b)) || a.id.localeCompare(b.id));
}

/**
 * The ids of every source a country's page cites, once each: its record's own sources, then those
 * of its figures and quotes, then those of its events in the order given.
 */
export function countryPageSourceIds(country: Country, events: readonly Event[]): string[] {
  return [...new Set([...countrySourceIds(country), ...events.flatMap(eventSourceIds)])];
}
