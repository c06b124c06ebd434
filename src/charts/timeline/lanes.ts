/**
 * The lanes, one per country, stacked down the drawing: each lane's name on a line of its own above
 * its marks (the marks' x are percentages of the box, which a column of names in px could not sit
 * beside), its marks packed into as few tracks as they need, or its row of cells when dense. All
 * laid out at the layout width, so marks apart there stay apart in every wider box.
 */
import type { Lane, Mark, TimelineRows } from '../../derive/timeline';
import { el, pct } from '../svg';
import { CELL } from './dense';
import {
  BREAKPOINTS, FONT, LINE, PITCH, SYMBOL_R, widest, wrap,
  type LaneLayout, type MarkLabel, type Mode, type Plot, type Slot,
} from './layout';

/** The line of a lane's name, above its marks, and its name's baseline in it. */
const NAME = { height: 15, baseline: 11 } as const;
/** The widest a mark's label may be before it wraps, in px: in the narrowest box, and in a wider one. */
const LABEL_MAX = { narrow: 320, wide: 480 } as const;

/** Stacks a lane's marks into as few tracks as they need without touching, at the layout width. */
function pack(marks: Mark[], plot: Plot): number[] {
  const ends: number[] = [];
  return marks.map((m) => {
    const x0 = plot.at(m.start) * plot.width - SYMBOL_R;
    const x1 = Math.max(plot.at(m.end) * plot.width, x0 + 2 * SYMBOL_R);
    let t = ends.findIndex((e) => e + 3 <= x0);
    if (t < 0) t = ends.length;
    ends[t] = x1;
    return t;
  });
}

/**
 * A country page's mark label, over its mark: from the mark's left edge rightwards, or ending at
 * its right edge, whichever needs fewer lines at the layout width (the right first); and, where a
 * wider box fits it on fewer lines, the form on the fewest lines from there on. Either anchor stays inside the box
 * at every wider width, since the room on its side only grows.
 */
export function placeMarkLabel(m: Mark, plot: Plot): MarkLabel {
  const first = plot.at(m.start);
  const last = Math.max(plot.at(m.end), first);
  const at = (width: number): Omit<MarkLabel, 'wide'> => {
    const max = width > plot.width ? LABEL_MAX.wide : LABEL_MAX.narrow;
    const option = (anchor: 'start' | 'end') => {
      const room = anchor === 'start' ? width - (first * width - SYMBOL_R) - 1 : last * width + SYMBOL_R - 1;
      const lines = wrap(m.title, FONT.label, Math.min(max, room));
      return { anchor, lines, fits: widest(lines, FONT.label) <= room };
    };
    const [right, left] = [option('start'), option('end')];
    const best = right.fits && (!left.fits || right.lines.length <= left.lines.length) ? right : left;
    return best.anchor === 'start'
      ? { anchor: 'start', x: pct(first), dx: -SYMBOL_R, lines: best.lines }
      : { anchor: 'end', x: pct(last), dx: SYMBOL_R, lines: best.lines };
  };
  const label = at(plot.width);
  // The wider form on the fewest lines, from the narrowest box that fits it so.
  let best: MarkLabel['wide'];
  for (const from of BREAKPOINTS.filter((b) => b > plot.width)) {
    const wide = at(from);
    if (wide.lines.length < (best ?? label).lines.length) best = { from, ...wide };
  }
  return best ? { ...label, wide: best } : label;
}

/** A country's single lane: each mark on a line of its own, under its label. */
function singleSlots(lane: Lane, plot: Plot, top: number): { slots: Slot[]; bottom: number } {
  let y = top + NAME.height + 4;
  const slots = lane.marks.map((mark) => {
    const label = placeMarkLabel(mark, plot);
    y += label.lines.length * LINE.label + 3;
    const slot = { mark, cy: y + PITCH / 2, label };
    y += PITCH + 8;
    return slot;
  });
  return { slots, bottom: y };
}

/** Each lane's place from `top` down, and the plot's bottom under the last lane. */
export function placeLanes(rows: TimelineRows, plot: Plot, mode: Mode, dense: boolean, top: number): { layouts: LaneLayout[]; bottom: number } {
  const layouts: LaneLayout[] = [];
  let y = top;
  for (const lane of rows.lanes) {
    const labelY = y + NAME.baseline;
    if (dense) {
      const cell = CELL[mode];
      layouts.push({ lane, top: y, height: NAME.height + cell + 5, labelY, slots: [], cells: { y: y + NAME.height + 1, height: cell } });
    } else if (mode === 'single') {
      const { slots, bottom } = singleSlots(lane, plot, y);
      layouts.push({ lane, top: y, height: bottom - y, labelY, slots });
    } else {
      const tracks = pack(lane.marks, plot);
      const count = Math.max(1, ...tracks.map((t) => t + 1));
      const slots = lane.marks.map((mark, i) => ({ mark, cy: y + NAME.height + tracks[i] * PITCH + PITCH / 2 }));
      layouts.push({ lane, top: y, height: NAME.height + count * PITCH + 3, labelY, slots });
    }
    y += layouts[layouts.length - 1].height;
  }
  return { layouts, bottom: rows.lanes.length ? y : top + 30 };
}

/** A hairline under each lane, across the box. */
export function drawLaneRules(svg: Element, layouts: LaneLayout[]): void {
  const g = el(svg, 'g', { class: 'lane-rules' });
  for (const { top, height } of layouts) el(g, 'line', { class: 'lane-rule', x1: 0, x2: '100%', y1: top + height, y2: top + height });
}

/**
 * Lane names, over the rules that cross them (their halo interrupts the rules). Outside a
 * highlight a name recedes (a lighter colour, regular weight); inside it, it is bold.
 */
export function drawLaneNames(svg: Element, layouts: LaneLayout[], highlight: Set<string> | null): void {
  const g = el(svg, 'g', { class: 'lanes' });
  for (const { lane, labelY } of layouts) {
    const state = !highlight ? '' : highlight.has(lane.slug) ? ' highlighted' : ' muted';
    el(el(g, 'g', { class: `lane${state}`, 'data-lane': lane.slug }), 'text', { class: 'lane-label', x: 0, y: labelY }, lane.name);
  }
}
