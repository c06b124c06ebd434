/**
 * Rows for the world map: each story country with its status and where to draw it. Geography
 * (ISO numeric ids, label points, areas) comes from the reference table (src/model/geography.ts),
 * never from the records. A country the map does not draw (its record says `map: false`, or the
 * table lacks its code) is listed in `notDrawn` with the reason, so the map's words can say so; it
 * is never dropped silently.
 */
import type { ChartState } from '../model/chartState';
import { GEO, type GeoTable } from '../model/geography';
import type { Country } from '../model/schema';
import { countryFilter } from './filter';
import { STATUS_ORDER, type Region, type Status } from '../model/vocabulary';

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
  /** Countries in view that the map does not draw, by name, each with the reason. */
  notDrawn: NotDrawn[];
}

export interface NotDrawn {
  slug: string;
  name: string;
  iso3: string;
  status: Status;
  /** `map: false` in the record, or a code the geography table does not know. */
  reason: 'map: false' | 'no geography';
}

type MapCountry = Pick<Country, 'slug' | 'name' | 'iso3' | 'region' | 'status' | 'map'>;


/** Story countries placed on the map, strongest commitment first, then by name. */
export function mapRows(countries: MapCountry[], state: ChartState = {}, geo: GeoTable = GEO): MapRows {
  const us = geo.USA;
  if (!us) throw new Error('data/country-geo.json has no entry for USA, the origin of the map');
  const shown = countryFilter('map', state);
  const features: MapFeature[] = [];
  const notDrawn: NotDrawn[] = [];
  for (const c of countries) {
    if (!shown(c)) continue;
    const g = geo[c.iso3];
    if (c.map === false || !g) {
      notDrawn.push({ slug: c.slug, name: c.name, iso3: c.iso3, status: c.status, reason: c.map === false ? 'map: false' : 'no geography' });
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
  notDrawn.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    features,
    origin: { name: 'United States', iso3: 'USA', numeric: us.numeric, point: [us.point[0], us.point[1]] },
    notDrawn,
  };
}
