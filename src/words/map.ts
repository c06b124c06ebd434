/**
 * The `map` chart in words: its takeaway, its text alternative and its data table.
 */
import type { MapRows, NotDrawn } from '../derive/map';
import type { ChartTable } from '../derive/table';
import { REGIONS, STATUS_ORDER, type Region } from '../model/vocabulary';
import { formatList } from './list';
import type { Locale } from './locale';
import { message } from './messages';
import type { ChartWords } from './chartWords';

/** "1 country is not on the map: Atlantis (map: false)", or '' when the map draws every country. */
function notOnMap(notDrawn: NotDrawn[], locale: Locale): string {
  if (notDrawn.length === 0) return '';
  const why = (n: NotDrawn) => (n.reason === 'map: false' ? 'map: false' : message(locale, 'map.noGeography', { iso3: n.iso3 }));
  const list = formatList(notDrawn.map((n) => message(locale, 'map.notOnMapItem', { name: n.name, reason: why(n) })), locale);
  return message(locale, 'map.notOnMap', { count: notDrawn.length, list });
}

/** The map's main values in two sentences: how many countries by status, and in which regions; then any it does not draw. */
export function describeMap(rows: MapRows, locale: Locale = 'en'): string {
  const { features } = rows;
  const off = notOnMap(rows.notDrawn, locale);
  const notPlaced = off ? ` ${off[0].toUpperCase()}${off.slice(1)}.` : '';
  if (features.length === 0) return `${message(locale, 'map.describeNone')}${notPlaced}`;
  const byStatus = STATUS_ORDER.flatMap((s) => {
    const names = features.filter((f) => f.status === s).map((f) => f.name);
    return names.length > 0 ? [message(locale, 'map.describeStatus', { count: names.length, status: message(locale, `status.${s}`).toLowerCase(), list: formatList(names, locale) })] : [];
  });
  const regions = (Object.keys(REGIONS) as Region[])
    .map((region) => ({ region, n: features.filter((f) => f.region === region).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const where = regions.map((x, i) => message(locale, i === 0 ? 'map.describeFirstRegion' : 'map.describeRegion', { count: x.n, region: message(locale, `region.${x.region}`) }));
  return `${message(locale, 'map.describe', { count: features.length, statuses: byStatus.join('; '), regions: formatList(where, locale) })}${notPlaced}`;
}

/** The map as a table: country, region and status, in the map's order. */
export function mapTable(rows: MapRows, locale: Locale = 'en'): ChartTable {
  return {
    columns: [message(locale, 'table.country'), message(locale, 'table.region'), message(locale, 'table.status')],
    rows: rows.features.map((f) => ({ key: f.slug, cells: [f.name, message(locale, `region.${f.region}`), message(locale, `status.${f.status}`)] })),
  };
}

/**
 * The chart's takeaway: how many countries were asked or named, and how many received deportees,
 * counting those the map does not draw, which it then names.
 */
export function mapTakeaway(rows: MapRows, locale: Locale = 'en'): string {
  const all = [...rows.features, ...rows.notDrawn];
  const received = all.filter((f) => f.status === 'received').length;
  const off = notOnMap(rows.notDrawn, locale);
  return off
    ? message(locale, 'map.takeawayNotOnMap', { total: all.length, received, notOnMap: off })
    : message(locale, 'map.takeaway', { total: all.length, received });
}

/** The map in words. */
export const mapWords: ChartWords<MapRows> = {
  title: (_rows, _country, locale = 'en') => message(locale, 'map.title'),
  takeaway: mapTakeaway,
  describe: describeMap,
  table: mapTable,
};
