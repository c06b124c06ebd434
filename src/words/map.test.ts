import { describe, expect, it } from 'vitest';
import { mapRows } from '../derive/map';
import { describeMap, mapTable } from './map';
import { mapCountries } from '../../tests/helpers/records';

type Fixture = Parameters<typeof mapRows>[0][number];
const { kosovo, sts, eswatini, rwanda, togo, peru, angola, costaRica } = mapCountries;
const all = [peru, kosovo, sts, eswatini, rwanda, togo, angola, costaRica];

describe('describeMap and mapTable', () => {
  it('says how many countries have each status and where they are', () => {
    const text = describeMap(mapRows(all));
    expect(text).toContain('8 countries');
    expect(text).toContain('2 received deportees (Costa Rica and Rwanda)');
    expect(text).toContain('2 approached (Eswatini and São Tomé and Príncipe)');
    expect(text).toContain('5 are in Africa, 2 in Latin America and 1 in Europe');
    expect(describeMap(mapRows([]))).toBe('No countries are shown.');
  });

  it('lists country, region and status label', () => {
    const table = mapTable(mapRows([kosovo, togo]));
    expect(table).toEqual({
      columns: ['Country', 'Region', 'Status'],
      rows: [
        { key: 'kosovo', cells: ['Kosovo', 'Europe', 'Agreed'] },
        { key: 'togo', cells: ['Togo', 'Africa', 'Named as a target'] },
      ],
    });
  });
  it('names a code the geography table lacks', () => {
    const atlantis: Fixture = { slug: 'atlantis', name: 'Atlantis', iso3: 'ATL', region: 'europe', status: 'declined' };
    expect(describeMap(mapRows([atlantis, kosovo]))).toContain('Not on the map (no geography for ATL).');
  });
});
