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

describe('the deportees chart in Spanish', () => {
  it('says the same values, whole sentences from the Spanish catalogue', () => {
    const rows = deporteeRows(countries);
    expect(describeDeportees(rows, 'es')).toBe('Deportados recibidos: BIG: unos 300 (20 de ellos han vuelto a su país) y SMALL: 1. Compromisos de acogida: PLEDGER: 100. No hay cifras de otros 2 países.');
    expect(deporteesTakeaway(rows, 'es')).toBe('BIG recibió unos 300 deportados, la mayor cifra conocida; de 2 de los 5 países no hay cifras.');
    const table = deporteesTable(rows, 'es');
    expect(table.columns).toEqual(['País', 'Recibidos', 'Han vuelto a su país', 'Compromiso de acogida']);
    expect(table.rows.find((r) => r.key === 'alpha')?.cells).toEqual(['ALPHA', 'sin datos', 'sin datos', 'sin datos']);
  });
});
