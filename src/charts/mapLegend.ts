/**
 * The map's legend: the statuses it colours (the highlighted countries' when some are), the other
 * story countries, and the United States as the origin; laid out in rows at the narrowest width.
 */
import type { MapRows } from '../derive/map';
import { STATUSES, type Status } from '../model/vocabulary';
import { el, flowRows, textWidth } from './svg';
import type { Locale } from '../words/locale';
import { message } from '../words/messages';

/** Text size of the legend, in CSS pixels, and its line height. */
export const FS = 11;
export const LINE = FS + 8;
/** textWidth() is tuned for a regular face: room to spare for wide system fonts. */
const REGULAR = 1.1;

/** Legend rows, laid out at the narrowest width: the statuses shown, the other countries, the origin. */
export function legendOf(items: { key: string; label: string }[], width: number) {
  const { placed, rows } = flowRows(items, (item) => FS + 5 + textWidth(item.label, FS) * REGULAR, width, 12);
  return { at: placed.map(({ item, x, row }) => ({ ...item, x, y: row * LINE })), rows };
}

/** Legend: the statuses coloured (the highlighted countries' when some are), the others, the origin. */
export function mapLegend(rows: MapRows, highlight: Set<string>, originShown: boolean, width: number, locale: Locale = 'en') {
  const coloured = rows.features.filter((f) => highlight.size === 0 || highlight.has(f.slug));
  const statuses = (Object.keys(STATUSES) as Status[]).filter((s) => coloured.some((f) => f.status === s));
  return legendOf([
    ...statuses.map((s) => ({ key: s, label: message(locale, `status.${s}`) })),
    ...(highlight.size > 0 && coloured.length < rows.features.length ? [{ key: 'muted', label: message(locale, 'chart.map.legendOthers') }] : []),
    ...(originShown ? [{ key: 'origin', label: message(locale, 'chart.map.legendOrigin') }] : []),
  ], width);
}

export function drawLegend(svg: Element, items: ReturnType<typeof legendOf>['at'], hatchId: string) {
  const legendG = el(svg, 'g', { class: 'legend' });
  for (const item of items) {
    const g = el(legendG, 'g', { class: 'legend-item' });
    const cls = item.key === 'origin' ? 'swatch origin-shape' : item.key === 'muted' ? 'swatch muted-shape' : `swatch status-${item.key}`;
    el(g, 'rect', { class: cls, x: item.x, y: item.y + 3, width: FS, height: FS, fill: item.key === 'origin' ? `url(#${hatchId})` : undefined });
    el(g, 'text', { class: 'legend-label', x: item.x + FS + 5, y: item.y + 3 + FS * 0.85 }, item.label);
  }
}
