/**
 * Key dates: a thin rule across the lanes at each milestone and story key event, with a short
 * label above the axis ("12 March State Department cable …"). Labels are placed at the layout
 * width in levels, right of their rule or, where the right has too little room, left of it, so
 * that none runs past the box, into another label or across another label's rule, at any width.
 */
import type { Mark, TimelineRows } from '../../derive/timeline';
import { formatPartialDate } from '../../words/dates';
import type { Locale } from '../../words/locale';
import { el, pct } from '../svg';
import { BREAKPOINTS, FONT, LINE, widest, wrap, type Breakpoint, type Plot } from './layout';

/** The widest a label may be before it wraps, in px: in the narrowest box, and in a wider one. */
const MAX_WIDTH = 230;
const WIDE_MAX_WIDTH = 400;
/** From the rule to its label's text, in px. */
const DX = 4;

export interface Placed {
  mark: Mark;
  /** The rule's x, a fraction of the box. */
  at: number;
  anchor: 'start' | 'end';
  lines: string[];
  level: number;
  /** The label's extent at the layout width, in px. */
  box: [number, number];
}

export interface Annotations {
  placed: Placed[];
  /** Lines of text on each level. */
  levels: number[];
  /** The same labels on fewer lines, each on its level and side, from a wider box on. */
  wide?: { from: Breakpoint; placed: Placed[] };
  /** The reader's language, which the dates are written in. */
  locale: Locale;
}

const labelText = (mark: Mark, rows: TimelineRows, locale: Locale) => `${shortDate(mark, rows, locale)} ${mark.title}`;

/** "20 January 2025" → "20 January" ("20 de enero de 2025" → "20 de enero") when the chart's domain lies in 2025. */
export function shortDate(mark: Mark, rows: TimelineRows, locale: Locale = 'en'): string {
  const year = rows.start.slice(0, 4);
  const label = formatPartialDate(mark.date, locale);
  return year === rows.end.slice(0, 4) ? label.replace(new RegExp(`(?: de)? ${year}$`), '') : label;
}

/** The label right of the rule where it fits there in at most three lines, else on the side that needs fewer. */
function side(text: string, x: number, width: number): Pick<Placed, 'anchor' | 'lines' | 'box'> {
  const option = (anchor: 'start' | 'end', room: number) => {
    const lines = wrap(text, FONT.note, Math.min(MAX_WIDTH, room));
    const w = widest(lines, FONT.note);
    const box: [number, number] = anchor === 'start' ? [x + DX, x + DX + w] : [x - DX - w, x - DX];
    return { anchor, lines, box, fits: w <= room };
  };
  const right = option('start', width - x - DX - 2);
  const left = option('end', x - DX - 2);
  if (right.fits && (right.lines.length <= 3 || !left.fits || left.lines.length >= right.lines.length)) return right;
  return left.fits ? left : right;
}

/** Whether a label on `level` spanning `box`, with its rule at `x`, keeps clear of one already placed. */
function clear(p: Placed, level: number, box: [number, number], x: number, width: number): boolean {
  const px = p.at * width;
  const apart = (a: [number, number], b: [number, number], gap: number) => a[1] + gap <= b[0] || b[1] + gap <= a[0];
  const off = (rule: number, b: [number, number]) => rule < b[0] - 4 || rule > b[1] + 4;
  if (p.level === level) return apart(p.box, box, 8) && off(px, box) && off(x, p.box);
  // A rule runs from its label's level down: an upper rule must miss our label, ours a lower label.
  return p.level < level ? off(px, box) : off(x, p.box);
}

/** Places the key dates' labels at the layout width, in date order, each on the highest level where it is clear. */
export function placeAnnotations(rows: TimelineRows, plot: Plot, single: boolean, locale: Locale = 'en'): Annotations {
  const placed: Placed[] = [];
  // On a country page the key events are labelled directly; only milestones get a rule.
  const keys = single ? rows.keyDates.filter((m) => m.family === 'milestone') : rows.keyDates;
  for (const mark of keys) {
    const at = plot.at(mark.start);
    const x = at * plot.width;
    const { anchor, lines, box } = side(labelText(mark, rows, locale), x, plot.width);
    let level = 0;
    while (!placed.every((p) => clear(p, level, box, x, plot.width))) level++;
    placed.push({ mark, at, anchor, lines, level, box });
  }
  const levels: number[] = [];
  for (const p of placed) levels[p.level] = Math.max(levels[p.level] ?? 0, p.lines.length);
  for (let i = 0; i < levels.length; i++) levels[i] ??= 0;
  for (const from of BREAKPOINTS.filter((b) => b > plot.width)) {
    const wide = widerForm(rows, placed, from, locale);
    if (wide) return { placed, levels, wide: { from, placed: wide }, locale };
  }
  return { placed, levels, locale };
}

/** The labels rewrapped for a box `width` px wide, or null when none gets fewer lines or one would meet another. */
function widerForm(rows: TimelineRows, placed: Placed[], width: number, locale: Locale): Placed[] | null {
  const wide = placed.map((p): Placed => {
    const x = p.at * width;
    const room = p.anchor === 'start' ? width - x - DX - 2 : x - DX - 2;
    const lines = wrap(labelText(p.mark, rows, locale), FONT.note, Math.min(WIDE_MAX_WIDTH, room));
    const w = widest(lines, FONT.note);
    return { ...p, lines, box: p.anchor === 'start' ? [x + DX, x + DX + w] : [x - DX - w, x - DX] };
  });
  const fewer = wide.some((p, i) => p.lines.length < placed[i].lines.length);
  const fits = wide.every((p, i) => p.lines.length <= placed[i].lines.length && p.box[0] >= 0 && p.box[1] <= width);
  const apart = wide.every((p, i) => wide.every((q, j) => i === j || clear(q, p.level, p.box, p.at * width, width)));
  return fewer && fits && apart ? wide : null;
}

/** Where the key dates' levels start, from `top` down, where the axis starts under them, and where the plot ends. */
export interface Levels {
  tops: number[];
  axisTop: number;
  plotBottom: number;
}

/** The tops of the levels from `top` down, and where the axis starts under them. */
export function levelTops(annotations: Annotations, top: number): Omit<Levels, 'plotBottom'> {
  const tops: number[] = [];
  let y = top;
  for (const n of annotations.levels) {
    tops.push(y);
    y += n * LINE.note + 6;
  }
  return { tops, axisTop: y + (tops.length ? 2 : 0) };
}

/** A key date's label, its date in bold, from the top of its level. */
function drawLabel(g: Element, p: Placed, rows: TimelineRows, plot: Plot, top: number, variant: string, locale: Locale): void {
  const dx = p.anchor === 'start' ? DX : -DX;
  const text = el(g, 'text', { class: `annotation-label${variant}`, 'text-anchor': p.anchor === 'end' ? 'end' : undefined, y: top + 10 });
  const date = shortDate(p.mark, rows, locale);
  p.lines.forEach((line, i) => {
    const attrs = { x: plot.x(p.mark.start), dx, dy: i === 0 ? undefined : LINE.note };
    if (i === 0 && line.startsWith(date)) {
      el(text, 'tspan', { ...attrs, class: 'annotation-date' }, date);
      if (line.length > date.length) el(text, 'tspan', {}, line.slice(date.length));
    } else el(text, 'tspan', attrs, line);
  });
}

/** Draws each key date's band (a span), rule and label; a milestone's is its mark, in `marks`. */
export function drawAnnotations(notes: Element, marks: Element, rows: TimelineRows, a: Annotations, plot: Plot, { tops, axisTop, plotBottom: bottom }: Levels): void {
  for (const p of a.placed) {
    const top = tops[p.level];
    const isMilestone = p.mark.family === 'milestone';
    const g = isMilestone
      ? el(marks, 'g', { class: 'mark family-milestone', 'data-key': p.mark.id })
      : el(notes, 'g', { class: 'annotation', 'data-key': p.mark.id });
    if (isMilestone) el(g, 'title', {}, `${formatPartialDate(p.mark.date, a.locale)}: ${p.mark.title}`);
    if (!p.mark.point) {
      const x0 = plot.at(p.mark.start);
      el(g, 'rect', { class: 'annotation-band', x: plot.x(p.mark.start), y: top, width: pct(Math.max(0.001, plot.at(p.mark.end) - x0)), height: bottom - top });
    }
    el(g, 'line', { class: 'rule', x1: plot.x(p.mark.start), x2: plot.x(p.mark.start), y1: top, y2: bottom });
    const wide = a.wide?.placed.find((w) => w.mark.id === p.mark.id);
    drawLabel(g, p, rows, plot, top, wide ? ` until-${a.wide!.from}` : '', a.locale);
    if (wide) drawLabel(g, wide, rows, plot, top, ` from-${a.wide!.from}`, a.locale);
  }
  // Milestones outside any label (none today, but a filtered view may drop a label) still count as marks.
  for (const m of rows.milestones) {
    if (a.placed.some((p) => p.mark.id === m.id)) continue;
    const g = el(marks, 'g', { class: 'mark family-milestone', 'data-key': m.id });
    el(g, 'title', {}, `${formatPartialDate(m.date, a.locale)}: ${m.title}`);
    el(g, 'line', { class: 'rule', x1: plot.x(m.start), x2: plot.x(m.start), y1: axisTop, y2: bottom });
  }
}
