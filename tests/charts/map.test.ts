/**
 * The world map, rendered from the story's own records: snapshots of each state, and the
 * behaviour readers rely on (one mark per country, labels for the small ones, the origin).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/figures/dom';
import { map } from '../../src/charts/map';
import { FLUID_MIN_WIDTH, textWidth } from '../../src/charts/svg';
import { ASPECT } from '../../src/charts/mapGeo';
import type { ChartState } from '../../src/model/chartState';
import { mapRows } from '../../src/derive/map';
import { describeMap } from '../../src/words/map';
import { loadContent } from '../../src/validation/load';
import { STATUSES } from '../../src/model/vocabulary';

/** The seed's records, frozen for these snapshots (tests/fixtures/seed/README.md). */
const seedRoot = resolve(import.meta.dirname, '../fixtures/seed');
const { countries } = loadContent(seedRoot);
const SMALLEST = ['kosovo', 'eswatini', 'rwanda', 'sao-tome-and-principe'];
const css = readFileSync(resolve(import.meta.dirname, '../../src/charts/map.css'), 'utf8');

function render(width: number = FLUID_MIN_WIDTH, state: ChartState = {}) {
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

/** The story's map steps (content/story/index.md), by id. */
const STEPS: Record<string, ChartState> = {
  'diplomats-success': { highlight: ['panama', 'costa-rica', 'guatemala', 'honduras', 'peru'] },
  'honduras-base': { statuses: ['transit'], highlight: ['honduras'] },
  'further-afield': { highlight: ['ukraine', 'moldova', 'georgia', 'kosovo', 'uzbekistan', 'cambodia'] },
  'kosovo-in-return': { highlight: ['kosovo'] },
  'eswatini-meeting': { highlight: ['eswatini'] },
  'south-sudan-flight': { highlight: ['south-sudan'] },
};

const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll('.mark')];
/** A country's name: the label itself, or the text in its group with a leader line. */
const labelOf = (svg: SVGSVGElement, slug: string) => {
  const named = svg.querySelector(`.labels [data-for="${slug}"]`);
  return named?.matches('text') ? named : (named?.querySelector('text') ?? null);
};
/** The smallest box width a label shows from (its group's from-<px> class), 0 for every width. */
const bandOf = (text: Element) => Number(/\bfrom-(\d+)/.exec(text.closest('[data-for], .labels')?.getAttribute('class') ?? '')?.[1] ?? 0);
const viewBoxOf = (svg: SVGSVGElement) => (svg.querySelector('svg.geo')?.getAttribute('viewBox') ?? '').split(' ').map(Number);

/**
 * Each label's box as a box `width` px wide lays it out: percentages of the drawing (its height is
 * the legend's plus ASPECT × width) plus pixel offsets, inside an anchor's <svg> for callouts.
 */
function labelBoxes(svg: SVGSVGElement, width: number) {
  const size = Number(svg.getAttribute('font-size'));
  const height = Number(svg.getAttribute('height')) + Number(svg.getAttribute('data-height-per-width')) * (width - Number(svg.getAttribute('data-layout-width')));
  const at = (v: string | null, of: number) => (v?.endsWith('%') ? (parseFloat(v) / 100) * of : Number(v ?? 0));
  return [...svg.querySelectorAll('.labels text')].filter((t) => bandOf(t) <= width).map((t) => {
    const anchor = t.parentElement?.tagName.toLowerCase() === 'svg' ? t.parentElement : null;
    const x = (anchor ? at(anchor.getAttribute('x'), width) : 0) + at(t.getAttribute('x'), width) + Number(t.getAttribute('dx') ?? 0);
    const y = (anchor ? at(anchor.getAttribute('y'), height) : 0) + at(t.getAttribute('y'), height) + Number(t.getAttribute('dy') ?? 0);
    const bold = t.closest('.highlighted') || t.classList.contains('origin-label');
    const w = textWidth(t.textContent ?? '', size) * (bold ? 1.2 : 1.1);
    const a = t.getAttribute('text-anchor');
    const x0 = a === 'end' ? x - w : a === 'middle' ? x - w / 2 : x;
    return { text: t.textContent, x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.2, height };
  });
}

describe('map chart', () => {
  it('matches the snapshots: the world, a zoomed step, a status filter', async () => {
    await expect(render().outerHTML).toMatchFileSnapshot('./output/map.svg');
    await expect(render(FLUID_MIN_WIDTH, STEPS['honduras-base']).outerHTML).toMatchFileSnapshot('./output/map-honduras.svg');
    await expect(render(FLUID_MIN_WIDTH, STEPS['diplomats-success']).outerHTML).toMatchFileSnapshot('./output/map-highlight.svg');
    await expect(render(FLUID_MIN_WIDTH, { statuses: ['received', 'transit'] }).outerHTML).toMatchFileSnapshot('./output/map-received.svg');
  });

  it('is one fluid drawing: as wide as its box, its height growing with its width (map.css)', () => {
    const svg = render();
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('viewBox')).toBeNull();
    expect(Number(svg.getAttribute('data-height-per-width'))).toBe(ASPECT);
    const rows = Number(/legend-rows-(\d+)/.exec(svg.getAttribute('class') ?? '')?.[1]);
    expect(Number(svg.getAttribute('height'))).toBeCloseTo(rows * 19 + 4 + ASPECT * FLUID_MIN_WIDTH, 0);
    expect(css).toContain(`.chart-svg .chart-map.legend-rows-${rows} { height: calc(${rows * 19 + 4}px + ${ASPECT * 100}cqw); }`);
    const geo = svg.querySelector('svg.geo')!;
    const [, , w, h] = viewBoxOf(svg);
    expect(h / w).toBeCloseTo(ASPECT, 2);
    expect(geo.getAttribute('width')).toBe('100%');
  });

  it('draws one mark per story country, each titled with its name and status', () => {
    const svg = render();
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
    const svg = render();
    expect(svg.querySelector('.mark[data-key="kosovo"] path.shape')?.getAttribute('d')).toMatch(/^m-?[\d.]+,-?[\d.]+/);
    expect(svg.querySelector('.mark[data-key="sao-tome-and-principe"] path.shape')).toBeNull();
    expect(svg.querySelector('.mark[data-key="sao-tome-and-principe"] circle.symbol')).not.toBeNull();
  });

  it('gives the smallest countries a symbol and a label at every width, inside the drawing', () => {
    const svg = render();
    for (const slug of SMALLEST) {
      const name = countries.find((c) => c.slug === slug)?.name;
      expect(svg.querySelector(`.mark[data-key="${slug}"] circle.symbol`), slug).not.toBeNull();
      expect(labelOf(svg, slug)?.textContent, slug).toBe(name);
      expect(bandOf(labelOf(svg, slug)!), slug).toBe(0);
    }
  });

  it('zooms to the countries a step highlights, never to a speck: Honduras with Central America', () => {
    const world = viewBoxOf(render());
    const honduras = viewBoxOf(render(FLUID_MIN_WIDTH, STEPS['honduras-base']));
    expect(honduras[2] / world[2]).toBeGreaterThan(0.12);
    expect(honduras[2] / world[2]).toBeLessThan(0.3);
    // Guatemala, next door, is in the view; the United States is not.
    const svg = render(FLUID_MIN_WIDTH, STEPS['honduras-base']);
    expect(svg.querySelector('.mark[data-key="guatemala"] path.shape')).not.toBeNull();
    expect(svg.querySelector('.origin-marker')).toBeNull();
    for (const [step, state] of Object.entries(STEPS)) {
      const [, , w] = viewBoxOf(render(FLUID_MIN_WIDTH, state));
      expect(w, step).toBeLessThan(world[2]);
    }
  });

  it('names every highlighted country at every width, and draws it from finer shapes zoomed in', () => {
    for (const [step, state] of Object.entries(STEPS)) {
      const svg = render(FLUID_MIN_WIDTH, state);
      for (const slug of state.highlight ?? []) {
        const label = labelOf(svg, slug);
        expect(label?.textContent, `${step}: ${slug}`).toBe(countries.find((c) => c.slug === slug)?.name);
        expect(bandOf(label!), `${step}: ${slug}`).toBe(0);
        expect(label!.closest('.highlighted'), `${step}: ${slug}`).not.toBeNull();
      }
    }
    // Kosovo's 1:50m outline has many more points than its 1:110m one.
    const points = (svg: SVGSVGElement) => (svg.querySelector('.mark[data-key="kosovo"] path.shape')?.getAttribute('d')?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).length / 2;
    expect(points(render(FLUID_MIN_WIDTH, STEPS['kosovo-in-return']))).toBeGreaterThan(2 * points(render()));
  });

  for (const [name, state] of [['the world', {}], ...Object.entries(STEPS)] as [string, ChartState][]) {
    it(`keeps every label apart and inside the drawing at 280, 480, 720, 960 and 1280 px: ${name}`, () => {
      const svg = render(FLUID_MIN_WIDTH, state);
      for (const width of [280, 480, 720, 960, 1280]) {
        const boxes = labelBoxes(svg, width);
        expect(boxes.length).toBeGreaterThanOrEqual(1);
        for (const b of boxes) {
          expect(b.x0, `${b.text} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${b.text} at ${width}`).toBeLessThanOrEqual(width);
          expect(b.y1, `${b.text} at ${width}`).toBeLessThanOrEqual(b.height);
        }
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
            expect(apart, `${a.text} / ${b.text} at ${width}`).toBe(true);
          }
        }
      }
    });
  }

  it('marks the United States as the origin, with a hatch and a label', () => {
    const svg = render();
    expect(svg.querySelector('.origin-label')?.textContent).toBe('United States');
    expect(svg.querySelector('.origin .origin-shape')?.getAttribute('fill')).toBe('url(#map-origin-hatch)');
    expect(svg.querySelector('pattern#map-origin-hatch')).not.toBeNull();
    expect(svg.querySelector('.origin-marker')).not.toBeNull();
  });

  it('has a legend of the statuses present, in vocabulary order', () => {
    const labels = (svg: SVGSVGElement) => [...svg.querySelectorAll('.legend-label')].map((t) => t.textContent);
    const present = Object.entries(STATUSES).filter(([s]) => countries.some((c) => c.status === s)).map(([, v]) => v.label);
    expect(labels(render())).toEqual([...present, 'United States, sending deportees']);
    expect(labels(render(FLUID_MIN_WIDTH, { statuses: ['received', 'transit'] }))).toEqual(['Received deportees', 'Transit', 'United States, sending deportees']);
    // Laid out at the narrowest box, the legend wraps onto rows that stay inside its width.
    const narrow = render();
    const rows = new Set([...narrow.querySelectorAll('.legend-label')].map((t) => t.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('mutes the other countries when some are highlighted', () => {
    const svg = render(FLUID_MIN_WIDTH, { highlight: ['kosovo', 'eswatini'] });
    for (const mark of marks(svg)) {
      const key = mark.getAttribute('data-key') ?? '';
      expect(mark.getAttribute('class')).toContain(['kosovo', 'eswatini'].includes(key) ? 'highlighted' : 'muted');
    }
    expect(render().querySelector('.muted')).toBeNull();
  });

  it('filters by status', () => {
    const svg = render(FLUID_MIN_WIDTH, { statuses: ['received', 'transit'] });
    const expected = countries.filter((c) => c.status === 'received' || c.status === 'transit').map((c) => c.slug).sort();
    expect(marks(svg).map((m) => m.getAttribute('data-key')).sort()).toEqual(expected);
  });

  it('is accessible and safe under a strict CSP', () => {
    for (const svg of [render(), render(FLUID_MIN_WIDTH, STEPS['kosovo-in-return'])]) {
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
      // Coordinates to 0.1 (percentages to 0.01 %, and the height's growth with the width, aside).
      expect(html.replace(/[\d.]+%/g, '').replace(/data-height-per-width="[\d.]+"/, '')).not.toMatch(/\d\.\d{2,}/);
    }
  });

  it('renders the same bytes twice, and stays small', () => {
    expect(render().outerHTML).toBe(render().outerHTML);
    expect(render(FLUID_MIN_WIDTH, { highlight: ['togo'] }).outerHTML).toBe(render(FLUID_MIN_WIDTH, { highlight: ['togo'] }).outerHTML);
    expect(Buffer.byteLength(render().outerHTML)).toBeLessThan(150_000);
  });
});
