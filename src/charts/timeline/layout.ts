/**
 * The timeline's shared measures and its horizontal scale: text sizes, line heights, the symbols'
 * size, and where a day falls, as a fraction of the chart's width.
 *
 * The chart is fluid (src/charts/svg.ts, fluidRoot): one drawing for every width, laid out at the
 * narrowest box it must fit (`options.width`, 280 px on the site). Horizontal positions are
 * percentages of the box and text is set in CSS pixels, so whatever fits at the layout width
 * fits wider: gaps between percentages only grow. Text sizes below must match timeline.css.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { ChartState } from '../../model/chartState';
import type { Lane, Mark, TimelineRows } from '../../derive/timeline';
import { pct, textWidth } from '../svg';

/** Font sizes in px, as set in timeline.css. */
export const FONT = { lane: 12, axis: 11, legend: 11, note: 11, label: 12 } as const;
/** Lines of text, in px. */
export const LINE = { note: 13, label: 15, legend: 18 } as const;
/** Vertical distance between stacked marks in a lane, and the capsule's thickness. */
export const PITCH = 10;
export const CAPSULE = 6;
/** Half the width of a symbol, for packing marks and keeping them inside the plot. */
export const SYMBOL_R = 6;
/** Room between the drawing's edge and the domain's first or last day, in px at the layout width. */
const MARGIN = SYMBOL_R + 3;
/** Width estimates get a tenth more, so a wider sans-serif font than expected does not make a label spill. */
export const SPARE = 1.1;

/** The width a text takes, estimated, with the spare tenth. */
export const spareWidth = (text: string, fontSize: number) => textWidth(text, fontSize) * SPARE;

/** Many lanes with their names above them, or a country's single lane with a label over each mark. */
export type Mode = 'lanes' | 'single';

export const modeOf = (rows: TimelineRows, state: ChartState): Mode =>
  state.country !== undefined || rows.lanes.length === 1 ? 'single' : 'lanes';

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The chart's x scale for these rows, in px at layout width `width`: the domain's first day a
 * little in from the left edge, its last day as far in from the right. A day's x is the start of
 * that day (UTC). Divided by the width it is the fraction of the box, at every width.
 */
export function timelineScale(rows: TimelineRows, width: number, _state: ChartState = {}): ScaleTime<number, number> {
  return scaleUtc().domain([day(rows.start), day(rows.end)]).range([MARGIN, width - MARGIN]).clamp(true);
}

/** Where days fall across the box: fractions of its width (0–1), and the same as SVG percentages. */
export interface Plot {
  /** The layout width, in px. */
  width: number;
  /** A day (YYYY-MM-DD or a Date) as a fraction of the width. */
  at: (date: string | Date) => number;
  /** The same as a percentage for an SVG attribute: "42.5%". */
  x: (date: string | Date) => string;
  /** Fraction of the width of the domain's first and last day. */
  left: number;
  right: number;
}

export function plotOf(rows: TimelineRows, width: number): Plot {
  const scale = timelineScale(rows, width);
  const at = (date: string | Date) => scale(typeof date === 'string' ? day(date) : date) / width;
  return { width, at, x: (date) => pct(at(date)), left: MARGIN / width, right: 1 - MARGIN / width };
}

/** Greedy line breaking at spaces, by estimated width (with the spare tenth). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && spareWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Box widths, in px, from which a label may show a richer form (initials become "Feb", a wrapped
 * label one line): the drawing carries both forms and timeline.css shows one by a container query
 * on the chart's box (the narrow form outside it, so images, which have no box, show that).
 */
export const BREAKPOINTS = [480, 640, 800] as const;
export type Breakpoint = (typeof BREAKPOINTS)[number];

/** A lane's place in the drawing, worked out at the layout width. */
export interface LaneLayout {
  lane: Lane;
  top: number;
  height: number;
  /** Baseline of the lane's name, above its marks or cells. */
  labelY: number;
  /** The marks, one by one; none in the dense drawing. */
  slots: Slot[];
  /** The dense drawing's row of cells: its top and height. */
  cells?: { y: number; height: number };
}

/** A mark's place in a lane: its centre line, and on a country's single lane its label. */
export interface Slot {
  mark: Mark;
  cy: number;
  label?: MarkLabel;
}

/**
 * A label over a mark, anchored where it stays inside the box at every width: from the mark's
 * first day's left edge on (`start`), or ending at its last day's right edge (`end`); `wide` is the same text
 * on fewer lines, shown from a box width where it fits.
 */
export interface MarkLabel {
  anchor: 'start' | 'end';
  /** The anchor's x, a percentage of the box, and the offset from it in px. */
  x: string;
  dx: number;
  lines: string[];
  wide?: { from: Breakpoint } & Omit<MarkLabel, 'wide'>;
}

/** The widest of some lines, estimated with the spare tenth. */
export const widest = (lines: string[], fontSize: number) => Math.max(0, ...lines.map((l) => spareWidth(l, fontSize)));
