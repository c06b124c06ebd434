import { describe, expect, it } from 'vitest';
import { deporteeCountries } from '../../tests/helpers/records';
import { deporteeRows } from './deportees';

const countries = deporteeCountries;

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
    expect(deporteeRows(countries, { countries: ['small'] }).known.map((r) => r.slug)).toEqual(['small']);
    // `country` is the timeline's setting (CHART_SETTINGS): the deportees chart ignores it.
    expect(deporteeRows(countries, { country: 'small' }).known).toHaveLength(deporteeRows(countries).known.length);
  });
});
