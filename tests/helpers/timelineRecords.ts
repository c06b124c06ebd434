/** Small timeline records for the derivation and words tests: five countries, seven events. */
import { parsePartialDate } from '../../src/model/dates';
import type { Country, Event } from '../../src/model/schema';
import type { EventType, Status } from '../../src/model/vocabulary';
import { timelineRows } from '../../src/derive/timeline';

/** The story's period, and the cable it marks as a key event. */
export const period = { start: '2025-01-01', end: '2025-06-30', keyEvents: ['cable-targets'] };

export function country(slug: string, name: string, status: Status = 'approached'): Country {
  return {
    slug, name, iso3: 'XXX', region: 'europe', status, figures: {}, sources: ['s'], quotes: [], corrections: [], aliases: [], body: '',
  };
}

export function event(id: string, date: string, type: EventType, countries: string[], title = id): Event {
  return {
    id, date: parsePartialDate(date), type, countries, title, figures: [], quotes: [], sources: ['s'], corrections: [], aliases: [], body: '',
  };
}

export const countries = [
  country('kosovo', 'Kosovo', 'agreed'),
  country('peru', 'Peru', 'considering'),
  country('angola', 'Angola', 'negotiating'),
  country('benin', 'Benin'),
  country('chad', 'Chad'),
];

export const events = [
  event('inauguration', '2025-01-20', 'milestone', [], 'Inauguration'),
  event('kosovo-pressing', '2025-03', 'request', ['kosovo'], 'Pressing Kosovo'),
  event('kosovo-answer', '2025-05-12', 'agreement', ['kosovo'], 'Kosovo agrees'),
  event('peru-cable', '2025-01', 'cable', ['peru'], 'Peru cable'),
  event('angola-late', '2025-03 late', 'negotiation', ['angola'], 'Angola nearing deal'),
  event('cable-targets', '2025-03-12', 'cable', ['chad', 'benin', 'angola'], 'Cable names targets'),
  event('benin-span', '2025-02/2025-06', 'statement', ['benin'], 'Benin statement'),
];

export const rows = (state = {}) => timelineRows(events, countries, state, period);

/** `n` requests in one lane, all starting in `month` (YYYY-MM), with ids from `prefix`. */
export const burst = (n: number, slug: string, month: string, prefix = slug) =>
  Array.from({ length: n }, (_, i) => event(`${prefix}-${i}`, i % 2 ? month : `${month}-${String(1 + i).padStart(2, '0')}`, 'request', [slug]));
