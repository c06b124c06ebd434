/**
 * Rows for the world map: each story country with its status and where to draw it. Geography
 * (ISO numeric ids, label points, areas) comes from the reference table in data/country-geo.json,
 * never from the records. A country whose code the table lacks is reported in `missing`, so a test
 * or the build can say so; it is never dropped silently.
 */
import geoTable from '../../data/country-geo.json';
import type { ChartState } from '../model/chartState';
import type { Country } from '../model/schema';
import { countryFilter } from './filter';
import { STATUSES, type Region, type Status } from '../model/vocabulary';

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
  const shown = countryFilter(state);
  const features: MapFeature[] = [];
  const missing: string[] = [];
  for (const c of countries) {
    if (!shown(c)) continue;
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
