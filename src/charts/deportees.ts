/**
 * `deportees`: per country, people received (solid bar), of those returned home (hatched, inside
 * the received bar) and pledged (outlined, dashed). Every bar is labelled directly; a vague figure
 * keeps its words ("about 300"). Countries with no number are named in a list below, never drawn
 * as empty bars.
 *
 * Fluid: one drawing for every width. Bars are percentages of the chart's width; names, values,
 * the legend and the list are set in CSS pixels, laid out at the narrowest width the chart must fit
 * (a value that would not fit after its bar there goes on a line under it).
 */
import type { DeporteeRows, Measure } from '../derive/deportees';
import { agreementCount as countOf, formatValue } from '../words/format';
import type { Locale } from '../words/locale';
import { message } from '../words/messages';
import { el, flowRows, fluidRoot, pct, textWidth } from './svg';
import type { Chart } from './types';

const FONT = 13;
const BAR = 14;
const GAP = 4;
/** Estimates of text width get a tenth more, so another sans-serif font does not make a label spill. */
const SPARE = 1.1;

/** The direct label beside a bar: "200 received, 107 returned home", "up to 50 pledged". */
function valueWords(kind: 'received' | 'pledged', m: Measure, returned: Measure | undefined, locale: Locale): string {
  const value = formatValue(m, locale);
  if (kind === 'pledged') return message(locale, 'chart.deportees.pledged', { value });
  return returned
    ? message(locale, 'chart.deportees.receivedReturned', { value, count: countOf(m), returned: formatValue(returned, locale), back: countOf(returned) })
    : message(locale, 'chart.deportees.received', { value, count: countOf(m) });
}

interface PlacedBar {
  kind: 'received' | 'pledged';
  measure: Measure;
  returned?: Measure;
  /** The bar's length, as a fraction of the chart's width. */
  share: number;
  top: number;
  /** The value's label: after the bar's end, or under the bar, on two lines (split at its comma) if one does not fit. */
  label: { after: true; y: number; lines: string[] } | { after: false; y: number; lines: string[] };
}

/** Lays out a row's bars at the layout width: a label goes after its bar where it fits there, else under it. */
function placeBars(row: DeporteeRows['known'][number], top: number, width: number, max: number, locale: Locale): { bars: PlacedBar[]; bottom: number } {
  const bars: PlacedBar[] = [];
  let y = top;
  for (const kind of ['received', 'pledged'] as const) {
    const measure = row[kind];
    if (!measure) continue;
    const returned = kind === 'received' ? row.returned : undefined;
    const share = measure.value / max;
    const words = valueWords(kind, measure, returned, locale);
    const fits = (text: string) => textWidth(text, FONT) * SPARE <= width;
    const after = share * width + 8 + textWidth(words, FONT) * SPARE <= width;
    // "about 1,200 received, about 1,100 returned home" may not fit a phone on one line: it breaks after its comma.
    const lines = after || fits(words) || !words.includes(', ') ? [words] : [`${words.slice(0, words.indexOf(', ') + 1)}`, words.slice(words.indexOf(', ') + 2)];
    bars.push({ kind, measure, returned, share, top: y, label: after ? { after, y: y + BAR - 3, lines } : { after, y: y + BAR + FONT + 3, lines } });
    y += BAR + (after ? 0 : lines.length * (FONT + 4) + 2) + GAP;
  }
  return { bars, bottom: y - GAP };
}

/** The legend's keys (only those the chart draws), in rows that fit the width. */
function legendLayout(rows: DeporteeRows, width: number, locale: Locale) {
  const items = [
    { kind: 'received', text: message(locale, 'chart.deportees.legendReceived') },
    { kind: 'returned', text: message(locale, 'chart.deportees.legendReturned') },
    { kind: 'pledged', text: message(locale, 'chart.deportees.legendPledged') },
  ].filter((item) => rows.known.some((r) => r[item.kind as 'received' | 'returned' | 'pledged']));
  // A key's width counts the space after it, so a row's last key keeps that space inside the width.
  const flowed = flowRows(items, (item) => 19 + textWidth(item.text, FONT) * SPARE + 16, width, 0);
  return { placed: flowed.placed.map(({ item, x, row }) => ({ ...item, x, y: row * 20 })), bottom: flowed.rows * 20 };
}

/** Names joined by commas, in lines that fit the width. */
function wrapNames(names: string[], width: number): string[][] {
  if (!names.length) return [];
  const words = names.map((name, i) => name + (i < names.length - 1 ? ',' : ''));
  const { placed, rows } = flowRows(words, (word) => textWidth(`${word} `, FONT) * SPARE, width, 0);
  return Array.from({ length: rows }, (_, row) => placed.filter((p) => p.row === row).map((p) => p.item));
}

export const deportees: Chart<DeporteeRows> = (rows, options) => {
  const { width, id, state = {}, locale = 'en' } = options;
  const highlight = new Set(state.highlight ?? []);
  const max = Math.max(1, ...rows.known.flatMap((r) => [r.received?.value ?? 0, r.pledged?.value ?? 0]));

  // Layout first, at the narrowest width the chart must fit, so the root gets its final height.
  const { placed: legendPlaced, bottom: legendBottom } = legendLayout(rows, width, locale);
  let y = legendBottom + 12;
  const placed = rows.known.map((row) => {
    const nameY = y + FONT;
    const { bars, bottom } = placeBars(row, nameY + 6, width, max, locale);
    y = bottom + 16;
    return { row, nameY, bars };
  });
  const unknownLines = wrapNames(rows.unknown.map((c) => c.name), width);
  const unknownTop = y + 8;
  const height = unknownLines.length ? unknownTop + 20 + unknownLines.length * (FONT + 6) : y;

  const svg = fluidRoot(options, height, 'chart-deportees');
  const defs = el(svg, 'defs');
  const hatch = el(defs, 'pattern', { id: `${id}-hatch`, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  el(hatch, 'rect', { width: 5, height: 5, class: 'hatch-bg' });
  el(hatch, 'line', { x1: 0, y1: 0, x2: 0, y2: 5, class: 'hatch-line' });

  const legend = el(svg, 'g', { class: 'legend', 'aria-hidden': 'true' });
  for (const item of legendPlaced) {
    el(legend, 'rect', { x: item.x, y: item.y + 4, width: 14, height: 12, class: `bar bar-${item.kind}`, fill: item.kind === 'returned' ? `url(#${id}-hatch)` : undefined });
    el(legend, 'text', { x: item.x + 19, y: item.y + 14, class: 'label' }, item.text);
  }

  const drawBar = (g: Element, bar: PlacedBar) => {
    const { kind, measure: m, returned, share, top } = bar;
    // A bar too short to see in the narrowest box gets a 2 px floor, so a small number still shows.
    el(g, 'rect', { x: 0, y: top, width: share * width < 2 ? 2 : pct(share), height: BAR, class: `bar bar-${kind}${m.approx ? ' approx' : ''}` });
    if (returned) el(g, 'rect', { x: 0, y: top, width: pct(returned.value / max), height: BAR, class: 'bar bar-returned', fill: `url(#${id}-hatch)` });
    // A vague number gets an open, dotted end instead of a hard edge.
    if (m.approx) el(g, 'line', { x1: pct(share), y1: top - 3, x2: pct(share), y2: top + BAR + 3, class: 'approx-end' });
    const words = valueWords(kind, m, returned, locale);
    if (bar.label.after) el(g, 'text', { x: pct(share), dx: m.approx ? 8 : 6, y: bar.label.y, class: 'value' }, words);
    else if (bar.label.lines.length === 1) el(g, 'text', { x: 0, y: bar.label.y, class: 'value' }, words);
    else {
      const t = el(g, 'text', { x: 0, y: bar.label.y, class: 'value' });
      bar.label.lines.forEach((line, i) => el(t, 'tspan', { x: 0, dy: i === 0 ? undefined : FONT + 4 }, line));
    }
  };

  for (const { row, nameY, bars } of placed) {
    const muted = highlight.size > 0 && !highlight.has(row.slug);
    const g = el(svg, 'g', { class: `mark row${muted ? ' muted' : ''}${highlight.has(row.slug) ? ' highlighted' : ''}`, 'data-key': row.slug });
    const said = [
      row.received && message(locale, 'chart.deportees.received', { value: formatValue(row.received, locale), count: countOf(row.received) }),
      row.returned && message(locale, 'chart.deportees.returned', { value: formatValue(row.returned, locale), back: countOf(row.returned) }),
      row.pledged && message(locale, 'chart.deportees.pledged', { value: formatValue(row.pledged, locale) }),
    ];
    el(g, 'title', {}, `${row.name}: ${said.filter(Boolean).join(', ')}`);
    el(g, 'text', { x: 0, y: nameY, class: 'name' }, row.name);
    for (const bar of bars) drawBar(g, bar);
  }

  if (unknownLines.length) {
    const g = el(svg, 'g', { class: 'unknown' });
    el(g, 'line', { x1: 0, x2: '100%', y1: unknownTop - 4, y2: unknownTop - 4, class: 'rule' });
    el(g, 'text', { x: 0, y: unknownTop + 12, class: 'unknown-heading' }, message(locale, 'chart.deportees.unknown', { count: rows.unknown.length }));
    unknownLines.forEach((line, i) => el(g, 'text', { x: 0, y: unknownTop + 20 + (i + 1) * (FONT + 6) - 4, class: 'unknown-names' }, line.join(' ')));
  }
  return svg;
};
