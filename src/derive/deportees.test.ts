import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country } from '../model/schema';
import { deporteeRows } from './deportees';

const fig = (value: number, extra = {}) => ({ value, unit: 'people' as const, approx: false, as_of: parsePartialDate('2025-02'), sources: ['a'], ...extra });
const country = (slug: string, figures: Country['figures'] = {}, status: Country['status'] = 'approached'): Country => ({
  slug, name: slug.toUpperCase(), iso3: 'AAA', region: 'africa', status, figures, sources: ['a'], quotes: [], corrections: [], body: '',
});
const countries = [
  country('zeta'),
  country('alpha'),
  country('pledger', { pledged: fig(100) }, 'agreed'),
  country('small', { received: fig(1) }, 'received'),
  country('big', { received: fig(300, { approx: true }), returned: fig(20) }, 'received'),
];

describe('deporteeRows', () => {
  it('puts receiving countries first, largest first, then pledges; the rest are unknown, by name', () => {
    const rows = deporteeRows(countries);
    expect(rows.known.map((r) => r.slug)).toEqual(['big', 'small', 'pledger']);
    expect(rows.unknown.map((r) => r.slug)).toEqual(['alpha', 'zeta']);
  });
  it('keeps how vague a figure is', () => {
    expect(deporteeRows(countries).known[0].received).toEqual({ value: 300, unit: 'people', approx: true, qualifier: undefined });
  });
  it('filters by status and by country', () => {
    expect(deporteeRows(countries, { statuses: ['agreed'] }).known.map((r) => r.slug)).toEqual(['pledger']);
    expect(deporteeRows(countries, { country: 'small' }).known.map((r) => r.slug)).toEqual(['small']);
  });
});
