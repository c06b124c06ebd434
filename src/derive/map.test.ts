import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { loadContent } from '../validation/load';
import { GEO, type GeoTable } from '../model/geography';
import { mapRows } from './map';
import { mapCountries } from '../../tests/helpers/records';

type Fixture = Parameters<typeof mapRows>[0][number];
const { kosovo, sts, eswatini, rwanda, togo, peru, angola, costaRica } = mapCountries;
const all = [peru, kosovo, sts, eswatini, rwanda, togo, angola, costaRica];

describe('mapRows', () => {
  it('resolves Kosovo by name, with no numeric id and a point', () => {
    const [f] = mapRows([kosovo]).features;
    expect(f).toMatchObject({ slug: 'kosovo', iso3: 'XKX', numeric: null, geoName: 'Kosovo', small: true });
    expect(f?.point[0]).toBeCloseTo(20.9, 0);
    expect(f?.point[1]).toBeCloseTo(42.6, 0);
  });

  it('places São Tomé and Príncipe by its point: it has no 1:110m shape', () => {
    const [f] = mapRows([sts]).features;
    expect(f).toMatchObject({ numeric: '678', small: true });
    expect(GEO.STP?.in110m).toBe(false);
    expect(f?.point[0]).toBeCloseTo(6.6, 0);
    expect(f?.point[1]).toBeCloseTo(0.2, 0);
  });

  it('flags the countries too small to see as small, and only those', () => {
    const small = Object.fromEntries(mapRows(all).features.map((f) => [f.slug, f.small]));
    expect(small).toEqual({
      kosovo: true, 'sao-tome-and-principe': true, eswatini: true, rwanda: true, togo: true, 'costa-rica': true,
      peru: false, angola: false,
    });
  });

  it('orders features by status, strongest first, then by name', () => {
    expect(mapRows(all).features.map((f) => f.slug)).toEqual([
      'costa-rica', 'rwanda', 'kosovo', 'angola', 'peru', 'eswatini', 'sao-tome-and-principe', 'togo',
    ]);
  });

  it('keeps only the statuses asked for', () => {
    const rows = mapRows(all, { statuses: ['received', 'agreed'] });
    expect(rows.features.map((f) => f.slug)).toEqual(['costa-rica', 'rwanda', 'kosovo']);
    expect(mapRows(all, { statuses: [] }).features).toHaveLength(all.length);
    // The map uses highlight and statuses only (CHART_SETTINGS): other settings change nothing.
    expect(mapRows(all, { country: 'peru', countries: ['kosovo'], from: '2025-03-01' }).features).toHaveLength(all.length);
  });

  it('reports a code the geography table lacks instead of dropping it silently', () => {
    const atlantis: Fixture = { slug: 'atlantis', name: 'Atlantis', iso3: 'ATL', region: 'europe', status: 'declined' };
    const rows = mapRows([atlantis, kosovo]);
    expect(rows.notDrawn).toEqual([{ slug: 'atlantis', name: 'Atlantis', iso3: 'ATL', status: 'declined', reason: 'no geography' }]);
    expect(rows.features.map((f) => f.slug)).toEqual(['kosovo']);
  });

  it('leaves a country whose record says map: false off the map, and says so', () => {
    const rows = mapRows([{ ...peru, map: false }, kosovo]);
    expect(rows.notDrawn).toEqual([{ slug: 'peru', name: 'Peru', iso3: 'PER', status: 'considering', reason: 'map: false' }]);
    expect(rows.features.map((f) => f.slug)).toEqual(['kosovo']);
    expect(mapRows([{ ...peru, map: true }]).features.map((f) => f.slug)).toEqual(['peru']);
  });

  it('takes the geography table as an argument', () => {
    const geo: GeoTable = {
      USA: { numeric: '840', name: 'United States', point: [-98, 39], area: 9_000_000, in110m: true },
      XKX: { numeric: null, name: 'Kosovo', point: [21, 42.5], area: 10_000, in110m: true },
    };
    const rows = mapRows([kosovo, peru], {}, geo);
    expect(rows.notDrawn.map((n) => n.iso3)).toEqual(['PER']);
    expect(rows.origin).toEqual({ name: 'United States', iso3: 'USA', numeric: '840', point: [-98, 39] });
    expect(() => mapRows([kosovo], {}, { XKX: geo.XKX! })).toThrow(/USA/);
  });

  it('marks the United States as the origin', () => {
    const { origin } = mapRows([]);
    expect(origin.name).toBe('United States');
    expect(origin.numeric).toBe('840');
    expect(origin.point[0]).toBeCloseTo(-99, 0);
  });
});

describe('the geography table', () => {
  const content = loadContent(resolve(import.meta.dirname, '../..'));

  it('knows every country in the story, and the United States', () => {
    expect(content.countries.length).toBeGreaterThan(0);
    const unknown = content.countries.map((c) => c.iso3).filter((code) => !(code in GEO));
    expect(unknown).toEqual([]);
    expect(mapRows(content.countries).notDrawn).toEqual([]);
    expect(GEO.USA).toBeDefined();
  });

  it('covers ISO 3166-1 and Kosovo, each with a valid point', () => {
    expect(Object.keys(GEO).length).toBeGreaterThanOrEqual(250);
    for (const [code, g] of Object.entries(GEO)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(g.numeric === null ? code : g.numeric).toMatch(code === 'XKX' ? /^XKX$/ : /^\d{3}$/);
      expect(Math.abs(g.point[0])).toBeLessThanOrEqual(180);
      expect(Math.abs(g.point[1])).toBeLessThanOrEqual(90);
    }
  });

  it('agrees with the world-atlas 1:110m file: ids, names and which countries it draws', () => {
    const geometries = (world as unknown as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } })
      .objects.countries.geometries;
    const ids = new Set(geometries.map((g) => g.id).filter(Boolean));
    const unnamed = new Set(geometries.filter((g) => g.id === undefined).map((g) => g.properties.name));
    for (const [code, g] of Object.entries(GEO)) {
      const drawn = g.numeric === null ? unnamed.has(g.name) : ids.has(g.numeric);
      expect({ code, in110m: drawn }).toEqual({ code, in110m: g.in110m });
    }
    const numerics = new Set(Object.values(GEO).map((g) => g.numeric));
    expect([...ids].filter((id) => !numerics.has(id!))).toEqual([]);
  });
});
