/**
 * `status`: where every negotiation stands. Each country is a named chip; chips are grouped in
 * rows by status (strongest commitment first) and ordered by region inside a row, with a small
 * region caption where a region starts.
 *
 * Fluid, in bands: chips flow into rows, and how many fit in a row depends on the width, so the
 * chart is laid out for a few widths (STATUS_BANDS); the page shows the drawing of the band its box
 * is in. Each drawing is fluid inside its band: chips start at percentages of the width and keep
 * their size in CSS pixels, so a chip that fits at the band's narrowest width fits wider.
 */
import type { StatusGroup } from '../derive/status';
import { el, fluidRoot, pct, textWidth } from './svg';
import type { Chart } from './types';
import type { Locale } from '../words/locale';
import { message } from '../words/messages';

const FONT = 13;
/** The region captions' size, as set in status.css. */
const CAPTION = 11;
const CHIP = 24;
const PAD = 8;
/** Estimates of text width get a tenth more, so another sans-serif font does not make a label spill. */
const SPARE = 1.1;

/** The widths the status chart is laid out for; each drawing serves its width up to the next one's. */
export const STATUS_BANDS = [280, 480, 760] as const;

interface Chip { slug: string; name: string; region: string; x: number; y: number; w: number; caption?: string }

/** Flows a group's chips into rows from `left`, wrapping before the width; returns them and the group's bottom. */
function flow(group: StatusGroup, top: number, left: number, width: number, narrow: boolean, locale: Locale): { chips: Chip[]; bottom: number } {
  let cy = top + (narrow ? 28 : 14);
  let cx = left;
  let region = '';
  const chips = group.countries.map((c) => {
    const caption = c.region !== region ? message(locale, `region.${c.region}`) : undefined;
    region = c.region;
    const w = textWidth(c.name, FONT) * SPARE + 2 * PAD + 12;
    // A region caption sits above its first chip: leave room so captions never run together.
    const advance = Math.max(w, caption ? textWidth(caption.toUpperCase(), CAPTION) * 1.2 * SPARE + 4 : 0);
    if (cx + advance > width && cx > left) {
      cx = left;
      cy += CHIP + 20;
    }
    const chip = { ...c, x: cx, y: cy, w, caption };
    cx += advance + 6;
    return chip;
  });
  return { chips, bottom: cy + CHIP + 20 };
}

export const status: Chart<StatusGroup[]> = (groups, options) => {
  const { width, state = {}, locale = 'en' } = options;
  const narrow = width < 560;
  const groupLabel = (g: StatusGroup) => message(locale, 'chart.status.groupLabel', { label: message(locale, `status.${g.status}`), count: g.countries.length });
  // Chips start right of the longest group label, in bold (190 px holds every English one), or under it when narrow.
  const labelWidth = narrow ? 0 : Math.max(190, ...groups.map((g) => Math.ceil(textWidth(groupLabel(g), FONT) * 1.08) + 8));
  const highlight = new Set(state.highlight ?? []);

  const layout: { group: StatusGroup; top: number; chips: Chip[] }[] = [];
  let y = 0;
  for (const group of groups) {
    const { chips, bottom } = flow(group, y, labelWidth, width, narrow, locale);
    layout.push({ group, top: y, chips });
    y = bottom;
  }

  const svg = fluidRoot(options, Math.max(y - 6, 10), 'chart-status');
  const x = (px: number) => (px === 0 ? 0 : pct(px / width));
  for (const { group, top, chips } of layout) {
    const g = el(svg, 'g', { class: `group status-${group.status}` });
    // One tooltip for the row, over any of its chips: what the status means.
    el(g, 'title', {}, message(locale, `chart.status.title.${group.status}`));
    el(g, 'line', { x1: 0, x2: '100%', y1: top + 0.5, y2: top + 0.5, class: 'rule' });
    el(g, 'text', { x: 0, y: top + 18, class: 'group-label' }, groupLabel(group));
    for (const chip of chips) {
      const muted = highlight.size > 0 && !highlight.has(chip.slug);
      const m = el(g, 'g', { class: `mark chip${muted ? ' muted' : ''}${highlight.has(chip.slug) ? ' highlighted' : ''}`, 'data-key': chip.slug });
      if (chip.caption) el(m, 'text', { x: x(chip.x), y: chip.y + 2, class: 'region' }, chip.caption.toUpperCase());
      el(m, 'rect', { x: x(chip.x), y: chip.y + 6, width: chip.w, height: CHIP, rx: 3, class: 'chip-bg' });
      el(m, 'rect', { x: x(chip.x), y: chip.y + 6, width: 5, height: CHIP, class: 'swatch' });
      el(m, 'text', { x: x(chip.x), dx: PAD + 5, y: chip.y + 6 + CHIP / 2 + 4.5, class: 'name' }, chip.name);
    }
  }
  return svg;
};
