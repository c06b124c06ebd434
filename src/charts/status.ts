/**
 * `status`: where every negotiation stands. Each country is a named chip; chips are grouped in
 * rows by status (strongest commitment first) and ordered by region inside a row, with a small
 * region caption where a region starts.
 */
import type { StatusGroup } from '../derive/status';
import { REGIONS } from '../model/vocabulary';
import { el, svgRoot, textWidth } from './svg';
import type { Chart } from './types';

const FONT = 13;
const CHIP = 24;
const PAD = 8;

export const status: Chart<StatusGroup[]> = (groups, options) => {
  const { width, state = {} } = options;
  const narrow = width < 560;
  const labelWidth = narrow ? 0 : 170;
  const highlight = new Set(state.highlight ?? []);

  type Chip = { slug: string; name: string; region: string; x: number; y: number; w: number; caption?: string };
  const layout: { group: StatusGroup; top: number; chips: Chip[] }[] = [];
  let y = 0;
  for (const group of groups) {
    const top = y;
    let cy = top + (narrow ? 28 : 14);
    let cx = labelWidth;
    let region = '';
    const chips: Chip[] = group.countries.map((c) => {
      const caption = c.region !== region ? REGIONS[c.region].label : undefined;
      region = c.region;
      const w = textWidth(c.name, FONT) + 2 * PAD + 12;
      // A region caption sits above its first chip: leave room so captions never run together.
      const advance = Math.max(w, caption ? textWidth(caption.toUpperCase(), 9) * 1.15 + 4 : 0);
      if (cx + advance > width && cx > labelWidth) {
        cx = labelWidth;
        cy += CHIP + 18;
      }
      const chip = { ...c, x: cx, y: cy, w, caption };
      cx += advance + 6;
      return chip;
    });
    y = cy + CHIP + 18;
    layout.push({ group, top, chips });
  }

  const svg = svgRoot(options, Math.max(y - 6, 10), 'chart-status');
  for (const { group, top, chips } of layout) {
    const g = el(svg, 'g', { class: `group status-${group.status}` });
    el(g, 'line', { x1: 0, x2: width, y1: top + 0.5, y2: top + 0.5, class: 'rule' });
    el(g, 'text', { x: 0, y: top + 18, class: 'group-label' }, `${group.label} (${group.countries.length})`);
    for (const chip of chips) {
      const muted = highlight.size > 0 && !highlight.has(chip.slug);
      const m = el(g, 'g', { class: `mark chip${muted ? ' muted' : ''}${highlight.has(chip.slug) ? ' highlighted' : ''}`, 'data-key': chip.slug });
      el(m, 'title', {}, `${chip.name}: ${group.label.toLowerCase()}. ${chip.name} ${group.meaning}.`);
      if (chip.caption) el(m, 'text', { x: chip.x, y: chip.y + 2, class: 'region' }, chip.caption.toUpperCase());
      el(m, 'rect', { x: chip.x, y: chip.y + 6, width: chip.w, height: CHIP, rx: 3, class: 'chip-bg' });
      el(m, 'rect', { x: chip.x, y: chip.y + 6, width: 5, height: CHIP, class: 'swatch' });
      el(m, 'text', { x: chip.x + PAD + 5, y: chip.y + 6 + CHIP / 2 + 4.5, class: 'name' }, chip.name);
    }
  }
  return svg;
};
