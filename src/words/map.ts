/**
 * The `map` chart in words: its takeaway, its text alternative and its data table.
 */
import type { MapRows, NotDrawn } from '../derive/map';
import type { ChartTable } from '../derive/table';
import { REGIONS, STATUS_ORDER, STATUSES, type Region } from '../model/vocabulary';
import { formatList } from './list';
import type { Locale } from './locale';
import type { ChartWords } from './chartWords';


/** "1 country is not on the map: Atlantis (map: false)", or '' when the map draws every country. */
function notOnMap(notDrawn: NotDrawn[]): string {
  if (notDrawn.length === 0) return '';
  const why = (n: NotDrawn) => (n.reason === 'map: false' ? 'map: false' : `no geography for ${n.iso3}`);
  const count = notDrawn.length === 1 ? '1 country is' : `${notDrawn.length} countries are`;
  return `${count} not on the map: ${formatList(notDrawn.map((n) => `${n.name} (${why(n)})`))}`;
}

/** The map's main values in two sentences: how many countries by status, and in which regions; then any it does not draw. */
export function describeMap(rows: MapRows, _locale: Locale = 'en'): string {
  const { features } = rows;
  const off = notOnMap(rows.notDrawn);
  const notPlaced = off ? ` ${off[0].toUpperCase()}${off.slice(1)}.` : '';
  if (features.length === 0) return `No countries are shown.${notPlaced}`;
  const byStatus = STATUS_ORDER.flatMap((s) => {
    const names = features.filter((f) => f.status === s).map((f) => f.name);
    return names.length > 0 ? [`${names.length} ${STATUSES[s].label.toLowerCase()} (${formatList(names)})`] : [];
  });
  const regions = (Object.keys(REGIONS) as Region[])
    .map((region) => ({ region, n: features.filter((f) => f.region === region).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const where = regions.map((x, i) => `${x.n}${i === 0 ? (x.n === 1 ? ' is' : ' are') : ''} in ${REGIONS[x.region].label}`);
  const count = features.length === 1 ? '1 country' : `${features.length} countries`;
  return `Map of ${count} by where their talks with the United States on taking deportees stand: ${byStatus.join('; ')}. ${formatList(where)}.${notPlaced}`;
}

/** The map as a table: country, region and status, in the map's order. */
export function mapTable(rows: MapRows, _locale: Locale = 'en'): ChartTable {
  return {
    columns: ['Country', 'Region', 'Status'],
    rows: rows.features.map((f) => ({ key: f.slug, cells: [f.name, REGIONS[f.region].label, STATUSES[f.status].label] })),
  };
}

/**
 * The chart's takeaway: how many countries were asked or named, and how many received deportees,
 * counting those the map does not draw, which it then names.
 */
export function mapTakeaway(rows: MapRows, _locale: Locale = 'en'): string {
  const all = [...rows.features, ...rows.notDrawn];
  const received = all.filter((f) => f.status === 'received').length;
  const off = notOnMap(rows.notDrawn);
  return `The ${all.length} countries asked or named stretch from Latin America to Central Asia; ${received} ${received === 1 ? 'has' : 'have'} received deportees${off ? `; ${off}` : ''}.`;
}

/** The map in words. */
export const mapWords: ChartWords<MapRows> = {
  title: () => 'Where the United States has sought to send deportees',
  takeaway: mapTakeaway,
  describe: describeMap,
  table: mapTable,
};
