import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Country } from '../model/schema';
import { deporteeRows } from '../derive/deportees';
import { deporteesTable, deporteesTakeaway, describeDeportees } from './deportees';
import { formatValue as formatValueOf } from './format';

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

describe('describeDeportees and deporteesTable', () => {
  it('state the values in words and never write 0 for unknown', () => {
    const rows = deporteeRows(countries);
    expect(describeDeportees(rows)).toBe('Deportees received: BIG about 300 (20 of whom have returned home) and SMALL 1. Pledged to take: PLEDGER 100. No number is reported for 2 other countries.');
    expect(deporteesTable(rows).rows.find((r) => r.key === 'alpha')?.cells).toEqual(['ALPHA', 'not reported', 'not reported', 'not reported']);
  });
  it('name the country that took the most, with its figure\'s words', () => {
    expect(deporteesTakeaway(deporteeRows(countries))).toBe('BIG took about 300 deportees, the most reported; for 2 of the 5 countries no number is reported.');
    expect(formatValueOf(deporteeRows(countries).known[0].received!)).toBe('about 300');
  });
});
