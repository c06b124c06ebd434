/**
 * The dense drawing: too many events to draw one by one ({@link timelineDense}), and each lane
 * becomes a row of cells, one per calendar month with events, shaded by how many of the lane's
 * events fall in it. Cells are placed in percent of the box, with px heights, so the drawing's
 * size depends on the lanes and months, never on the number of events.
 */
import { utcMonth } from 'd3-time';
import { timelineMonthCounts, type TimelineRows } from '../../derive/timeline';
import type { Locale } from '../../words/locale';
import { message } from '../../words/messages';
import { monthLabel } from '../../words/timeline';
import { el, pct } from '../svg';
import { day, type LaneLayout, type Plot } from './layout';

/**
 * The dense drawing's classes of cells, by the fewest events a cell of the class holds: few
 * classes, so a shade reads at a glance; the exact count is in each cell's tooltip.
 */
export const COUNT_CLASSES = [
  { min: 1, label: '1' },
  { min: 2, label: '2–4' },
  { min: 5, label: '5–9' },
  { min: 10, label: '10 or more' },
] as const;

/** Height of a row of cells: a country's single lane gets taller ones. */
export const CELL = { lanes: 12, single: 16 } as const;

/**
 * Draws, in each lane, one cell per calendar month with events, from the month's first day (or
 * the domain's) to the next month's, shaded by its class of count. A lane's cells form one mark
 * keyed by the country, so its row in the data table picks them out.
 */
export function drawCells(parent: Element, rows: TimelineRows, layouts: LaneLayout[], plot: Plot, highlight: Set<string> | null, locale: Locale = 'en'): void {
  const { months, counts } = timelineMonthCounts(rows);
  // A hair of white between neighbouring months: 1 px at the layout width, a little more wider.
  const gap = 1 / plot.width;
  const edges = months.map((m) => {
    const first = day(m.start);
    return [plot.at(first), plot.at(utcMonth.offset(first, 1))];
  });
  layouts.forEach(({ lane, cells }, i) => {
    const muted = highlight && !highlight.has(lane.slug);
    const g = el(parent, 'g', { class: `mark lane-cells${muted ? ' muted' : ''}`, 'data-key': lane.slug });
    counts[i].forEach((n, j) => {
      if (n === 0) return;
      const level = COUNT_CLASSES.findLastIndex((c) => n >= c.min) + 1;
      const [x0, x1] = edges[j];
      const cell = el(g, 'rect', { class: `cell count-${level}`, x: pct(x0), y: cells!.y, width: pct(Math.max(gap, x1 - x0 - gap)), height: cells!.height });
      el(cell, 'title', {}, message(locale, 'chart.timeline.cellTitle', { lane: lane.name, month: monthLabel(months[j].start, locale), count: n }));
    });
  });
}
