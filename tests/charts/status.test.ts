import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/figures/dom';
import { status, STATUS_BANDS } from '../../src/charts/status';
import type { ChartState } from '../../src/model/chartState';
import { statusGroups } from '../../src/derive/status';
import { describeStatus } from '../../src/words/status';
import { loadContent } from '../../src/validation/load';

/** The seed's records, frozen for these snapshots (tests/fixtures/seed/README.md). */
const content = loadContent(resolve(import.meta.dirname, '../fixtures/seed'));
const draw = (width: number, state: ChartState = {}) => {
  const groups = statusGroups(content.countries, state);
  return status(groups, { document: createDocument(), width, id: 's', title: 'Status', description: describeStatus(groups), state });
};

describe('status chart', () => {
  it('shows every country as a named unit in its status group', () => {
    const svg = draw(960);
    expect(svg.querySelectorAll('.mark')).toHaveLength(content.countries.length);
    for (const c of content.countries) {
      const chip = svg.querySelector(`[data-key="${c.slug}"]`)!;
      expect(chip.querySelector('.name')?.textContent).toBe(c.name);
      expect(chip.parentElement?.getAttribute('class')).toBe(`group status-${c.status}`);
    }
  });
  it('orders groups from received to declined, with their counts', () => {
    const labels = [...draw(960).querySelectorAll('.group-label')].map((t) => t.textContent);
    expect(labels[0]).toBe('Received deportees (3)');
    expect(labels.at(-1)).toBe('Declined (1)');
  });
  for (const band of STATUS_BANDS) {
    it(`keeps chips inside the drawing at the narrowest width of its ${band} px band`, () => {
      const svg = draw(band);
      expect(svg.getAttribute('width')).toBe('100%');
      for (const rect of svg.querySelectorAll('.chip-bg')) {
        // x is a percentage of the width; the chip's own width is in CSS pixels.
        const x = rect.getAttribute('x')!;
        const left = x.endsWith('%') ? (parseFloat(x) / 100) * band : Number(x);
        expect(left + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(band);
      }
    });
  }
  it('shows each band from its width in status.css, matching STATUS_BANDS', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/charts/status.css'), 'utf8');
    const thresholds = [...css.matchAll(/@container chart \(width >= (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(thresholds).toEqual(STATUS_BANDS.slice(1));
  });
  it('filters by status and mutes what is not highlighted', () => {
    expect(draw(960, { statuses: ['targeted'] }).querySelectorAll('.mark')).toHaveLength(7);
    expect(draw(960, { highlight: ['kosovo'] }).querySelector('[data-key="moldova"]')?.getAttribute('class')).toContain('muted');
  });
  it('is an image named by its title and description, without inline styles', () => {
    const svg = draw(960);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('#s-desc')?.textContent).toMatch(/^25 countries by where their talks with the United States stand\./);
    expect(svg.outerHTML).not.toMatch(/<style|\sstyle=/);
  });
  it('matches its snapshots', async () => {
    // The widest and the narrowest band, and a story state.
    await expect(draw(760).outerHTML).toMatchFileSnapshot('./output/status.svg');
    await expect(draw(280).outerHTML).toMatchFileSnapshot('./output/status-narrow.svg');
    await expect(draw(760, { highlight: ['kosovo', 'moldova'] }).outerHTML).toMatchFileSnapshot('./output/status-highlight.svg');
  });
});
