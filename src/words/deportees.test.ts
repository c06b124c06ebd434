import { describe, expect, it } from 'vitest';
import { deporteeCountries } from '../../tests/helpers/records';
import { deporteeRows } from '../derive/deportees';
import { deporteesTable, deporteesTakeaway, describeDeportees } from './deportees';
import { formatValue as formatValueOf } from './format';

const countries = deporteeCountries;

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
