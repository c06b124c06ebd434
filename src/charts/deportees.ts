/**
 * `deportees`: per country, people received (solid bar), of those returned home (hatched, inside
 * the received bar) and pledged (outlined, dashed). Every bar is labelled directly; a vague figure
 * keeps its words ("about 300"). Countries with no number are named in a list below, never drawn
 * as empty bars.
 */
import { scaleLinear } from 'd3-scale';
import type { DeporteeRows, Measure } from '../derive/deportees';
import { formatValue } from '../words/format';
import { el, svgRoot, textWidth } from './svg';
import type { Chart } from './types';

const FONT = 13;
const BAR = 14;
const GAP = 4;

/** The direct label beside a bar: "200 received, 107 returned home", "up to 50 pledged". */
function valueWords(kind: 'received' | 'pledged', m: Measure, returned?: Measure): string {
  return kind === 'received' ? `${formatValue(m)} received${returned ? `, ${formatValue(returned)} returned home` : ''}` : `${formatValue(m)} pledged`;
}

export const deportees: Chart<DeporteeRows> = (rows, options) => {
  const { width, id, state = {} } = options;
  const narrow = width < 520;
  const highlight = new Set(state.highlight ?? []);
  // Names are bold: allow a tenth more than the regular-weight estimate.
  const labelWidth = narrow ? 0 : Math.min(180, Math.max(...rows.known.map((r) => textWidth(r.name, FONT) * 1.1), 60) + 14);
  const valueRoom = Math.min(width * 0.6, 12 + Math.max(0, ...rows.known.flatMap((r) => [
    r.received ? textWidth(valueWords('received', r.received, r.returned), FONT) : 0,
    r.pledged ? textWidth(valueWords('pledged', r.pledged), FONT) : 0,
  ])));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.known.flatMap((r) => [r.received?.value ?? 0, r.pledged?.value ?? 0]))])
    .range([0, Math.max(60, width - labelWidth - valueRoom)]);

  // Layout first, so the root gets its final height.
  const legendItems = [
    { kind: 'received', text: 'Received' },
    { kind: 'returned', text: 'Of whom returned home' },
    { kind: 'pledged', text: 'Pledged' },
  ].filter((item) => rows.known.some((r) => r[item.kind as 'received' | 'returned' | 'pledged']));
  let lx = 0;
  let ly = 0;
  const legendPlaced = legendItems.map((item) => {
    const w = 19 + textWidth(item.text, FONT) + 16;
    if (lx + w > width && lx > 0) [lx, ly] = [0, ly + 20];
    const at = { ...item, x: lx, y: ly };
    lx += w;
    return at;
  });
  let y = ly + 20 + 12;
  const placed = rows.known.map((row) => {
    const bars = (row.received ? 1 : 0) + (row.pledged ? 1 : 0);
    const top = y + (narrow ? FONT + 6 : 0);
    const height = bars * BAR + (bars - 1) * GAP;
    y = top + height + 16;
    return { row, top };
  });
  const unknownLines: string[][] = [];
  if (rows.unknown.length) {
    let line: string[] = [];
    let used = 0;
    for (const [i, c] of rows.unknown.entries()) {
      const word = c.name + (i < rows.unknown.length - 1 ? ',' : '');
      const w = textWidth(`${word} `, FONT);
      if (used + w > width && line.length) {
        unknownLines.push(line);
        line = [];
        used = 0;
      }
      line.push(word);
      used += w;
    }
    unknownLines.push(line);
  }
  const unknownTop = y + 8;
  const height = unknownLines.length ? unknownTop + 20 + unknownLines.length * (FONT + 6) : y;

  const svg = svgRoot(options, height, 'chart-deportees');
  const defs = el(svg, 'defs');
  const hatch = el(defs, 'pattern', { id: `${id}-hatch`, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  el(hatch, 'rect', { width: 5, height: 5, class: 'hatch-bg' });
  el(hatch, 'line', { x1: 0, y1: 0, x2: 0, y2: 5, class: 'hatch-line' });

  const legend = el(svg, 'g', { class: 'legend', 'aria-hidden': 'true' });
  for (const item of legendPlaced) {
    el(legend, 'rect', { x: item.x, y: item.y + 4, width: 14, height: 12, class: `bar bar-${item.kind}`, fill: item.kind === 'returned' ? `url(#${id}-hatch)` : undefined });
    el(legend, 'text', { x: item.x + 19, y: item.y + 14, class: 'label' }, item.text);
  }

  const bar = (g: Element, kind: 'received' | 'pledged', m: Measure, top: number, extra?: Measure) => {
    const w = Math.max(2, x(m.value));
    el(g, 'rect', { x: labelWidth, y: top, width: w, height: BAR, class: `bar bar-${kind}${m.approx ? ' approx' : ''}` });
    let labelX = labelWidth + w + 6;
    if (extra) {
      const rw = Math.max(2, x(extra.value));
      el(g, 'rect', { x: labelWidth, y: top, width: rw, height: BAR, class: 'bar bar-returned', fill: `url(#${id}-hatch)` });
    }
    if (m.approx) {
      // A vague number gets an open, dotted end instead of a hard edge.
      el(g, 'line', { x1: labelWidth + w, y1: top - 3, x2: labelWidth + w, y2: top + BAR + 3, class: 'approx-end' });
      labelX += 2;
    }
    el(g, 'text', { x: labelX, y: top + BAR - 3, class: 'value' }, valueWords(kind, m, extra));
  };

  for (const { row, top } of placed) {
    const muted = highlight.size > 0 && !highlight.has(row.slug);
    const g = el(svg, 'g', { class: `mark row${muted ? ' muted' : ''}${highlight.has(row.slug) ? ' highlighted' : ''}`, 'data-key': row.slug });
    el(g, 'title', {}, `${row.name}: ${[row.received && `${formatValue(row.received)} received`, row.returned && `${formatValue(row.returned)} returned home`, row.pledged && `${formatValue(row.pledged)} pledged`].filter(Boolean).join(', ')}`);
    el(g, 'text', narrow ? { x: 0, y: top - 6, class: 'name' } : { x: labelWidth - 10, y: top + BAR - 3, class: 'name', 'text-anchor': 'end' }, row.name);
    let t = top;
    if (row.received) {
      bar(g, 'received', row.received, t, row.returned);
      t += BAR + GAP;
    }
    if (row.pledged) bar(g, 'pledged', row.pledged, t);
  }

  if (unknownLines.length) {
    const g = el(svg, 'g', { class: 'unknown' });
    el(g, 'line', { x1: 0, x2: width, y1: unknownTop - 4, y2: unknownTop - 4, class: 'rule' });
    el(g, 'text', { x: 0, y: unknownTop + 12, class: 'unknown-heading' }, `No number reported for ${rows.unknown.length} ${rows.unknown.length === 1 ? 'country' : 'countries'}:`);
    unknownLines.forEach((line, i) => el(g, 'text', { x: 0, y: unknownTop + 20 + (i + 1) * (FONT + 6) - 4, class: 'unknown-names' }, line.join(' ')));
  }
  return svg;
};
