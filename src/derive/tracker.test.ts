import { describe, expect, it } from 'vitest';
import { eventsByCountry } from '../model/content';
import { parsePartialDate } from '../model/dates';
import type { Country, CountryFigure, Event } from '../model/schema';
import { event } from '../../tests/helpers/timelineRecords';
import { trackerRows } from './tracker';

const figure = (value: number, sources: string[] = ['fig']): CountryFigure => ({ value, unit: 'people', approx: false, as_of: parsePartialDate('2025-06'), sources });
const country = (slug: string, status: Country['status'], extra: Partial<Country> = {}): Country => ({
  slug, name: slug.charAt(0).toUpperCase() + slug.slice(1), iso3: 'AAA', region: 'africa', status, figures: {}, sources: ['own'], quotes: [], corrections: [], aliases: [], body: '', ...extra,
});
const rowsOf = (countries: Country[], events: Event[]) => {
  const by = eventsByCountry(events);
  return trackerRows({ countries, eventsOf: (slug) => by.get(slug) ?? [] });
};

describe('trackerRows', () => {
  const countries = [
    country('chad', 'declined'),
    country('benin', 'received', { figures: { received: figure(12), pledged: figure(50, ['own']), 'from-kazakhstan': figure(3) } }),
    country('angola', 'received'),
    country('togo', 'approached', { quotes: [{ text: 'x', speaker: 'y', source: 'quoted' }] }),
  ];
  const events = [
    event('late', '2025-07 late', 'pledge', ['benin']),
    event('span', '2025-02/2025-09', 'negotiation', ['benin', 'togo']),
    event('day', '2025-07-30', 'flight', ['benin']),
  ];
  const rows = rowsOf(countries, events);

  it('orders countries by status, strongest commitment first, then by name', () => {
    expect(rows.map((r) => r.slug)).toEqual(['angola', 'benin', 'togo', 'chad']);
  });

  it('keeps only the three main figures, and leaves a figure out when the sources give none', () => {
    const benin = rows.find((r) => r.slug === 'benin')!;
    expect(Object.keys(benin.figures).sort()).toEqual(['pledged', 'received']);
    expect(benin.figures.returned).toBeUndefined();
    expect(rows.find((r) => r.slug === 'angola')!.figures).toEqual({});
  });

  it('takes the latest event by the first day its date can mean', () => {
    // "Late July" can mean 21–31 July: it starts before 30 July, so the flight on the 30th is later.
    expect(rows.find((r) => r.slug === 'benin')!.latest?.id).toBe('day');
    expect(rows.find((r) => r.slug === 'togo')!.latest?.id).toBe('span');
    expect(rows.find((r) => r.slug === 'chad')!.latest).toBeUndefined();
  });

  it('counts every source the country page cites once: the record, its figures and quotes, its events', () => {
    // benin: own + fig (figures; "own" again) + s (events) = 3; togo: own + quoted + s = 3; chad: own.
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.sources]))).toEqual({ angola: 1, benin: 3, togo: 3, chad: 1 });
  });
});
