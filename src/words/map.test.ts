import { describe, expect, it } from 'vitest';
import { mapRows } from '../derive/map';
import { describeMap, mapTable, mapTakeaway } from './map';
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
    expect(describeMap(mapRows([atlantis, kosovo]))).toContain('. 1 country is not on the map: Atlantis (no geography for ATL).');
  });

  it('counts the countries it does not draw, and says which and why', () => {
    const atlantis: Fixture = { slug: 'atlantis', name: 'Atlantis', iso3: 'GRC', region: 'europe', status: 'received', map: false };
    const rows = mapRows([atlantis, kosovo, rwanda]);
    expect(mapTakeaway(rows)).toBe('The 3 countries asked or named stretch from Latin America to Central Asia; 2 have received deportees; 1 country is not on the map: Atlantis (map: false).');
    expect(describeMap(rows)).toMatch(/^Map of 2 countries .*\. 1 country is not on the map: Atlantis \(map: false\)\.$/);
    expect(describeMap(mapRows([atlantis, { ...kosovo, map: false }]))).toBe('No countries are shown. 2 countries are not on the map: Atlantis (map: false) and Kosovo (map: false).');
    expect(mapTakeaway(mapRows([kosovo, rwanda]))).toBe('The 2 countries asked or named stretch from Latin America to Central Asia; 1 has received deportees.');
  });
});

describe('the map in Spanish', () => {
  it('says how many countries have each status and where, in Spanish words and regions', () => {
    const text = describeMap(mapRows(all), 'es');
    expect(text).toContain('Mapa de 8 países');
    expect(text).toContain('recibió deportados: 2 (Costa Rica y Rwanda)');
    expect(text).toContain('5 están en África, 2 en América Latina y 1 en Europa');
    expect(describeMap(mapRows([]), 'es')).toBe('No se muestra ningún país.');
    expect(mapTakeaway(mapRows(all), 'es')).toBe('Los 8 países a los que se pidió o que fueron señalados van de América Latina a Asia Central; 2 han recibido deportados.');
  });
  it('heads its table and names regions and statuses in Spanish', () => {
    expect(mapTable(mapRows([kosovo, togo]), 'es')).toEqual({
      columns: ['País', 'Región', 'Situación'],
      rows: [
        { key: 'kosovo', cells: ['Kosovo', 'Europa', 'Aceptó'] },
        { key: 'togo', cells: ['Togo', 'África', 'Señalado como objetivo'] },
      ],
    });
  });
});
