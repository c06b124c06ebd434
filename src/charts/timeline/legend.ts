/**
 * The timeline's legend, at the top: the families of the marks in view and how a date's precision
 * is drawn, or, in the dense drawing, the classes of cells and what a cell counts. Its items are
 * laid out in rows at the layout width, in px from the left edge, so they fit every wider box.
 */
import { EVENT_FAMILIES, type FamilyId, type Mark, type TimelineRows } from '../../derive/timeline';
import type { Locale } from '../../words/locale';
import { message } from '../../words/messages';
import { familyLabel } from '../../words/timeline';
import { el } from '../svg';
import { COUNT_CLASSES } from './dense';
import { CAPSULE, FONT, LINE, spareWidth, wrap } from './layout';
import { drawSymbol, type SymbolDefs } from './symbols';

interface LegendItem {
  /** A family's symbol, the symbol or bar of how precise dates are, a class of cells, or text. */
  kind: 'family' | 'exact' | 'range' | 'count' | 'note';
  family?: FamilyId;
  /** The class of cells, from 1. */
  level?: number;
  label: string;
  width: number;
  /** Starts a new row. */
  breakBefore: boolean;
  /** The rest of the item before, wrapped: its text starts under that item's text, in its class. */
  indent?: number;
  cls?: string;
}

/** Room before an item's text: its symbol, its bar, its cell. */
const LEAD = { family: 16, exact: 16, range: 36, count: 19, note: 0 } as const;
const item = (kind: LegendItem['kind'], label: string, extra: Partial<LegendItem> = {}): LegendItem =>
  ({ kind, label, width: LEAD[kind] + spareWidth(label, FONT.legend), breakBefore: false, ...extra });

/** The legend of marks drawn one by one: the families in view, then how precision is drawn. */
function markLegend(marks: Mark[], locale: Locale): LegendItem[] {
  const families = (Object.keys(EVENT_FAMILIES) as FamilyId[]).filter((f) => f !== 'milestone' && marks.some((m) => m.family === f));
  const items = families.map((family) => item('family', familyLabel(family, locale), { family }));
  const anyRange = marks.some((m) => !m.point && m.family !== 'milestone');
  const anyPoint = marks.some((m) => m.point && m.family !== 'milestone');
  if (anyRange) {
    if (anyPoint) items.push(item('exact', message(locale, 'chart.timeline.exactDay'), { breakBefore: true }));
    items.push(item('range', message(locale, 'chart.timeline.rangeDay'), { breakBefore: !anyPoint }));
  }
  return items;
}

/** The dense drawing's legend: the classes of cells, then what a cell counts, wrapped to the width. */
function countLegend(rows: TimelineRows, width: number, locale: Locale): LegendItem[] {
  const label = (c: (typeof COUNT_CLASSES)[number], i: number) => (i === COUNT_CLASSES.length - 1 ? message(locale, 'chart.timeline.countOrMore', { min: c.min }) : c.label);
  const items = [item('note', message(locale, 'chart.timeline.countHeading')), ...COUNT_CLASSES.map((c, i) => item('count', label(c, i), { level: i + 1 }))];
  const note = message(locale, 'chart.timeline.countNote', { lanes: rows.lanes.length > 1 ? 'many' : 'one' });
  for (const line of wrap(note, FONT.legend, width)) items.push(item('note', line, { breakBefore: true }));
  return items;
}

export interface Legend {
  rows: { item: LegendItem; x: number }[][];
  height: number;
}

/** The legend's items in rows that fit the layout width, each with its x in px. */
export function placeLegend(rows: TimelineRows, marks: Mark[] | null, width: number, locale: Locale = 'en'): Legend {
  const items = (marks ? markLegend(marks, locale) : countLegend(rows, width, locale)).flatMap((it) => fitted(it, width));
  const placed: Legend['rows'] = [];
  let cursor = Infinity;
  for (const it of items) {
    if (it.breakBefore || cursor + it.width > width) {
      placed.push([]);
      cursor = 0;
    }
    placed[placed.length - 1].push({ item: it, x: cursor });
    cursor += it.width + 14;
  }
  return { rows: placed, height: placed.length * LINE.legend + (placed.length ? 8 : 0) };
}

/**
 * An item as wide as the layout allows: a label too long for it (a longer language's words) goes on
 * in rows of its own, under its first words.
 */
function fitted(it: LegendItem, width: number): LegendItem[] {
  if (it.width <= width || it.kind === 'note') return [it];
  const lead = LEAD[it.kind];
  const [first, ...rest] = wrap(it.label, FONT.legend, width - lead);
  return [
    { ...it, label: first, width: lead + spareWidth(first, FONT.legend) },
    ...rest.map((line): LegendItem => ({ kind: 'note', label: line, width: lead + spareWidth(line, FONT.legend), breakBefore: true, indent: lead, cls: legendClass(it) })),
  ];
}

function legendClass(it: LegendItem): string {
  if (it.cls) return it.cls;
  if (it.family) return `legend-item family-${it.family}`;
  if (it.kind === 'count') return 'legend-item legend-count';
  return it.kind === 'note' ? 'legend-item legend-note' : 'legend-item legend-precision';
}

/** Draws the legend at the top of the chart. */
export function drawLegend(svg: Element, legend: Legend, symbols: SymbolDefs): void {
  const g = el(svg, 'g', { class: 'legend' });
  legend.rows.forEach((row, i) => {
    const y = i * LINE.legend + 9;
    for (const { item: it, x } of row) {
      const key = el(g, 'g', { class: legendClass(it) });
      if (it.kind === 'count') el(key, 'rect', { class: `cell count-${it.level}`, x, y: y - 5, width: 14, height: 10 });
      if (it.kind === 'range') {
        el(key, 'rect', { class: 'capsule', x: x + 5, y: y - CAPSULE / 2, width: 24, height: CAPSULE, rx: CAPSULE / 2 });
        drawSymbol(symbols, key, 'asks', x + 5, y);
      }
      if (it.kind === 'family' || it.kind === 'exact') drawSymbol(symbols, key, it.family ?? 'asks', x + 5, y);
      el(key, 'text', { x: x + (it.indent ?? LEAD[it.kind]), y: y + 4 }, it.label);
    }
  });
}
