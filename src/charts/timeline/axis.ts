/**
 * The month axis: a light gridline at the start of each month, and month names chosen at the
 * layout width so that none overlaps another or runs past the box, with the first tick (and each
 * January) carrying the year and the last tick always named. Where a wider box has room for
 * richer names ("Feb" for "F", "Jan 2025" for "2025"), the drawing carries those too, shown from
 * that width by a container query (timeline.css).
 */
import { utcMonth } from 'd3-time';
import type { TimelineRows } from '../../derive/timeline';
import { monthName } from '../../words/dates';
import type { Locale } from '../../words/locale';
import { message } from '../../words/messages';
import { el, pct } from '../svg';
import { BREAKPOINTS, day, FONT, spareWidth, type Breakpoint, type Plot } from './layout';

/** Short month names, in the reader's language (British English: "Sept", Spanish "sept"). */
const monthsIn = (locale: Locale) => Array.from({ length: 12 }, (_, m) => monthName(m, 'short', locale));
/** A label starts this far right of its gridline, in px. */
const DX = 3;

interface Tick {
  /** Fraction of the box's width. */
  at: number;
  text: string;
}

export interface Axis {
  /** Each month's first day in view (the domain's first day first). */
  months: Date[];
  /** The names shown in the narrowest box, and in images. */
  narrow: Tick[];
  /** Richer names, shown from a box width on. */
  rich?: { from: Breakpoint; ticks: Tick[] };
}

/** The ticks' labels at `width` px: the first, the last and each year's first, then the months between, where they fit. */
function ticksAt(months: Date[], plot: Plot, width: number, locale: Locale): Tick[] {
  const MONTHS = monthsIn(locale);
  const px = (i: number) => plot.at(months[i]) * width;
  const room = (text: string, space: number) => spareWidth(text, FONT.axis) + DX + 2 <= space;
  const isYear = (i: number) => i === 0 || months[i].getUTCMonth() === 0;
  const last = months.length - 1;
  const wholeMonths = months.slice(1, -1).map((_, i) => px(i + 2) - px(i + 1));
  const narrowest = Math.min(...(wholeMonths.length ? wholeMonths : [width - px(0)]));
  const initials = MONTHS.some((name) => !room(name, narrowest));
  const textOf = (i: number): string | undefined => {
    const month = MONTHS[months[i].getUTCMonth()];
    const next = i < last ? px(i + 1) : width;
    if (!isYear(i)) return [initials ? month.charAt(0) : month].find((t) => room(t, next - px(i))) ?? (i === last ? month.charAt(0) : undefined);
    // A year that does not fit its month runs over the months after it: their names give way.
    const year = String(months[i].getUTCFullYear());
    return [message(locale, 'chart.timeline.yearTick', { month, year }), year].find((t) => room(t, next - px(i))) ?? year;
  };
  // Who goes first: the first tick, the last, each year, then the other months in order.
  const order = [0, ...(last > 0 ? [last] : []), ...months.map((_, i) => i).filter((i) => i > 0 && i < last && isYear(i)),
    ...months.map((_, i) => i).filter((i) => i > 0 && i < last && !isYear(i))];
  const taken: [number, number][] = [];
  const ticks: Tick[] = [];
  for (const i of order) {
    const text = textOf(i);
    if (!text) continue;
    const span: [number, number] = [px(i) + DX, px(i) + DX + spareWidth(text, FONT.axis)];
    const free = span[1] <= width && taken.every(([a, b]) => span[1] + 4 <= a || span[0] >= b + 4);
    if (!free && i !== 0) continue;
    taken.push(span);
    ticks.push({ at: plot.at(months[i]), text });
  }
  return ticks.sort((a, b) => a.at - b.at);
}

/** The months in view and their names, at the layout width and, where they differ, at a wider box. */
export function placeAxis(rows: TimelineRows, plot: Plot, locale: Locale = 'en'): Axis {
  const d0 = day(rows.start);
  const d1 = day(rows.end);
  const months = utcMonth.range(utcMonth.ceil(d0), utcMonth.offset(d1, 1)).filter((m) => m <= d1);
  if (!months.length || +months[0] !== +d0) months.unshift(d0);
  const narrow = ticksAt(months, plot, plot.width, locale);
  const same = (a: Tick[], b: Tick[]) => a.length === b.length && a.every((t, i) => t.text === b[i].text);
  for (const from of BREAKPOINTS.filter((b) => b > plot.width)) {
    const ticks = ticksAt(months, plot, from, locale);
    if (ticks.length >= narrow.length && !same(ticks, narrow)) return { months, narrow, rich: { from, ticks } };
  }
  return { months, narrow };
}

/** The gridlines, from the axis down to the plot's bottom, under everything else. */
export function drawGrid(svg: Element, axis: Axis, plot: Plot, top: number, bottom: number): void {
  const g = el(svg, 'g', { class: 'axis' });
  for (const m of axis.months) el(g, 'line', { class: 'grid', x1: plot.x(m), x2: plot.x(m), y1: top + 2, y2: bottom });
}

/** The month names, drawn last so their halo interrupts the key-date rules that cross them. */
export function drawAxisLabels(svg: Element, axis: Axis, top: number): void {
  const sets = axis.rich ? [[axis.narrow, `until-${axis.rich.from}`], [axis.rich.ticks, `from-${axis.rich.from}`]] as const : [[axis.narrow, undefined]] as const;
  for (const [ticks, variant] of sets) {
    const g = el(svg, 'g', { class: variant ? `axis axis-labels ${variant}` : 'axis axis-labels' });
    for (const t of ticks) el(g, 'text', { x: pct(t.at), dx: DX, y: top + 13 }, t.text);
  }
}
