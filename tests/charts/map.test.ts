/**
 * The world map, rendered from the story's own records: snapshots of each state, and the
 * behaviour readers rely on (one mark per country, labels for the small ones, the origin).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/figures/dom';
import { map } from '../../src/charts/map';
import { textWidth } from '../../src/charts/svg';
import type { ChartState } from '../../src/model/chartState';
import { mapRows } from '../../src/derive/map';
import { describeMap } from '../../src/words/map';
import { loadContent } from '../../src/validation/load';
import { STATUSES } from '../../src/model/vocabulary';

/** The seed's records, frozen for these snapshots (tests/fixtures/seed/README.md). */
const seedRoot = resolve(import.meta.dirname, '../fixtures/seed');
const { countries } = loadContent(seedRoot);
const SMALLEST = ['kosovo', 'eswatini', 'rwanda', 'sao-tome-and-principe'];

function render(width: number, state: ChartState = {}) {
  const rows = mapRows(countries, state);
  return map(rows, {
    document: createDocument(),
    width,
    id: 'map',
    title: 'Where the talks stand, country by country',
    description: describeMap(rows),
    state,
  });
}

const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll('.mark')];
const labelOf = (svg: SVGSVGElement, slug: string) => svg.querySelector(`.labels [data-for="${slug}"] text`);

describe('map chart', () => {
  it('matches the snapshots', async () => {
    await expect(render(960).outerHTML).toMatchFileSnapshot('./output/map.svg');
    await expect(render(360).outerHTML).toMatchFileSnapshot('./output/map-narrow.svg');
    await expect(render(960, { highlight: ['kosovo', 'eswatini'] }).outerHTML).toMatchFileSnapshot('./output/map-highlight.svg');
    await expect(render(960, { statuses: ['received', 'transit'] }).outerHTML).toMatchFileSnapshot('./output/map-received.svg');
  });

  it('draws one mark per story country, each titled with its name and status', () => {
    const svg = render(960);
    expect(countries).toHaveLength(25);
    const all = marks(svg);
    expect(all).toHaveLength(countries.length);
    expect(all.map((m) => m.getAttribute('data-key')).sort()).toEqual(countries.map((c) => c.slug).sort());
    for (const c of countries) {
      const mark = svg.querySelector(`.mark[data-key="${c.slug}"]`);
      expect(mark?.getAttribute('class')).toContain(`status-${c.status}`);
      expect(mark?.querySelector('title')?.textContent).toBe(`${c.name}: ${STATUSES[c.status].label}`);
      expect(mark?.querySelector('path.shape, circle.symbol'), c.slug).not.toBeNull();
    }
  });

  it('draws Kosovo from its shape (matched by name) and São Tomé and Príncipe as a symbol only', () => {
    const svg = render(960);
    expect(svg.querySelector('.mark[data-key="kosovo"] path.shape')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    expect(svg.querySelector('.mark[data-key="sao-tome-and-principe"] path.shape')).toBeNull();
    expect(svg.querySelector('.mark[data-key="sao-tome-and-principe"] circle.symbol')).not.toBeNull();
  });

  for (const width of [960, 360, 320]) {
    it(`gives the smallest countries a symbol and a legible label at ${width}px`, () => {
      const svg = render(width);
      expect(Number(svg.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
      for (const slug of SMALLEST) {
        const name = countries.find((c) => c.slug === slug)?.name;
        expect(svg.querySelector(`.mark[data-key="${slug}"] circle.symbol`), slug).not.toBeNull();
        expect(labelOf(svg, slug)?.textContent, slug).toBe(name);
        const x = Number(labelOf(svg, slug)?.getAttribute('x'));
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(width);
      }
    });
  }

  for (const width of [960, 360, 320]) {
    it(`keeps every label apart and inside the drawing at ${width}px`, () => {
      const svg = render(width);
      const size = Number(svg.getAttribute('font-size'));
      const boxes = [...svg.querySelectorAll('.labels text')].map((t) => {
        const w = textWidth(t.textContent ?? '', size) * 1.1;
        const x = Number(t.getAttribute('x'));
        const anchor = t.getAttribute('text-anchor');
        const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
        const y = Number(t.getAttribute('y'));
        return { text: t.textContent, x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.2 };
      });
      expect(boxes.length).toBeGreaterThanOrEqual(SMALLEST.length + 1);
      for (const b of boxes) {
        expect(b.x0, b.text ?? '').toBeGreaterThanOrEqual(0);
        expect(b.x1, b.text ?? '').toBeLessThanOrEqual(width);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `${a.text} / ${b.text}`).toBe(true);
        }
      }
    });
  }

  it('marks the United States as the origin, with a hatch and a label', () => {
    const svg = render(960);
    expect(svg.querySelector('.origin-label')?.textContent).toBe('United States');
    expect(svg.querySelector('.origin .origin-shape')?.getAttribute('fill')).toBe('url(#map-origin-hatch)');
    expect(svg.querySelector('pattern#map-origin-hatch')).not.toBeNull();
    expect(svg.querySelector('.origin-marker')).not.toBeNull();
  });

  it('has a legend of the statuses present, in vocabulary order', () => {
    const labels = (svg: SVGSVGElement) => [...svg.querySelectorAll('.legend-label')].map((t) => t.textContent);
    const present = Object.entries(STATUSES).filter(([s]) => countries.some((c) => c.status === s)).map(([, v]) => v.label);
    expect(labels(render(960))).toEqual([...present, 'United States, sending deportees']);
    expect(labels(render(960, { statuses: ['received', 'transit'] }))).toEqual(['Received deportees', 'Transit', 'United States, sending deportees']);
    // On a narrow render the legend wraps onto rows that stay inside the width.
    const narrow = render(360);
    const rows = new Set([...narrow.querySelectorAll('.legend-label')].map((t) => t.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('mutes the other countries when some are highlighted', () => {
    const svg = render(960, { highlight: ['kosovo', 'eswatini'] });
    for (const mark of marks(svg)) {
      const key = mark.getAttribute('data-key') ?? '';
      expect(mark.getAttribute('class')).toContain(['kosovo', 'eswatini'].includes(key) ? 'highlighted' : 'muted');
    }
    expect(render(960).querySelector('.muted')).toBeNull();
  });

  it('filters by status', () => {
    const svg = render(960, { statuses: ['received', 'transit'] });
    const expected = countries.filter((c) => c.status === 'received' || c.status === 'transit').map((c) => c.slug).sort();
    expect(marks(svg).map((m) => m.getAttribute('data-key')).sort()).toEqual(expected);
  });

  it('is accessible and safe under a strict CSP', () => {
    for (const svg of [render(960), render(360)]) {
      expect(svg.getAttribute('role')).toBe('img');
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(ids).toEqual(['map-title', 'map-desc']);
      for (const id of ids) expect(svg.querySelector(`#${id}`)?.textContent).toBeTruthy();
      const all = [...svg.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? '');
      expect(new Set(all).size).toBe(all.length);
      for (const id of all) expect(id.startsWith('map-')).toBe(true);
      const html = svg.outerHTML;
      expect(html).not.toContain('<style');
      expect(html).not.toContain(' style=');
      expect(html).not.toMatch(/\d\.\d{2,}/);
    }
  });

  it('renders the same bytes twice, and stays small', () => {
    expect(render(960).outerHTML).toBe(render(960).outerHTML);
    expect(render(360, { highlight: ['togo'] }).outerHTML).toBe(render(360, { highlight: ['togo'] }).outerHTML);
    expect(Buffer.byteLength(render(960).outerHTML)).toBeLessThan(150_000);
  });
});
