/**
 * The timeline chart drawn from the seed content: snapshots of its SVG in four states, laid out at
 * the narrowest box (280 px: the chart is fluid, one drawing for every width), and the behaviour
 * they must show (one mark per event, dates drawn at their true extent, labels inside the box at
 * every width, accessible names, no inline styles, deterministic output). Then the dense drawing,
 * from generated records of a long-running tracker: cells by country and month, whose size never
 * follows the events.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/figures/dom';
import { FLUID_MIN_WIDTH, textWidth } from '../../src/charts/svg';
import { FAMILY_SYMBOLS, timeline, timelineScale } from '../../src/charts/timeline';
import type { ChartState } from '../../src/model/chartState';
import { EVENT_FAMILIES, timelineDense, timelineRows } from '../../src/derive/timeline';
import { describeTimeline, timelineTable } from '../../src/words/timeline';
import { parsePartialDate } from '../../src/model/dates';
import { loadContent } from '../../src/validation/load';
import type { Country, Event } from '../../src/model/schema';

/** The seed's records, frozen for these snapshots (tests/fixtures/seed/README.md). */
const seedRoot = resolve(import.meta.dirname, '../fixtures/seed');
const content = loadContent(seedRoot);
const story = content.story!;
const period = { start: story.period.from.start, end: story.period.to.end, keyEvents: story.key_events };

/** Draws the timeline of `records` (the seed's by default) with a state, at a width. */
function draw(records: { countries: Country[]; events: Event[] }, state: ChartState, width: number, p: { start: string; end: string; keyEvents?: readonly string[] }, title: string) {
  const rows = timelineRows(records.events, records.countries, state, p);
  const svg = timeline(rows, { document: createDocument(), width, id: 'timeline', title, description: describeTimeline(rows), state });
  return { rows, svg, html: svg.outerHTML };
}

const render = (state: ChartState, width: number) => draw(content, state, width, period, 'When the United States asked, and what each country answered');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The layout width of every drawing on the site. */
const W = FLUID_MIN_WIDTH;

/** An x attribute in percent of the box, in px in a box `width` wide. */
function px(value: string | null, width: number): number {
  expect(value).toMatch(/^-?[\d.]+%$/);
  return (parseFloat(value!) / 100) * width;
}

/** The x extent of a capsule drawn as a rect, in px in a box `width` wide. */
function capsuleExtent(svg: SVGSVGElement, key: string, width: number): [number, number] {
  const rect = svg.querySelector(`[data-key="${key}"] rect.capsule`);
  expect(rect).not.toBeNull();
  const x = px(rect!.getAttribute('x'), width);
  return [x, x + px(rect!.getAttribute('width'), width)];
}

/** A label's words as read: its lines (each a tspan with its own x) joined by spaces. */
function words(text: Element): string {
  const lines: string[] = [];
  for (const span of text.querySelectorAll('tspan')) {
    if (span.hasAttribute('x') || !lines.length) lines.push(span.textContent ?? '');
    else lines[lines.length - 1] += span.textContent;
  }
  return lines.length ? lines.join(' ') : text.textContent ?? '';
}

/** Whether a text with a richer form for wider boxes (until-480, from-480…) shows in a box `width` wide. */
function shows(text: Element, width: number): boolean {
  const classes = [...text.classList, ...(text.parentElement?.classList ?? [])];
  return classes.every((c) => {
    const m = /^(until|from)-(\d+)$/.exec(c);
    return !m || (m[1] === 'until' ? width < Number(m[2]) : width >= Number(m[2]));
  });
}

/**
 * Each line of every label a box `width` px wide shows, with its estimated extent in px (the
 * layout's own estimate, without its spare tenth): x in percent of the box or px, dx, anchor.
 */
function labelExtents(svg: SVGSVGElement, width: number): { text: string; left: number; right: number }[] {
  const out: { text: string; left: number; right: number }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    if (!shows(text, width)) continue;
    const size = /lane-label|mark-label/.test(text.getAttribute('class') ?? '') ? 12 : 11;
    const end = text.getAttribute('text-anchor') === 'end';
    const lines = text.querySelector('tspan[x]') ? [...text.querySelectorAll('tspan[x]')] : [text];
    for (const line of lines) {
      // A line is its positioned tspan and the unpositioned tspans after it (the date's rest).
      let words = line.textContent ?? '';
      for (let n = line.nextElementSibling; n && !n.hasAttribute('x'); n = n.nextElementSibling) words += n.textContent;
      const x = line.getAttribute('x') ?? text.getAttribute('x') ?? '0';
      const at = (x.endsWith('%') ? px(x, width) : Number(x)) + Number(line.getAttribute('dx') ?? text.getAttribute('dx') ?? 0);
      const w = textWidth(words, size);
      out.push({ text: words, left: end ? at - w : at, right: end ? at : at + w });
    }
  }
  return out;
}

describe('timeline chart', () => {
  it('loads valid seed content', () => {
    expect(content.issues).toEqual([]);
  });

  it.each([
    ['default', {}, './output/timeline.svg'],
    ['country', { country: 'kosovo' }, './output/timeline-kosovo.svg'],
    ['highlight', { highlight: ['kosovo', 'rwanda'] }, './output/timeline-highlight.svg'],
    // The story's "angola-deal" step: three countries, one highlighted, two months.
    ['from–to', { countries: ['angola', 'eswatini', 'moldova'], highlight: ['angola'], from: '2025-03', to: '2025-04' }, './output/timeline-angola-deal.svg'],
  ] as [string, ChartState, string][])('matches the %s snapshot, laid out at the narrowest box', async (_name, state, file) => {
    const { svg } = render(state, W);
    await expect(svg.outerHTML).toMatchFileSnapshot(file);
  });

  it('is fluid: as wide as its box, as tall at every width, with no viewBox to scale its text', () => {
    const { svg } = render({}, W);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(svg.getAttribute('data-layout-width')).toBe(String(W));
  });

  it.each([
    ['the overview', {}],
    ['a highlight', { highlight: ['kosovo', 'rwanda'] }],
    ['a from–to step', { countries: ['angola', 'eswatini', 'moldova'], highlight: ['angola'], from: '2025-03', to: '2025-04' }],
    ['Kosovo\'s page', { country: 'kosovo' }],
    ['Panama\'s page', { country: 'panama' }],
  ] as [string, ChartState][])('keeps every label of %s inside the box, in a box of 280 to 1440 px', (_name, state) => {
    const { svg } = render(state, W);
    for (const width of [W, 320, 479, 480, 639, 640, 800, 1000, 1440]) {
      const out = labelExtents(svg, width).filter((l) => l.left < -0.5 || l.right > width + 0.5);
      expect(out.map((l) => `${l.text} at ${width}: ${l.left.toFixed(1)}–${l.right.toFixed(1)}`)).toEqual([]);
    }
  });

  it('names lanes above their marks, bold where highlighted and in a lighter weight where muted', () => {
    const { svg } = render({ highlight: ['kosovo'] }, W);
    const kosovo = svg.querySelector('.lane[data-lane="kosovo"]')!;
    expect(kosovo.getAttribute('class')).toBe('lane highlighted');
    expect(svg.querySelector('.lane[data-lane="panama"]')!.getAttribute('class')).toBe('lane muted');
    const nameY = Number(kosovo.querySelector('text')!.getAttribute('y'));
    const symbols = [...svg.querySelectorAll('[data-key^="2025-0"][data-key*="kosovo"] use.symbol')].map((s) => Number(s.getAttribute('y')));
    expect(symbols.length).toBeGreaterThan(0);
    for (const y of symbols) expect(y - 6).toBeGreaterThan(nameY);
  });

  it('draws one mark group per event', () => {
    const { svg } = render({}, W);
    const marks = svg.querySelectorAll('.mark');
    expect(marks.length).toBe(content.events.length);
    const keys = [...marks].map((m) => m.getAttribute('data-key'));
    expect(new Set(keys)).toEqual(new Set(content.events.map((e) => e.id)));
  });

  it('draws a multi-country event in every lane it involves, inside its one mark', () => {
    const { svg } = render({}, W);
    const cable = content.events.find((e) => e.date.text === '2025-03-12' && e.type === 'cable')!;
    expect(svg.querySelectorAll(`.mark[data-key="${cable.id}"] use.symbol`).length).toBe(cable.countries.length);
  });

  it.each([[W, {}], [960, {}], [W, { country: 'kosovo' }]] as [number, ChartState][])(
    'draws Kosovo\'s "2025-03" from 1 to 31 March (laid out at %i px)',
    (width, state) => {
      const { rows, svg } = render(state, width);
      const x = timelineScale(rows, width, state);
      const pressing = content.events.find((e) => e.countries.includes('kosovo') && e.date.text === '2025-03')!;
      const [x0, x1] = capsuleExtent(svg, pressing.id, width);
      expect(x0).toBeCloseTo(x(day('2025-03-01')), 0);
      expect(x1).toBeCloseTo(x(day('2025-03-31')), 0);
      expect(Math.abs(x0 - x(day('2025-03-01')))).toBeLessThanOrEqual(0.15);
      expect(Math.abs(x1 - x(day('2025-03-31')))).toBeLessThanOrEqual(0.15);
    },
  );

  it('draws a late-month date from the 21st to the last day, and a day as a symbol without a capsule', () => {
    const { rows, svg } = render({}, 960);
    const x = timelineScale(rows, 960);
    const [x0, x1] = capsuleExtent(svg, '2025-03-angola-nearing-deal', 960);
    expect(Math.abs(x0 - x(day('2025-03-21')))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(x1 - x(day('2025-03-31')))).toBeLessThanOrEqual(0.15);
    const answer = svg.querySelector('[data-key="2025-05-12-kosovo-answer"]')!;
    expect(answer.querySelector('.capsule')).toBeNull();
    // The symbol is a <use> of its path at its day, in percent of the box (a transform takes no percentage).
    const at = answer.querySelector('use.symbol')!;
    expect(svg.querySelector(`defs > path[id="${at.getAttribute('href')!.slice(1)}"]`)).not.toBeNull();
    expect(Math.abs(px(at.getAttribute('x'), 960) - x(day('2025-05-12')))).toBeLessThanOrEqual(0.15);
  });

  it('gives every mark a native tooltip "date: title"', () => {
    const { svg } = render({}, W);
    const answer = svg.querySelector('[data-key="2025-05-12-kosovo-answer"] > title');
    expect(answer?.textContent).toBe('12 May 2025: Kosovo says it will take up to 50 people');
    for (const mark of svg.querySelectorAll('.mark')) expect(mark.querySelector(':scope > title')?.textContent).toMatch(/^.+: .+$/);
  });

  it('annotates the inauguration and the 12 March cable with rules and labels', () => {
    const { svg } = render({}, W);
    const milestone = svg.querySelector('[data-key="2025-01-20-trump-takes-office"]')!;
    expect(milestone.getAttribute('class')).toBe('mark family-milestone');
    expect(milestone.querySelector('line.rule')).not.toBeNull();
    expect(words(milestone.querySelector('.annotation-label')!)).toMatch(/^20 January Trump takes office/);
    const cable = svg.querySelector('.annotation[data-key="2025-03-12-cable-nine-target-nations"]')!;
    expect(cable.querySelector('line.rule')).not.toBeNull();
    expect(words(cable.querySelector('.annotation-label')!)).toMatch(/^12 March State Department cable/);
  });

  it('labels lanes with country names, one lane per country with events', () => {
    const { rows, svg } = render({}, W);
    const involved = new Set(content.events.flatMap((e) => e.countries));
    expect(rows.lanes.length).toBe(involved.size);
    const labels = [...svg.querySelectorAll('.lane-label')].map((t) => t.textContent);
    expect(labels).toEqual(rows.lanes.map((l) => l.name));
  });

  it('mutes the lanes and marks outside the highlight', () => {
    const { svg } = render({ highlight: ['kosovo', 'rwanda'] }, W);
    const muted = [...svg.querySelectorAll('.lane.muted')].map((l) => l.getAttribute('data-lane'));
    expect(muted).not.toContain('kosovo');
    expect(muted).not.toContain('rwanda');
    expect(muted.length).toBe(new Set(content.events.flatMap((e) => e.countries)).size - 2);
    expect(svg.querySelector('[data-key="2025-05-12-kosovo-answer"]')!.getAttribute('class')).not.toMatch(/muted/);
    expect(svg.querySelector('[data-key="2025-02-panama-hotel"]')!.getAttribute('class')).toMatch(/\bmuted\b/);
    // The cable names Rwanda: its mark stays, only its shapes in other lanes recede.
    const cable = svg.querySelector('.mark[data-key="2025-03-12-cable-nine-target-nations"]')!;
    expect(cable.getAttribute('class')).not.toMatch(/muted/);
    const classes = [...cable.querySelectorAll('use')].map((p) => p.getAttribute('class'));
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

  // Each lane's name has a line of its own above its marks: 28 px for a lane of one track, 10 more
  // for each track stacked under it.
  it('grows with the number of lanes, about 28–36 px each', () => {
    const { rows, svg } = render({}, W);
    const bottoms = [...svg.querySelectorAll('.lane-rule')].map((l) => Number(l.getAttribute('y1')));
    expect(bottoms).toHaveLength(rows.lanes.length);
    const gaps = bottoms.slice(1).map((b, i) => b - bottoms[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(26);
    const mean = (bottoms[bottoms.length - 1] - bottoms[0]) / gaps.length;
    expect(mean).toBeGreaterThan(26);
    expect(mean).toBeLessThan(36);
    const fewer = render({ types: ['refusal', 'payment'] }, W).svg;
    expect(Number(fewer.getAttribute('height'))).toBeLessThan(Number(svg.getAttribute('height')) - 20 * 26);
  });

  it('is named for screen readers', () => {
    const { svg } = render({}, W);
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids).toHaveLength(2);
    expect(svg.querySelector(`title[id="${ids[0]}"]`)?.textContent).toBeTruthy();
    expect(svg.querySelector(`desc[id="${ids[1]}"]`)?.textContent).toMatch(/^The timeline shows 38 events involving 25 countries/);
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
  });

  it.each([[W, {}], [960, {}], [W, { country: 'kosovo' }], [W, { highlight: ['kosovo'] }]] as [number, ChartState][])(
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
    const { rows, svg } = render(state, W);
    const x = timelineScale(rows, W, state);
    expect(svg.querySelector('[data-key="2025-03-12-cable-nine-target-nations"]')).toBeNull();
    const pledge = svg.querySelector('[data-key="2025-04-rwanda-agrees-ten-more"] .capsule')!;
    expect(pledge.getAttribute('class')).toContain('cut');
    expect(x(day('2025-06-30'))).toBe(x(day('2025-05-31')));
  });
});

/** `countries` countries, each with `perCountry` requests in five months of 2025, half of them dated to the day. */
function tracker(countries: number, perCountry: number) {
  const cs: Country[] = Array.from({ length: countries }, (_, c) => ({
    slug: `country-${c}`, name: `Country ${c}`, iso3: 'XXX', region: 'europe', status: 'approached',
    figures: {}, sources: ['s'], quotes: [], corrections: [], aliases: [], body: '',
  }));
  const es: Event[] = [{
    id: 'inauguration', date: parsePartialDate('2025-01-20'), type: 'milestone', countries: [], title: 'Trump takes office',
    figures: [], quotes: [], sources: ['s'], corrections: [], aliases: [], body: '',
  }];
  for (let c = 0; c < countries; c++) {
    for (let k = 0; k < perCountry; k++) {
      const month = String(1 + ((c + 2 * (k % 5)) % 12)).padStart(2, '0');
      const date = k % 2 === 0 ? `2025-${month}-${String(1 + (k % 28)).padStart(2, '0')}` : `2025-${month}`;
      es.push({
        id: `e-${c}-${k}`, date: parsePartialDate(date), type: 'request', countries: [`country-${c}`], title: `Request ${k}`,
        figures: [], quotes: [], sources: ['s'], corrections: [], aliases: [], body: '',
      });
    }
  }
  return { countries: cs, events: es };
}

const year = { start: '2025-01-01', end: '2025-12-31' };

function renderTracker(records: { countries: Country[]; events: Event[] }, state: ChartState, width: number, p: { start: string; end: string } = year) {
  // The seed's key event is among the tracker's records.
  return draw(records, state, width, { ...p, keyEvents: story.key_events }, 'How each negotiation unfolded');
}

/**
 * The seed records plus, for twelve of its countries, a seeded pseudo-random number of requests in
 * each month of 2025 and early 2026: a tracker a year on, drawn for the dense snapshots.
 */
function grown() {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const slugs = [...new Set(content.events.flatMap((e) => e.countries))].sort().slice(0, 12);
  const events = [...content.events];
  for (const slug of slugs) {
    const busy = random() * 3;
    for (let m = 0; m < 18; m++) {
      const count = Math.floor(random() ** 2 * busy * 6);
      const ym = `${2025 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`;
      for (let k = 0; k < count; k++) {
        const date = random() < 0.4 ? `${ym}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` : ym;
        events.push({
          id: `${ym}-${slug}-${k}`, date: parsePartialDate(date), type: 'request', countries: [slug], title: `Request ${k}`,
          figures: [], quotes: [], sources: ['s'], corrections: [], aliases: [], body: '',
        });
      }
    }
  }
  return { records: { countries: content.countries, events }, state: { countries: slugs } as ChartState };
}

describe('timeline chart, dense', () => {
  const big = tracker(200, 20);

  it('matches the dense snapshot, laid out at the narrowest box', async () => {
    const { records, state } = grown();
    const { rows, html, svg } = renderTracker(records, state, W, { start: '2025-01-01', end: '2026-06-30' });
    expect(timelineDense(rows)).toBe(true);
    await expect(html).toMatchFileSnapshot('./output/timeline-dense.svg');
    for (const width of [W, 480, 800, 1440]) expect(labelExtents(svg, width).filter((l) => l.left < -0.5 || l.right > width + 0.5)).toEqual([]);
  });

  it('counts events in cells, one per lane and month with events, instead of drawing each', () => {
    const { rows, svg } = renderTracker(big, {}, W);
    expect(timelineDense(rows)).toBe(true);
    const withEvents = new Set(big.events.filter((e) => e.countries.length).map((e) => `${e.countries[0]} ${e.date.start.slice(0, 7)}`));
    expect(withEvents.size).toBe(200 * 5);
    expect(svg.querySelectorAll('.cells rect.cell')).toHaveLength(withEvents.size);
    expect(svg.querySelectorAll('.mark.lane-cells')).toHaveLength(200);
    expect(svg.querySelectorAll('use.symbol, .capsule')).toHaveLength(0);
    const first = svg.querySelector('.mark.lane-cells[data-key="country-0"] rect.cell')!;
    expect(first.querySelector('title')!.textContent).toBe('Country 0, January 2025: 4 events');
    expect(first.getAttribute('class')).toBe('cell count-2');
  });

  it('keeps its size when the events double but lanes and months do not', () => {
    const a = renderTracker(big, {}, W).html;
    const b = renderTracker(tracker(200, 40), {}, W).html;
    // Every count keeps its number of digits, so the bytes compare exactly.
    expect(Buffer.byteLength(b)).toBeLessThanOrEqual(Buffer.byteLength(a));
    expect(Buffer.byteLength(a)).toBeLessThan(200 * 20 * 100);
  });

  it('keeps lanes, their names and the key dates of the normal drawing', () => {
    const { rows, svg } = renderTracker(big, {}, W);
    expect([...svg.querySelectorAll('.lane-label')].map((t) => t.textContent)).toEqual(rows.lanes.map((l) => l.name));
    expect(svg.querySelectorAll('.lane-rule')).toHaveLength(200);
    const milestone = svg.querySelector('.mark.family-milestone[data-key="inauguration"]')!;
    expect(milestone.querySelector('line.rule')).not.toBeNull();
    expect(words(milestone.querySelector('.annotation-label')!)).toBe('20 January Trump takes office');
  });

  it('has a legend of the classes and says how events are counted', () => {
    const { svg } = renderTracker(big, {}, W);
    const classes = [...svg.querySelectorAll('.legend-count')];
    expect(classes.map((g) => g.textContent)).toEqual(['1', '2–4', '5–9', '10 or more']);
    expect(classes.map((g) => g.querySelector('rect')!.getAttribute('class'))).toEqual(['cell count-1', 'cell count-2', 'cell count-3', 'cell count-4']);
    const note = [...svg.querySelectorAll('.legend-note')].map((g) => g.textContent).join(' ');
    expect(note).toContain("Each cell counts a country's events in a month; an event counts in the month of its first possible day.");
    expect(svg.querySelector('.legend-item.family-asks')).toBeNull();
  });

  it('describes the counts in its <desc>', () => {
    const { svg } = renderTracker(big, {}, W);
    expect(svg.querySelector('desc')!.textContent).toBe(
      'The timeline shows 4,000 events involving 200 countries and 1 key date in US politics, from 1 January to 31 December 2025; '
      + '2,000 are dated to the day, the others only to a month, part of a month or a range. '
      + 'All 200 countries have 20 events each. Too many to draw one by one, the events are counted by country and month.',
    );
  });

  it('lists one row per country in its data table, keyed by country', () => {
    const { rows } = renderTracker(big, {}, W);
    const table = timelineTable(rows);
    expect(table.keys).toBe('countries');
    expect(table.columns).toEqual(['Country', 'Events', 'First', 'Latest']);
    expect(table.rows.map((r) => r.key)).toEqual(rows.lanes.map((l) => l.slug));
    expect(table.rows.find((r) => r.key === 'country-0')!.cells).toEqual(['Country 0', '20', '1 January 2025', '15 September 2025']);
  });

  it('mutes the lanes outside the highlight', () => {
    const { svg } = renderTracker(big, { highlight: ['country-3'] }, W);
    expect(svg.querySelectorAll('.mark.lane-cells.muted')).toHaveLength(199);
    expect(svg.querySelector('.mark.lane-cells[data-key="country-3"]')!.getAttribute('class')).toBe('mark lane-cells');
  });

  it.each([W, 320, 640, 960])('names every year on an axis that spans three, laid out at %i px, with labels in order', (width) => {
    const { svg } = renderTracker(big, {}, width, { start: '2025-03-01', end: '2027-12-31' });
    const grid = [...svg.querySelectorAll('.axis .grid')].map((g) => g.getAttribute('x1'));
    // The narrow names, and the richer ones a wider box may show instead: each set stands on its own.
    const sets = [...svg.querySelectorAll('.axis-labels')];
    expect(sets.length).toBeGreaterThanOrEqual(1);
    for (const set of sets) {
      const labels = [...set.querySelectorAll('text')].map((t) => ({ x: t.getAttribute('x')!, text: t.textContent! }));
      const years = labels.filter((l) => /\b20\d\d$/.test(l.text));
      expect(years.map((l) => l.text.slice(-4))).toEqual(['2025', '2026', '2027']);
      // Each year at its first month's gridline (March 2025, then January), and labels left to right.
      for (const year of years) expect(grid).toContain(year.x);
      const xs = labels.map((l) => parseFloat(l.x));
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      // The last month is always named.
      expect(labels[labels.length - 1].x).toBe(grid[grid.length - 1]);
      // Months are named where they have room (in a phone's box a month of three years is too
      // narrow), all in one form: "Feb" or "F".
      const months = labels.filter((l) => !/\b20\d\d$/.test(l.text)).map((l) => l.text.length);
      expect(new Set(months.slice(0, -1)).size).toBeLessThanOrEqual(1);
    }
    if (width >= 640) expect(sets[0].querySelectorAll('text').length).toBeGreaterThan(3);
  });

  it('shows month initials in the narrowest box and short names from a wider box on, never both', () => {
    const { svg } = render({}, W);
    const sets = [...svg.querySelectorAll('.axis-labels')].map((g) => ({ variant: g.getAttribute('class'), texts: [...g.querySelectorAll('text')].map((t) => t.textContent) }));
    expect(sets).toHaveLength(2);
    expect(sets[0].variant).toMatch(/\buntil-(\d+)\b/);
    expect(sets[1].variant).toBe(sets[0].variant!.replace('until-', 'from-'));
    expect(sets[0].texts[0]).toBe('2025');
    expect(sets[1].texts[0]).toBe('Jan 2025');
    expect(sets[1].texts.slice(1)).toEqual(['Feb', 'Mar', 'Apr', 'May', 'Jun']);
  });

  it.each([[960, {}], [360, {}], [640, { country: 'country-1' }]] as [number, ChartState][])(
    'has no inline styles and is deterministic (dense, width %i)',
    (width, state) => {
      const lonely = tracker(3, 160);
      const a = renderTracker(lonely, state, width).html;
      expect(renderTracker(lonely, state, width).html).toBe(a);
      expect(a).toContain('class="cell count-');
      expect(a).not.toContain('<style');
      expect(a).not.toContain(' style=');
      expect(a).not.toMatch(/ fill="| stroke="/);
      expect(a).not.toMatch(/NaN|undefined|Infinity/);
    },
  );
});

describe('the families\' marks', () => {
  it('give each family of marks its own shape, and the milestone a rule', () => {
    const marks = (Object.keys(EVENT_FAMILIES) as (keyof typeof EVENT_FAMILIES)[]).filter((id) => id !== 'milestone');
    const shapes = marks.map((id) => `${FAMILY_SYMBOLS[id].symbol}@${FAMILY_SYMBOLS[id].rotate}`);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(FAMILY_SYMBOLS.milestone.symbol).toBe('rule');
  });
});
