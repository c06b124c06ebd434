/**
 * The negotiation timeline: one lane per country, one mark per event, drawn as precisely as its
 * date is known. A date known to the day is a symbol at that day; a month, part of a month or a
 * span is a capsule over every day it could mean, with the family's symbol at its first day. Key
 * dates (milestones, the 12 March cable) get a thin rule across the lanes and a short label.
 *
 * Too many events to draw one by one ({@link timelineDense}), and each lane becomes a row of
 * cells instead, one per calendar month, shaded by how many of the lane's events fall in it: the
 * drawing's size then depends on the lanes and months, never on the number of events.
 *
 * Text sizes below must match timeline.css: labels are placed with `textWidth`, never measured.
 *
 * Over 250 lines because it still draws one chart in three layouts (wide, narrow, a country's
 * single lane) plus the dense drawing, in one module: the chart rework that sets text in CSS pixels
 * at every width rebuilds it from small parts (axis, lanes, marks, annotations, dense cells, legend).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import {
  symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye,
  type SymbolType,
} from 'd3-shape';
import { utcMonth } from 'd3-time';
import {
  EVENT_FAMILIES, timelineDense, timelineMarks, timelineMonthCounts,
  type FamilyId, type Lane, type Mark, type TimelineRows,
} from '../derive/timeline';
import { formatPartialDate, monthName } from '../words/dates';
import { FAMILY_LABELS, monthLabel } from '../words/timeline';
import { el, svgRoot, textWidth } from './svg';
import type { ChartState } from '../model/chartState';
import type { Chart } from './types';

/** Font sizes in px, as set in timeline.css. */
const FONT = { lane: 12, axis: 11, legend: 11, note: 11, label: 12 } as const;
/** Lines of text, in px. */
const LINE = { note: 13, label: 15 } as const;
/** Vertical distance between stacked marks in a lane, and the capsule's thickness. */
const PITCH = 10;
const CAPSULE = 6;
/** Half the width of a symbol, for packing marks and keeping them inside the plot. */
const SYMBOL_R = 6;
/** Below this width, country names go above their lanes. */
const NARROW = 500;
/**
 * The dense drawing's lanes: the lane's height and where its row of cells sits in it. Wide, the
 * name sits left of the cells; narrow and single, above them.
 */
const DENSE_LAYOUT = {
  wide: { height: 20, top: 3, cell: 14 },
  narrow: { height: 32, top: 18, cell: 10 },
  single: { height: 44, top: 22, cell: 16 },
} as const;
/**
 * The dense drawing's classes of cells, by the fewest events a cell of the class holds: few
 * classes, so a shade reads at a glance; the exact count is in each cell's tooltip.
 */
const COUNT_CLASSES = [
  { min: 1, label: '1' },
  { min: 2, label: '2–4' },
  { min: 5, label: '5–9' },
  { min: 10, label: '10 or more' },
] as const;

/** The filled symbols of d3-shape (`symbolsFill`), by name; `rule` is the milestone's vertical line. */
type SymbolName = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';

/**
 * Each family's mark, so a family never depends on colour alone, and the degrees it is turned:
 * the cross turned 45° reads as "×".
 */
export const FAMILY_SYMBOLS: Record<FamilyId, { symbol: SymbolName | 'rule'; rotate: number }> = {
  asks: { symbol: 'circle', rotate: 0 },
  documents: { symbol: 'square', rotate: 0 },
  yes: { symbol: 'triangle', rotate: 0 },
  no: { symbol: 'cross', rotate: 45 },
  moved: { symbol: 'diamond', rotate: 0 },
  money: { symbol: 'star', rotate: 0 },
  other: { symbol: 'wye', rotate: 0 },
  milestone: { symbol: 'rule', rotate: 0 },
};

const SYMBOLS: Record<SymbolName, { type: SymbolType; size: number }> = {
  circle: { type: symbolCircle, size: 64 },
  square: { type: symbolSquare, size: 54 },
  triangle: { type: symbolTriangle, size: 70 },
  cross: { type: symbolCross, size: 60 },
  diamond: { type: symbolDiamond, size: 62 },
  star: { type: symbolStar, size: 84 },
  wye: { type: symbolWye, size: 70 },
};

/** Short month names for the axis, in the reader's language (British English: "Sept"). */
const MONTHS = Array.from({ length: 12 }, (_, m) => monthName(m, 'short'));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Mode = 'wide' | 'narrow' | 'single';

interface Frame {
  mode: Mode;
  /** x of the domain's first and last day. */
  left: number;
  right: number;
}

function frame(rows: TimelineRows, width: number, state: ChartState): Frame {
  const mode: Mode = state.country !== undefined || rows.lanes.length === 1 ? 'single' : width < NARROW ? 'narrow' : 'wide';
  const names = mode === 'wide' ? Math.max(0, ...rows.lanes.map((l) => textWidth(l.name, FONT.lane))) : 0;
  return { mode, left: mode === 'wide' ? Math.ceil(names) + 24 : SYMBOL_R + 6, right: width - SYMBOL_R - 6 };
}

/**
 * The chart's x scale for these rows at this width: the domain's first day at the left edge of
 * the plot, its last day at the right. A day's x is the start of that day (UTC).
 */
export function timelineScale(rows: TimelineRows, width: number, state: ChartState = {}): ScaleTime<number, number> {
  const { left, right } = frame(rows, width, state);
  return scaleUtc().domain([day(rows.start), day(rows.end)]).range([left, right]).clamp(true);
}

/** Greedy line breaking at spaces, by estimated width. */
function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function symbolPath(name: SymbolName): string {
  const s = SYMBOLS[name];
  return symbol(s.type, s.size).digits(1)() ?? '';
}

/** The family's symbol at (x, y). */
function drawSymbol(parent: Element, family: FamilyId, x: number, y: number, className = 'symbol') {
  const f = FAMILY_SYMBOLS[family];
  if (f.symbol === 'rule') return;
  const at = `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
  el(parent, 'path', { class: className, d: symbolPath(f.symbol), transform: f.rotate ? `${at} rotate(${f.rotate})` : at });
}

/** "20 January 2025" → "20 January" when the chart's domain lies in 2025. */
function shortDate(mark: Mark, rows: TimelineRows): string {
  const year = rows.start.slice(0, 4);
  const label = formatPartialDate(mark.date);
  return year === rows.end.slice(0, 4) ? label.replace(new RegExp(` ${year}$`), '') : label;
}

interface Placed {
  mark: Mark;
  x: number;
  lines: string[];
  level: number;
}

/**
 * Key-date labels sit right of their rules, in levels: a label that would run into the next one
 * drops to a lower level, and never crosses a rule that starts above it.
 */
function placeAnnotations(rows: TimelineRows, x: ScaleTime<number, number>, right: number, single: boolean): { placed: Placed[]; levels: number[] } {
  const maxWidth = 230;
  const placed: Placed[] = [];
  // On a country page the key events are labelled directly; only milestones get a rule.
  const keys = single ? rows.keyDates.filter((m) => m.family === 'milestone') : rows.keyDates;
  keys.forEach((mark, i) => {
    const mx = x(day(mark.start));
    const text = `${shortDate(mark, rows)} ${mark.title}`;
    const free = Math.max(60, Math.min(maxWidth, right - mx - 4));
    const next = keys[i + 1] ? x(day(keys[i + 1].start)) : Infinity;
    const tight = Math.min(free, next - mx - 14);
    // Prefer a label that stays left of the next rule; otherwise a wider one, on a lower level.
    const lines = tight >= 150 && wrap(text, FONT.note, tight).length <= 3 ? wrap(text, FONT.note, tight) : wrap(text, FONT.note, free);
    const ends = (p: { x: number; lines: string[] }) => p.x + 4 + Math.max(...p.lines.map((l) => textWidth(l, FONT.note) * 1.05));
    let level = 0;
    // Same level: no overlap with earlier labels. Lower levels than ours: they must end before our rule.
    while (placed.some((p) => (p.level === level && ends(p) + 8 > mx) || (p.level > level && ends(p) + 4 > mx))) level++;
    placed.push({ mark, x: mx, lines, level });
  });
  const levels: number[] = [];
  for (const p of placed) levels[p.level] = Math.max(levels[p.level] ?? 0, p.lines.length);
  for (let i = 0; i < levels.length; i++) levels[i] ??= 0;
  return { placed, levels };
}

interface Slot {
  mark: Mark;
  cy: number;
}

interface LaneLayout {
  lane: Lane;
  top: number;
  height: number;
  /** Baseline of the lane's name. */
  labelY: number;
  /** The marks, one by one; none in the dense drawing. */
  slots: Slot[];
  /** The dense drawing's row of cells: its top and height. */
  cells?: { y: number; height: number };
}

/** Stacks a lane's marks into as few tracks as they need without touching. */
function pack(marks: Mark[], x: ScaleTime<number, number>): number[] {
  const ends: number[] = [];
  return marks.map((m) => {
    const x0 = x(day(m.start)) - SYMBOL_R;
    const x1 = Math.max(x(day(m.end)), x0 + 2 * SYMBOL_R);
    let t = ends.findIndex((e) => e + 3 <= x0);
    if (t < 0) t = ends.length;
    ends[t] = x1;
    return t;
  });
}

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
}

/** The legend of marks drawn one by one: the families in view, then how precision is drawn. */
function markLegend(marks: Mark[], mode: Mode): LegendItem[] {
  const families = (Object.keys(EVENT_FAMILIES) as FamilyId[]).filter(
    (f) => f !== 'milestone' && marks.some((m) => m.family === f),
  );
  const items: LegendItem[] = families.map((f) => ({
    kind: 'family', family: f, label: FAMILY_LABELS[f], width: 16 + textWidth(FAMILY_LABELS[f], FONT.legend), breakBefore: false,
  }));
  const anyRange = marks.some((m) => !m.point && m.family !== 'milestone');
  const anyPoint = marks.some((m) => m.point && m.family !== 'milestone');
  if (anyRange) {
    const exact = 'Exact day';
    const range = mode === 'wide' ? 'Day not known: the bar spans every possible day' : 'Day not known: bar spans possible days';
    if (anyPoint) items.push({ kind: 'exact', label: exact, width: 16 + textWidth(exact, FONT.legend), breakBefore: mode !== 'narrow' });
    items.push({ kind: 'range', label: range, width: 36 + textWidth(range, FONT.legend), breakBefore: !anyPoint && mode !== 'narrow' });
  }
  return items;
}

/** The dense drawing's legend: the classes of cells, then what a cell counts, wrapped to the width. */
function countLegend(rows: TimelineRows, width: number): LegendItem[] {
  const caption = 'Events in a month:';
  const items: LegendItem[] = [{ kind: 'note', label: caption, width: textWidth(caption, FONT.legend), breakBefore: false }];
  COUNT_CLASSES.forEach(({ label }, i) => {
    items.push({ kind: 'count', level: i + 1, label, width: 19 + textWidth(label, FONT.legend), breakBefore: false });
  });
  const whose = rows.lanes.length > 1 ? 'a country\'s' : 'the';
  const note = `Each cell counts ${whose} events in a month; an event counts in the month of its first possible day.`;
  for (const line of wrap(note, FONT.legend, width)) {
    items.push({ kind: 'note', label: line, width: textWidth(line, FONT.legend), breakBefore: true });
  }
  return items;
}

/** Legend items in rows that fit the width, each with its x. */
function arrangeLegend(items: LegendItem[], width: number): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [];
  let cursor = Infinity;
  for (const item of items) {
    if (item.breakBefore || cursor + item.width > width) {
      rows.push([]);
      cursor = 0;
    }
    rows[rows.length - 1].push({ item, x: cursor });
    cursor += item.width + 18;
  }
  return rows;
}

export const timeline: Chart<TimelineRows> = (rows, options) => {
  const { width } = options;
  const state = options.state ?? {};
  const { mode, left, right } = frame(rows, width, state);
  const x = timelineScale(rows, width, state);
  const highlight = state.highlight?.length ? new Set(state.highlight) : null;
  const dense = timelineDense(rows);
  const marks = dense ? [] : timelineMarks(rows);

  const legendRows = arrangeLegend(dense ? countLegend(rows, width) : markLegend(marks, mode), width);
  const legendHeight = legendRows.length * 18 + (legendRows.length ? 8 : 0);

  // Key-date labels above the month axis.
  const { placed, levels } = placeAnnotations(rows, x, right, mode === 'single');
  const levelTop: number[] = [];
  let y = legendHeight;
  for (const n of levels) {
    levelTop.push(y);
    y += n * LINE.note + 6;
  }
  const axisTop = y + (levels.length ? 2 : 0);
  const lanesTop = axisTop + 20;

  // Lanes.
  const layouts: LaneLayout[] = [];
  y = lanesTop;
  for (const lane of rows.lanes) {
    if (dense) {
      const d = DENSE_LAYOUT[mode];
      layouts.push({
        lane, top: y, height: d.height, labelY: mode === 'wide' ? y + d.top + d.cell / 2 + 4 : y + 14,
        slots: [], cells: { y: y + d.top, height: d.cell },
      });
      y += d.height;
      continue;
    }
    if (mode === 'single') {
      const slots: Slot[] = [];
      const top = y;
      y += 22;
      for (const m of lane.marks) {
        const lines = singleLabel(m, x, left, right);
        y += 4 + lines.lines.length * LINE.label + 3;
        slots.push({ mark: m, cy: y + PITCH / 2 });
        y += PITCH + 8;
      }
      layouts.push({ lane, top, height: y - top, labelY: top + 14, slots });
      continue;
    }
    const tracks = pack(lane.marks, x);
    const count = Math.max(1, ...tracks.map((t) => t + 1));
    // Wide: 26 px for one track, 10 more for each track stacked under it.
    const head = mode === 'narrow' ? 18 : 8;
    const height = mode === 'narrow' ? head + count * PITCH + 5 : 26 + (count - 1) * PITCH;
    const slots = lane.marks.map((m, i) => ({ mark: m, cy: y + head + tracks[i] * PITCH + PITCH / 2 }));
    layouts.push({ lane, top: y, height, labelY: mode === 'wide' ? slots[0].cy + 4 : y + 14, slots });
    y += height;
  }
  const plotBottom = rows.lanes.length ? y : lanesTop + 30;
  const height = plotBottom + 6;

  const svg = svgRoot(options, height, 'chart-timeline');
  if (mode !== 'wide') svg.setAttribute('class', `chart chart-timeline timeline-${mode}`);

  // Legend.
  const legend = el(svg, 'g', { class: 'legend' });
  legendRows.forEach((row, i) => {
    const ly = i * 18 + 9;
    for (const { item, x: lx } of row) {
      const g = el(legend, 'g', { class: legendClass(item) });
      if (item.kind === 'note') {
        el(g, 'text', { x: lx, y: ly + 4 }, item.label);
      } else if (item.kind === 'count') {
        el(g, 'rect', { class: `cell count-${item.level}`, x: lx, y: ly - 5, width: 14, height: 10 });
        el(g, 'text', { x: lx + 19, y: ly + 4 }, item.label);
      } else if (item.kind === 'range') {
        el(g, 'rect', { class: 'capsule', x: lx + 5, y: ly - CAPSULE / 2, width: 24, height: CAPSULE, rx: CAPSULE / 2 });
        drawSymbol(g, 'asks', lx + 5, ly);
        el(g, 'text', { x: lx + 36, y: ly + 4 }, item.label);
      } else {
        drawSymbol(g, item.family ?? 'asks', lx + 5, ly);
        el(g, 'text', { x: lx + 16, y: ly + 4 }, item.label);
      }
    }
  });

  // Month grid and labels.
  const axis = el(svg, 'g', { class: 'axis' });
  const monthLabels: { x: number; label: string }[] = [];
  const d0 = day(rows.start);
  const d1 = day(rows.end);
  const months = utcMonth.range(utcMonth.ceil(d0), utcMonth.offset(d1, 1)).filter((m) => m <= d1);
  if (+months[0] !== +d0) months.unshift(d0);
  // The first month and each January carry the year, which is never dropped: "Jan 2026" if it
  // fits its month, else "2026", which may run over the next months (their labels give way).
  // Other months are all "Feb" or all "F" (whichever fits the narrowest whole month), or nothing
  // where even that does not fit.
  const isYear = (m: Date, i: number) => i === 0 || m.getUTCMonth() === 0;
  const fits = (label: string, room: number) => textWidth(label, FONT.axis) + 6 <= room;
  const whole = months.slice(1, -1).map((m, i) => x(months[i + 2]) - x(m));
  const narrowest = Math.min(...(whole.length ? whole : [right - x(months[0])]));
  const initials = MONTHS.some((name) => !fits(name, narrowest));
  let taken = -Infinity;
  months.forEach((m, i) => {
    const mx = x(m);
    const nextX = i + 1 < months.length ? x(months[i + 1]) : right;
    el(axis, 'line', { class: 'grid', x1: mx, x2: mx, y1: axisTop + 2, y2: plotBottom });
    if (mx + 3 < taken) return;
    const month = MONTHS[m.getUTCMonth()];
    let label: string | undefined;
    if (isYear(m, i)) {
      const year = String(m.getUTCFullYear());
      const nextYear = months.findIndex((n, j) => j > i && isYear(n, j));
      const yearRoom = (nextYear >= 0 ? x(months[nextYear]) : right) - mx;
      label = [`${month} ${year}`, year].find((l) => fits(l, nextX - mx)) ?? (fits(year, yearRoom) ? year : undefined);
    } else {
      const name = initials ? month.charAt(0) : month;
      if (fits(name, nextX - mx)) label = name;
    }
    if (!label) return;
    monthLabels.push({ x: mx + 3, label });
    taken = mx + 3 + textWidth(label, FONT.axis) + 4;
  });

  // A hairline under each lane.
  const rules = el(svg, 'g', { class: 'lane-rules' });
  for (const { top, height: h } of layouts) el(rules, 'line', { class: 'lane-rule', x1: 0, x2: width, y1: top + h, y2: top + h });

  // Dense: cells under the key-date rules, so the rules run unbroken across the lanes.
  if (dense) drawCells(el(svg, 'g', { class: 'cells' }), rows, layouts, x, highlight);

  // Key-date rules and labels; a milestone's rule is its mark.
  const notes = el(svg, 'g', { class: 'annotations' });
  const marksG = el(svg, 'g', { class: 'marks' });
  for (const p of placed) {
    const top = levelTop[p.level];
    const isMilestone = p.mark.family === 'milestone';
    const g = isMilestone
      ? el(marksG, 'g', { class: 'mark family-milestone', 'data-key': p.mark.id })
      : el(notes, 'g', { class: 'annotation', 'data-key': p.mark.id });
    if (isMilestone) el(g, 'title', {}, `${formatPartialDate(p.mark.date)}: ${p.mark.title}`);
    if (!p.mark.point) {
      const x0 = x(day(p.mark.start));
      el(g, 'rect', { class: 'annotation-band', x: x0, y: top, width: Math.max(1, x(day(p.mark.end)) - x0), height: plotBottom - top });
    }
    el(g, 'line', { class: 'rule', x1: p.x, x2: p.x, y1: top, y2: plotBottom });
    const text = el(g, 'text', { class: 'annotation-label', x: p.x + 4, y: top + 10 });
    const date = shortDate(p.mark, rows);
    p.lines.forEach((line, i) => {
      const attrs = { x: p.x + 4, dy: i === 0 ? undefined : LINE.note };
      if (i === 0 && line.startsWith(date)) {
        el(text, 'tspan', { ...attrs, class: 'annotation-date' }, date);
        if (line.length > date.length) el(text, 'tspan', {}, line.slice(date.length));
      } else el(text, 'tspan', attrs, line);
    });
  }
  // Milestones outside any label (none today, but a filtered view may drop a label) still count as marks.
  for (const m of rows.milestones) {
    if (placed.some((p) => p.mark.id === m.id)) continue;
    const g = el(marksG, 'g', { class: 'mark family-milestone', 'data-key': m.id });
    el(g, 'title', {}, `${formatPartialDate(m.date)}: ${m.title}`);
    el(g, 'line', { class: 'rule', x1: x(day(m.start)), x2: x(day(m.start)), y1: axisTop, y2: plotBottom });
  }

  // Marks: one group per event, with its shape in every lane it involves (none when dense).
  const slotsOf = new Map<string, { slot: Slot; muted: boolean }[]>();
  for (const { lane, slots } of layouts) {
    for (const slot of slots) {
      const list = slotsOf.get(slot.mark.id) ?? [];
      list.push({ slot, muted: Boolean(highlight && !highlight.has(lane.slug)) });
      slotsOf.set(slot.mark.id, list);
    }
  }
  for (const m of marks) {
    const at = slotsOf.get(m.id);
    if (!at) continue;
    const allMuted = at.every((a) => a.muted);
    const g = el(marksG, 'g', { class: `mark family-${m.family}${allMuted ? ' muted' : ''}`, 'data-key': m.id });
    el(g, 'title', {}, `${formatPartialDate(m.date)}: ${m.title}`);
    for (const { slot, muted } of at) {
      const extra = muted && !allMuted ? ' muted' : '';
      const x0 = x(day(m.start));
      const cutStart = m.start < rows.start;
      const cutEnd = m.end > rows.end;
      if (!m.point && (cutStart || cutEnd)) {
        // Runs on beyond the dates shown: it pokes out past the edge, with a flat end.
        const x1 = x(day(m.end));
        el(g, 'path', {
          class: `capsule cut${extra}`,
          d: capsulePath(cutStart ? x0 - SYMBOL_R - 3 : x0, cutEnd ? x1 + SYMBOL_R + 3 : x1, slot.cy, !cutStart, !cutEnd),
        });
      } else if (!m.point) {
        el(g, 'rect', {
          class: `capsule${extra}`, x: x0, y: slot.cy - CAPSULE / 2,
          width: Math.max(1, x(day(m.end)) - x0), height: CAPSULE, rx: CAPSULE / 2,
        });
      }
      drawSymbol(g, m.family, x0, slot.cy, `symbol${extra}`);
      if (mode === 'single') {
        const label = singleLabel(m, x, left, right);
        const t = el(g, 'text', { class: 'mark-label', x: label.x, y: slot.cy - PITCH / 2 - 6 - (label.lines.length - 1) * LINE.label });
        label.lines.forEach((line, i) => el(t, 'tspan', { x: label.x, dy: i === 0 ? undefined : LINE.label }, line));
      }
    }
  }

  // Lane names over the rules that cross them (their halo interrupts the rules).
  const lanesG = el(svg, 'g', { class: 'lanes' });
  for (const { lane, labelY } of layouts) {
    const muted = highlight && !highlight.has(lane.slug);
    const g = el(lanesG, 'g', { class: muted ? 'lane muted' : 'lane', 'data-lane': lane.slug });
    el(g, 'text', { class: 'lane-label', x: 0, y: labelY }, lane.name);
  }

  // Month labels last, so their halo interrupts the key-date rules that cross them.
  const labelsG = el(svg, 'g', { class: 'axis axis-labels' });
  for (const m of monthLabels) el(labelsG, 'text', { x: m.x, y: axisTop + 13 }, m.label);

  if (!rows.lanes.length) el(svg, 'text', { class: 'empty', x: left, y: lanesTop + 18 }, 'No events in this view.');
  return svg;
};

function legendClass(item: LegendItem): string {
  if (item.family) return `legend-item family-${item.family}`;
  if (item.kind === 'count') return 'legend-item legend-count';
  return item.kind === 'note' ? 'legend-item legend-note' : 'legend-item legend-precision';
}

/**
 * The dense drawing: in each lane, one cell per calendar month with events, from the month's
 * first day (or the domain's) to the next month's, shaded by its class of count. A lane's cells
 * form one mark keyed by the country, so its row in the data table picks them out.
 */
function drawCells(parent: Element, rows: TimelineRows, layouts: LaneLayout[], x: ScaleTime<number, number>, highlight: Set<string> | null) {
  const { months, counts } = timelineMonthCounts(rows);
  const edges = months.map((m) => {
    const first = day(m.start);
    return [x(first), x(utcMonth.offset(first, 1))];
  });
  layouts.forEach(({ lane, cells }, i) => {
    const muted = highlight && !highlight.has(lane.slug);
    const g = el(parent, 'g', { class: `mark lane-cells${muted ? ' muted' : ''}`, 'data-key': lane.slug });
    counts[i].forEach((n, j) => {
      if (n === 0) return;
      const level = COUNT_CLASSES.findLastIndex((c) => n >= c.min) + 1;
      const [x0, x1] = edges[j];
      const cell = el(g, 'rect', { class: `cell count-${level}`, x: x0, y: cells!.y, width: Math.max(1, x1 - x0 - 1), height: cells!.height });
      el(cell, 'title', {}, `${lane.name}, ${monthLabel(months[j].start)}: ${n} ${n === 1 ? 'event' : 'events'}`);
    });
  });
}

/** A capsule as a path, with each end rounded or cut flat. */
function capsulePath(x0: number, x1: number, cy: number, roundStart: boolean, roundEnd: boolean): string {
  const h = CAPSULE / 2;
  const n = (v: number) => String(Math.round(v * 10) / 10);
  const top = n(cy - h);
  const bottom = n(cy + h);
  const a = roundStart ? `M${n(x0 + h)},${bottom}A${h},${h} 0 0 1 ${n(x0 + h)},${top}` : `M${n(x0)},${bottom}V${top}`;
  const b = roundEnd ? `H${n(x1 - h)}A${h},${h} 0 0 1 ${n(x1 - h)},${bottom}` : `H${n(x1)}V${bottom}`;
  return `${a}${b}Z`;
}

/** A country page's mark label: over its mark, from the mark's first day, wrapped to fit. */
function singleLabel(m: Mark, x: ScaleTime<number, number>, left: number, right: number): { x: number; lines: string[] } {
  const start = x(day(m.start)) - SYMBOL_R;
  const plot = right - left + 2 * SYMBOL_R;
  const room = right + SYMBOL_R - start;
  const full = textWidth(m.title, FONT.label);
  const end = Math.max(x(day(m.end)), x(day(m.start))) + SYMBOL_R;
  if (full <= room) return { x: start, lines: [m.title] };
  if (end - full >= left - SYMBOL_R) return { x: end - full, lines: [m.title] };
  if (full <= plot) return { x: right + SYMBOL_R - full, lines: [m.title] };
  const lines = wrap(m.title, FONT.label, Math.max(Math.min(plot, 320), room));
  const widest = Math.max(...lines.map((l) => textWidth(l, FONT.label)));
  return { x: Math.max(left - SYMBOL_R, Math.min(start, right + SYMBOL_R - widest)), lines };
}
