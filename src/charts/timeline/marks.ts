/**
 * The marks: one group per event, with its shape in every lane it involves. A date known to the day
 * is the family's symbol at that day; a month, part of a month or a span is also a capsule over
 * every day it could mean, cut flat where it runs on past the dates shown. On a country's single
 * lane each mark carries its title above it. Positions across are percentages of the box.
 */
import type { Mark, TimelineRows } from '../../derive/timeline';
import { formatPartialDate } from '../../words/dates';
import type { Locale } from '../../words/locale';
import { el, pct } from '../svg';
import { CAPSULE, LINE, PITCH, type LaneLayout, type MarkLabel, type Plot, type Slot } from './layout';
import { drawSymbol, type SymbolDefs } from './symbols';

/** A capsule over every day the date can mean; one that runs on past the dates shown is cut flat at the box's edge. */
function drawCapsule(g: Element, m: Mark, rows: TimelineRows, plot: Plot, cy: number, extra: string): void {
  const cutStart = m.start < rows.start;
  const cutEnd = m.end > rows.end;
  const x0 = plot.at(m.start);
  const x1 = plot.at(m.end);
  const rect = { y: cy - CAPSULE / 2, height: CAPSULE, rx: CAPSULE / 2 };
  if (!cutStart && !cutEnd) {
    el(g, 'rect', { class: `capsule${extra}`, x: pct(x0), width: pct(Math.max(0.001, x1 - x0)), ...rect });
    return;
  }
  // It pokes out past the domain's edge to the box's: a rounded end beyond the box, clipped flat
  // by a nested <svg> as wide as the box (its percentages are the box's).
  const clip = el(g, 'svg', { class: 'clip', x: 0, y: rect.y, width: '100%', height: CAPSULE });
  const a = cutStart ? -0.05 : x0;
  const b = cutEnd ? 1.05 : x1;
  el(clip, 'rect', { class: `capsule cut${extra}`, x: pct(a), y: 0, width: pct(b - a), height: CAPSULE, rx: CAPSULE / 2 });
}

/** A mark's title over it, bottom line just above the mark; a wider form, if any, in its own text from its box width on. */
function drawLabel(g: Element, label: MarkLabel, cy: number): void {
  const forms = label.wide ? [[label, ` until-${label.wide.from}`], [label.wide, ` from-${label.wide.from}`]] as const : [[label, '']] as const;
  for (const [{ lines, anchor, x, dx }, variant] of forms) {
    const y = cy - PITCH / 2 - 6 - (lines.length - 1) * LINE.label;
    const t = el(g, 'text', { class: `mark-label${variant}`, 'text-anchor': anchor === 'end' ? 'end' : undefined, y });
    lines.forEach((line, i) => el(t, 'tspan', { x, dx, dy: i === 0 ? undefined : LINE.label }, line));
  }
}

/**
 * Draws every mark drawn one by one. Outside a highlight a mark recedes (its shapes outlined in a
 * lighter colour, class `muted`); one that also involves a highlighted lane stays, and only its
 * shapes in the other lanes recede.
 */
export function drawMarks(parent: Element, marks: Mark[], rows: TimelineRows, layouts: LaneLayout[], plot: Plot, highlight: Set<string> | null, symbols: SymbolDefs, locale: Locale = 'en'): void {
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
    const someHighlighted = highlight && at.some((a) => !a.muted);
    const g = el(parent, 'g', { class: `mark family-${m.family}${allMuted ? ' muted' : someHighlighted ? ' highlighted' : ''}`, 'data-key': m.id });
    el(g, 'title', {}, `${formatPartialDate(m.date, locale)}: ${m.title}`);
    for (const { slot, muted } of at) {
      const extra = muted && !allMuted ? ' muted' : '';
      if (!m.point) drawCapsule(g, m, rows, plot, slot.cy, extra);
      drawSymbol(symbols, g, m.family, plot.x(m.start), slot.cy, `symbol${extra}`);
      if (slot.label) drawLabel(g, slot.label, slot.cy);
    }
  }
}
