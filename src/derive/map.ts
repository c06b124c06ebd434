/**
 * Rows for the world map: each story country with its status and where to draw it. Geography
 * (ISO numeric ids, label points, areas) comes from the reference table in data/country-geo.json,
 * never from the records. A country whose code the table lacks is reported in `missing`, so a test
 * or the build can say so; it is never dropped silently.
 */
import geoTable from '../../data/country-geo.json';
import type { ChartState } from '../model/chartState';
import type { Country } from '../model/schema';
import { REGIONS, STATUSES, type Region, type Status } from '../model/vocabulary';

/** One country in the reference table. */
export interface GeoEntry {
  /** ISO 3166-1 numeric code, as world-atlas uses for feature ids; null for Kosovo (matched by name). */
  numeric: string | null;
  /** English short name (Kosovo's is the name of its world-atlas feature). */
  name: string;
  /** [longitude, latitude] to place a symbol or a label. */
  point: [number, number];
  /** Area in km², from Natural Earth 1:10m. */
  area: number;
  /** Whether world-atlas countries-110m.json has a shape for it. */
  in110m: boolean;
}

export type GeoTable = Record<string, GeoEntry>;

/** The reference table, keyed by ISO 3166-1 alpha-3 (XKX for Kosovo). */
export const GEO: GeoTable = geoTable as unknown as GeoTable;

/**
 * Below this area (km²) a country's shape is too small to find at the map's scale, so it gets a
 * symbol and a label: Togo (57,000 km²) is the largest story country under it.
 */
export const SMALL_AREA_KM2 = 60_000;

export interface MapFeature {
  slug: string;
  name: string;
  iso3: string;
  region: Region;
  status: Status;
  /** ISO numeric id of the world-atlas feature; null when the feature is matched by name (Kosovo). */
  numeric: string | null;
  /** Name of the feature in the geography table, for matching features without a numeric id. */
  geoName: string;
  /** [longitude, latitude] for a symbol or label. */
  point: [number, number];
  /** Too small to see at the map's scale, or absent from the 1:110m shapes: drawn as a symbol with a label. */
  small: boolean;
}

export interface MapRows {
  features: MapFeature[];
  /** The country the deportees are sent from. */
  origin: { name: 'United States'; iso3: 'USA'; numeric: string | null; point: [number, number] };
  /** iso3 codes of countries the geography table does not know: they cannot be placed on the map. */
  missing: string[];
}

type MapCountry = Pick<Country, 'slug' | 'name' | 'iso3' | 'region' | 'status'>;

const STATUS_ORDER = Object.keys(STATUSES) as Status[];

/** Story countries placed on the map, strongest commitment first, then by name. */
export function mapRows(countries: MapCountry[], state: ChartState = {}, geo: GeoTable = GEO): MapRows {
  const us = geo.USA;
  if (!us) throw new Error('data/country-geo.json has no entry for USA, the origin of the map');
  const statuses = state.statuses && state.statuses.length > 0 ? new Set(state.statuses) : null;
  const features: MapFeature[] = [];
  const missing: string[] = [];
  for (const c of countries) {
    if (statuses && !statuses.has(c.status)) continue;
    const g = geo[c.iso3];
    if (!g) {
      missing.push(c.iso3);
      continue;
    }
    features.push({
      slug: c.slug,
      name: c.name,
      iso3: c.iso3,
      region: c.region,
      status: c.status,
      numeric: g.numeric,
      geoName: g.name,
      point: [g.point[0], g.point[1]],
      small: !g.in110m || g.area < SMALL_AREA_KM2,
    });
  }
  features.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name, 'en'));
  missing.sort();
  return {
    features,
    origin: { name: 'United States', iso3: 'USA', numeric: us.numeric, point: [us.point[0], us.point[1]] },
    missing,
  };
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The map's main values in two sentences: how many countries by status, and in which regions. */
export function describeMap(rows: MapRows): string {
  const { features, missing } = rows;
  const notPlaced = missing.length > 0 ? ` Not on the map (no geography for ${list(missing)}).` : '';
  if (features.length === 0) return `No countries are shown.${notPlaced}`;
  const byStatus = STATUS_ORDER.flatMap((s) => {
    const names = features.filter((f) => f.status === s).map((f) => f.name);
    return names.length > 0 ? [`${names.length} ${STATUSES[s].label.toLowerCase()} (${list(names)})`] : [];
  });
  const regions = (Object.keys(REGIONS) as Region[])
    .map((region) => ({ region, n: features.filter((f) => f.region === region).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const where = regions.map((x, i) => `${x.n}${i === 0 ? (x.n === 1 ? ' is' : ' are') : ''} in ${REGIONS[x.region].label}`);
  const count = features.length === 1 ? '1 country' : `${features.length} countries`;
  return `Map of ${count} by where their talks with the United States on taking deportees stand: ${byStatus.join('; ')}. ${list(where)}.${notPlaced}`;
}

/** The map as a table: country, region and status, in the map's order. */
export function mapTable(rows: MapRows): { columns: string[]; rows: { key: string; cells: string[] }[] } {
  return {
    columns: ['Country', 'Region', 'Status'],
    rows: rows.features.map((f) => ({ key: f.slug, cells: [f.name, REGIONS[f.region].label, STATUSES[f.status].label] })),
  };
}
