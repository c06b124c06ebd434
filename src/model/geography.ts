/**
 * The reference geography, read once from data/country-geo.json: for each ISO 3166-1 alpha-3
 * code (and XKX for Kosovo) the ISO numeric id world-atlas uses, the English name, a label point,
 * the area and whether world-atlas's 1:110m file has a shape for it. The check asks it which codes
 * exist; the map asks it where to draw each country.
 */
import geoTable from '../../data/country-geo.json';

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

/** Kosovo has no ISO 3166-1 code of its own; it is written XKX, as the EU and world-atlas's users do. */
export const KOSOVO_CODE = 'XKX';

/** Whether `code` is an ISO 3166-1 alpha-3 code, or XKX for Kosovo. */
export function isCountryCode(code: string): boolean {
  return Object.hasOwn(GEO, code);
}

/** A name as compared across spellings: no accents, no case, no punctuation. */
const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
const byName = new Map(Object.entries(GEO).map(([code, g]) => [plain(g.name), code]));

/** The code of the country the table calls `name` (accents and case aside), if any. */
export function codeOfName(name: string): string | undefined {
  return byName.get(plain(name));
}
