import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country } from '../model/schema';
import { deporteeRows, deporteesTable, describeDeportees } from './deportees';

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
  it('keeps the words of vague figures', () => {
    expect(deporteeRows(countries).known[0].received).toEqual({ value: 300, label: 'about 300', approx: true });
  });
  it('filters by status and by country', () => {
    expect(deporteeRows(countries, { statuses: ['agreed'] }).known.map((r) => r.slug)).toEqual(['pledger']);
    expect(deporteeRows(countries, { country: 'small' }).known.map((r) => r.slug)).toEqual(['small']);
  });
});

describe('describeDeportees and deporteesTable', () => {
  it('state the values in words and never write 0 for unknown', () => {
    const rows = deporteeRows(countries);
    expect(describeDeportees(rows)).toBe('Deportees received: BIG about 300 (20 of whom have returned home) and SMALL 1. Pledged to take: PLEDGER 100. No number is reported for 2 other countries.');
    expect(deporteesTable(rows).rows.find((r) => r.key === 'alpha')?.cells).toEqual(['ALPHA', 'not reported', 'not reported', 'not reported']);
  });
});
