import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/figures/dom';
import { deportees } from '../../src/charts/deportees';
import { textWidth } from '../../src/charts/svg';
import type { ChartState } from '../../src/model/chartState';
import { deporteeRows } from '../../src/derive/deportees';
import { describeDeportees } from '../../src/words/deportees';
import { loadContent } from '../../src/validation/load';

/** The seed's records, frozen for these snapshots (tests/fixtures/seed/README.md). */
const content = loadContent(resolve(import.meta.dirname, '../fixtures/seed'));
const draw = (width: number, state: ChartState = {}) => {
  const rows = deporteeRows(content.countries, state);
  return deportees(rows, { document: createDocument(), width, id: 'd', title: 'Deportees', description: describeDeportees(rows), state });
};

describe('deportees chart', () => {
  it('draws received, returned and pledged as distinct, directly labelled marks', () => {
    const svg = draw(960);
    const costaRica = svg.querySelector('[data-key="costa-rica"]')!;
    expect(costaRica.querySelector('.bar-received')).not.toBeNull();
    expect(costaRica.querySelector('.bar-returned')?.getAttribute('fill')).toBe('url(#d-hatch)');
    expect(costaRica.querySelector('.value')?.textContent).toBe('200 received, 107 returned home');
    expect(svg.querySelector('[data-key="kosovo"] .bar-pledged')).not.toBeNull();
    expect(svg.querySelector('[data-key="kosovo"] .value')?.textContent).toBe('up to 50 pledged');
  });
  it('marks a vague number in words and with an open end', () => {
    const panama = draw(960).querySelector('[data-key="panama"]')!;
    expect(panama.querySelector('.value')?.textContent).toBe('about 300 received');
    expect(panama.querySelector('.bar-received')?.getAttribute('class')).toContain('approx');
    expect(panama.querySelector('.approx-end')).not.toBeNull();
  });
  it('scales bars to their values, in percent of the chart\'s width', () => {
    const svg = draw(280);
    const width = (slug: string) => svg.querySelector(`[data-key="${slug}"] .bar-received`)!.getAttribute('width')!;
    expect(width('panama')).toBe('100%');
    expect(parseFloat(width('costa-rica')) / parseFloat(width('panama'))).toBeCloseTo(200 / 300, 3);
  });
  it('is fluid: as wide as its box, as tall at every width, with no viewBox to scale its text', () => {
    const svg = draw(280);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
  });
  it('puts a value after its bar where it fits in the narrowest box, else under the bar', () => {
    const svg = draw(280);
    const value = (slug: string) => svg.querySelector(`[data-key="${slug}"] .value`)!;
    // Panama's bar fills the width: its value goes under it, at the left edge.
    expect(value('panama').getAttribute('x')).toBe('0');
    // Kosovo's "up to 50 pledged" fits after its short bar, 8 px on (6, and 2 for the dotted end of a vague figure).
    expect(value('kosovo').getAttribute('x')).toMatch(/%$/);
    expect(value('kosovo').getAttribute('dx')).toBe('8');
  });
  it('breaks a value too long for the narrowest box after its comma, each line fitting it', () => {
    const rows = {
      known: [{ slug: 'x', name: 'Xland', status: 'received' as const, received: { value: 1200, unit: 'people' as const, approx: true, qualifier: 'up to' as const }, returned: { value: 1100, unit: 'people' as const, approx: true, qualifier: 'about' as const } }],
      unknown: [],
    };
    const svg = deportees(rows, { document: createDocument(), width: 280, id: 'w', title: 'T', description: 'D' });
    const lines = [...svg.querySelectorAll('[data-key="x"] .value tspan')].map((t) => t.textContent!);
    expect(lines).toEqual(['up to 1,200 received,', 'about 1,100 returned home']);
    for (const line of lines) expect(textWidth(line, 13) * 1.1).toBeLessThanOrEqual(280);
    expect(svg.querySelector('[data-key="x"] .value')!.getAttribute('x')).toBe('0');
  });
  it('names countries with no number instead of drawing empty bars', () => {
    const svg = draw(960);
    expect(svg.querySelectorAll('.mark')).toHaveLength(5);
    expect(svg.querySelector('.unknown-heading')?.textContent).toBe('No number reported for 20 countries:');
    expect([...svg.querySelectorAll('.unknown-names')].map((t) => t.textContent).join(' ')).toContain('São Tomé and Príncipe');
    expect(svg.querySelector('[data-key="angola"]')).toBeNull();
  });
  it('mutes the countries a state does not highlight', () => {
    const svg = draw(960, { highlight: ['kosovo'] });
    expect(svg.querySelector('[data-key="kosovo"]')?.getAttribute('class')).toContain('highlighted');
    expect(svg.querySelector('[data-key="panama"]')?.getAttribute('class')).toContain('muted');
  });
  it('is an image with a title and a description of its main values', () => {
    const svg = draw(360);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('d-title d-desc');
    expect(svg.querySelector('#d-desc')?.textContent).toContain('Costa Rica 200 (107 of whom have returned home)');
    expect(svg.outerHTML).not.toMatch(/<style|\sstyle=/);
  });
  it('gives the same bytes for the same records', () => {
    expect(draw(960).outerHTML).toBe(draw(960).outerHTML);
  });
  it('matches its snapshots', async () => {
    // One drawing for every width, laid out at the narrowest (280 px) and at a wider layout width.
    await expect(draw(280).outerHTML).toMatchFileSnapshot('./output/deportees.svg');
    await expect(draw(360).outerHTML).toMatchFileSnapshot('./output/deportees-narrow.svg');
    await expect(draw(280, { highlight: ['costa-rica', 'panama'] }).outerHTML).toMatchFileSnapshot('./output/deportees-highlight.svg');
    await expect(draw(280, { statuses: ['agreed'] }).outerHTML).toMatchFileSnapshot('./output/deportees-agreed.svg');
  });
});
