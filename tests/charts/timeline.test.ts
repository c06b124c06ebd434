/**
 * The timeline chart drawn from the seed content: snapshots of its SVG in four states, and the
 * behaviour they must show (one mark per event, dates drawn at their true extent, accessible
 * names, no inline styles, deterministic output).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/charts/dom';
import { timeline, timelineScale } from '../../src/charts/timeline';
import type { ChartState } from '../../src/charts/types';
import { describeTimeline, timelineRows } from '../../src/lib/timeline';
import { loadContent } from '../../src/model/load';

const projectRoot = resolve(import.meta.dirname, '../..');
const content = loadContent(projectRoot);
const story = content.story!;
const period = { start: story.period.from.start, end: story.period.to.end };

function render(state: ChartState, width: number) {
  const rows = timelineRows(content.events, content.countries, state, period);
  const svg = timeline(rows, {
    document: createDocument(),
    width,
    id: 'timeline',
    title: 'When the United States asked, and what each country answered',
    description: describeTimeline(rows),
    state,
  });
  return { rows, svg };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The x extent of a capsule drawn as a rect. */
function capsuleExtent(svg: SVGSVGElement, key: string): [number, number] {
  const rect = svg.querySelector(`[data-key="${key}"] rect.capsule`);
  expect(rect).not.toBeNull();
  const x = Number(rect!.getAttribute('x'));
  return [x, x + Number(rect!.getAttribute('width'))];
}

describe('timeline chart', () => {
  it('loads valid seed content', () => {
    expect(content.issues).toEqual([]);
  });

  it.each([
    ['default', {}, 960, './output/timeline.svg'],
    ['narrow', {}, 360, './output/timeline-narrow.svg'],
    ['country', { country: 'kosovo' }, 640, './output/timeline-kosovo.svg'],
    ['highlight', { highlight: ['kosovo', 'rwanda'] }, 960, './output/timeline-highlight.svg'],
  ] as [string, ChartState, number, string][])('matches the %s snapshot', async (_name, state, width, file) => {
    const { svg } = render(state, width);
    await expect(svg.outerHTML).toMatchFileSnapshot(file);
  });

  it('draws one mark group per event', () => {
    const { svg } = render({}, 960);
    const marks = svg.querySelectorAll('.mark');
    expect(marks.length).toBe(content.events.length);
    const keys = [...marks].map((m) => m.getAttribute('data-key'));
    expect(new Set(keys)).toEqual(new Set(content.events.map((e) => e.id)));
  });

  it('draws a multi-country event in every lane it involves, inside its one mark', () => {
    const { svg } = render({}, 960);
    const cable = content.events.find((e) => e.date.text === '2025-03-12' && e.type === 'cable')!;
    expect(svg.querySelectorAll(`.mark[data-key="${cable.id}"] path.symbol`).length).toBe(cable.countries.length);
  });

  it.each([[960, {}], [360, {}], [640, { country: 'kosovo' }]] as [number, ChartState][])(
    'draws Kosovo\'s "2025-03" from 1 to 31 March (width %i)',
    (width, state) => {
      const { rows, svg } = render(state, width);
      const x = timelineScale(rows, width, state);
      const pressing = content.events.find((e) => e.countries.includes('kosovo') && e.date.text === '2025-03')!;
      const [x0, x1] = capsuleExtent(svg, pressing.id);
      expect(x0).toBeCloseTo(x(day('2025-03-01')), 0);
      expect(x1).toBeCloseTo(x(day('2025-03-31')), 0);
      expect(Math.abs(x0 - x(day('2025-03-01')))).toBeLessThanOrEqual(0.15);
      expect(Math.abs(x1 - x(day('2025-03-31')))).toBeLessThanOrEqual(0.15);
    },
  );

  it('draws a late-month date from the 21st to the last day, and a day as a symbol without a capsule', () => {
    const { rows, svg } = render({}, 960);
    const x = timelineScale(rows, 960);
    const [x0, x1] = capsuleExtent(svg, '2025-03-angola-nearing-deal');
    expect(Math.abs(x0 - x(day('2025-03-21')))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(x1 - x(day('2025-03-31')))).toBeLessThanOrEqual(0.15);
    const answer = svg.querySelector('[data-key="2025-05-12-kosovo-answer"]')!;
    expect(answer.querySelector('.capsule')).toBeNull();
    expect(answer.querySelector('path.symbol')!.getAttribute('transform')).toMatch(
      new RegExp(`^translate\\(${Math.round(x(day('2025-05-12')) * 10) / 10},`),
    );
  });

  it('gives every mark a native tooltip "date: title"', () => {
    const { svg } = render({}, 960);
    const answer = svg.querySelector('[data-key="2025-05-12-kosovo-answer"] > title');
    expect(answer?.textContent).toBe('12 May 2025: Kosovo says it will take up to 50 people');
    for (const mark of svg.querySelectorAll('.mark')) expect(mark.querySelector(':scope > title')?.textContent).toMatch(/^.+: .+$/);
  });

  it('annotates the inauguration and the 12 March cable with rules and labels', () => {
    const { svg } = render({}, 960);
    const milestone = svg.querySelector('[data-key="2025-01-20-trump-takes-office"]')!;
    expect(milestone.getAttribute('class')).toBe('mark family-milestone');
    expect(milestone.querySelector('line.rule')).not.toBeNull();
    expect(milestone.querySelector('.annotation-label')!.textContent).toMatch(/^20 January Trump takes office/);
    const cable = svg.querySelector('.annotation[data-key="2025-03-12-cable-nine-target-nations"]')!;
    expect(cable.querySelector('line.rule')).not.toBeNull();
    expect(cable.querySelector('.annotation-label')!.textContent).toMatch(/^12 March State Department cable/);
  });

  it('labels lanes with country names, one lane per country with events', () => {
    const { rows, svg } = render({}, 960);
    const involved = new Set(content.events.flatMap((e) => e.countries));
    expect(rows.lanes.length).toBe(involved.size);
    const labels = [...svg.querySelectorAll('.lane-label')].map((t) => t.textContent);
    expect(labels).toEqual(rows.lanes.map((l) => l.name));
  });

  it('mutes the lanes and marks outside the highlight', () => {
    const { svg } = render({ highlight: ['kosovo', 'rwanda'] }, 960);
    const muted = [...svg.querySelectorAll('.lane.muted')].map((l) => l.getAttribute('data-lane'));
    expect(muted).not.toContain('kosovo');
    expect(muted).not.toContain('rwanda');
    expect(muted.length).toBe(new Set(content.events.flatMap((e) => e.countries)).size - 2);
    expect(svg.querySelector('[data-key="2025-05-12-kosovo-answer"]')!.getAttribute('class')).not.toMatch(/muted/);
    expect(svg.querySelector('[data-key="2025-02-panama-hotel"]')!.getAttribute('class')).toMatch(/\bmuted\b/);
    // The cable names Rwanda: its mark stays, only its shapes in other lanes recede.
    const cable = svg.querySelector('.mark[data-key="2025-03-12-cable-nine-target-nations"]')!;
    expect(cable.getAttribute('class')).not.toMatch(/muted/);
    const classes = [...cable.querySelectorAll('path')].map((p) => p.getAttribute('class'));
    expect(classes.filter((c) => c === 'symbol muted')).toHaveLength(8);
    expect(classes.filter((c) => c === 'symbol')).toHaveLength(1);
  });

  it('shows a single short lane with direct labels for a country page', () => {
    const { svg } = render({ country: 'kosovo' }, 640);
    expect(svg.querySelectorAll('.lane').length).toBe(1);
    const labels = [...svg.querySelectorAll('.mark-label')].map((t) => t.textContent);
    expect(labels).toContain('Kosovo says it will take up to 50 people');
    expect(Number(svg.getAttribute('height'))).toBeLessThan(400);
  });

  it('grows with the number of lanes, about 26–32 px each', () => {
    const { rows, svg } = render({}, 960);
    const bottoms = [...svg.querySelectorAll('.lane-rule')].map((l) => Number(l.getAttribute('y1')));
    expect(bottoms).toHaveLength(rows.lanes.length);
    const gaps = bottoms.slice(1).map((b, i) => b - bottoms[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(26);
    const mean = (bottoms[bottoms.length - 1] - bottoms[0]) / gaps.length;
    expect(mean).toBeGreaterThan(26);
    expect(mean).toBeLessThan(34);
    const fewer = render({ types: ['refusal', 'payment'] }, 960).svg;
    expect(Number(fewer.getAttribute('height'))).toBeLessThan(Number(svg.getAttribute('height')) - 20 * 26);
  });

  it('is named for screen readers', () => {
    const { svg } = render({}, 960);
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids).toHaveLength(2);
    expect(svg.querySelector(`title[id="${ids[0]}"]`)?.textContent).toBeTruthy();
    expect(svg.querySelector(`desc[id="${ids[1]}"]`)?.textContent).toMatch(/^The timeline shows 38 events involving 25 countries/);
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
  });

  it.each([[960, {}], [360, {}], [640, { country: 'kosovo' }], [960, { highlight: ['kosovo'] }]] as [number, ChartState][])(
    'has no inline styles and is deterministic (width %i)',
    (width, state) => {
      const a = render(state, width).svg.outerHTML;
      const b = render(state, width).svg.outerHTML;
      expect(a).toBe(b);
      expect(a).not.toContain('<style');
      expect(a).not.toContain(' style=');
      expect(a).not.toMatch(/ fill="| stroke="/);
      expect(a).not.toMatch(/NaN|undefined|Infinity/);
    },
  );

  it('clips marks to a narrower window, keeping the ones that overlap it', () => {
    const state: ChartState = { from: '2025-04-01', to: '2025-05-31' };
    const { rows, svg } = render(state, 960);
    const x = timelineScale(rows, 960, state);
    expect(svg.querySelector('[data-key="2025-03-12-cable-nine-target-nations"]')).toBeNull();
    const pledge = svg.querySelector('[data-key="2025-04-rwanda-agrees-ten-more"] .capsule')!;
    expect(pledge.getAttribute('class')).toContain('cut');
    expect(x(day('2025-06-30'))).toBe(x(day('2025-05-31')));
  });
});
