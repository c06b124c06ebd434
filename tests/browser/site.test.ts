/**
 * The seed site, built and served on 127.0.0.1, in Chromium: every chart is there without
 * JavaScript at phone and desktop widths, axe-core finds no violation, every kind of page loads
 * without a console error or a failed request, and screenshots are written to test-results/ for a
 * person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { axeViolations, servedSeed } from '../helpers/servedSeed';
import { serveStatic } from '../helpers/staticServer';
import { redirectPage } from '../../src/publish/redirects';
import { toReadingLine } from '../../scripts/lighthouse';
import { DomUtils, parseDocument } from 'htmlparser2';
import { gzipSync } from 'node:zlib';

const project = resolve(import.meta.dirname, '../..');
const shots = join(project, 'test-results');
const seed = servedSeed('seed');
let out: string;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ out, base } = seed);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['/', '/stories/', '/countries/', '/countries/kosovo/', '/events/', '/sources/'];

describe('without JavaScript', () => {
  for (const [width, height, least] of [[360, 740, 300], [1280, 800, 900]] as const) {
    it(`shows all four charts on the story page and the countries' page, and the timeline on the list of events, at ${width} px`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      // The story draws each chart at the first step that shows it.
      const first = await page.locator('.step > figure.story-chart').evaluateAll((fs) => fs.map((f) => `#${f.id}`));
      expect(first).toHaveLength(4);
      const figures = [...first.map((f) => ['/', f]), ['/countries/', '#figure-status'], ['/countries/', '#figure-map'], ['/countries/', '#figure-deportees'], ['/events/', '#figure-timeline']];
      for (const [path, figure] of figures) {
        if (page.url() !== `${base}${path}`) await page.goto(`${base}${path}`);
        // The drawing a reader sees: a fluid chart's only one, or the phone or desktop one of the others.
        const svg = page.locator(`${figure} .chart-svg svg.chart`).filter({ visible: true });
        await expect(svg.isVisible(), figure).resolves.toBe(true);
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(least);
        expect(box!.width).toBeLessThanOrEqual(width);
        if (figure === first[0]) await page.screenshot({ path: join(shots, `story-${width}.png`), fullPage: true });
      }
      await page.screenshot({ path: join(shots, `events-${width}.png`), fullPage: true });
      await context.close();
    });
  }
  it('never scrolls the page sideways at 320 px: wide tables scroll in their own box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    for (const path of ['/', '/countries/', '/countries/kosovo/', '/events/', '/sources/']) {
      await page.goto(`${base}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
  it('shows a country page with its own timeline', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/countries/kosovo/`);
    // The timeline is fluid: one drawing for every width (a symbol sits in a nested <svg>, hence svg.chart).
    const marks = page.locator('#figure-timeline .chart-svg svg.chart .mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#figure-timeline .chart-svg svg.chart').filter({ visible: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(shots, 'country-kosovo-360.png'), fullPage: true });
    await context.close();
  });
});

describe('the scrollytelling story', () => {
  const stepIds = async (page: import('playwright-core').Page) => page.locator('.step').evaluateAll((steps) => steps.map((s) => s.id));
  /**
   * Scrolls as a reader does to a step: its text just past the reading line (the middle of the
   * screen; on phones the middle of the band of text under the chart), then waits for its chart.
   */
  const readStep = async (page: import('playwright-core').Page, id: string) => {
    await page.locator(`#${id} .step-text`).evaluate(toReadingLine);
    await page.waitForFunction((stepId) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === stepId, id, { timeout: 5000 });
  };
  /** In the page: how many elements of a drawing its state lacks (outside `<defs>`), and how many of those are still laid out. Self-contained, for `evaluate`. */
  const lackedIn = (svg: Element) => {
    const lacked = [...svg.querySelectorAll('[data-in]')].filter((e) => !e.closest('defs') && !e.getAttribute('data-in')!.split(' ').includes(svg.getAttribute('data-state')!));
    return { lacked: lacked.length, shown: lacked.filter((e) => getComputedStyle(e).display !== 'none').length };
  };
  /** The first two steps in a row that show one chart in two states: the second moves, fades in and fades out marks. */
  const sameChartPair = (page: import('playwright-core').Page) =>
    page.locator('.step').evaluateAll((steps) => {
      const i = steps.findIndex((s, k) => k + 1 < steps.length && s.getAttribute('data-chart') === steps[k + 1].getAttribute('data-chart') && s.getAttribute('data-state') !== steps[k + 1].getAttribute('data-state'));
      return [steps[i].id, steps[i + 1].id];
    });

  it('has 15 to 25 steps, each with an id and data-step', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(ids.length).toBeLessThanOrEqual(25);
    for (const id of ids) expect(await page.locator(`#${id}`).getAttribute('data-step')).toBe(id);
    await page.close();
  });

  for (const [width, height] of [[1280, 800], [360, 740]] as const) {
    it(`makes each step active as it scrolls by and sets its state on its chart's one drawing, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      // One drawing per chart, all four in the graphic, and no other chart drawing in the story.
      const charts = await page.locator('.scrolly .story-chart').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')));
      expect(charts.sort()).toEqual(['deportees', 'map', 'status', 'timeline']);
      expect(await page.locator('.scrolly-graphic .story-chart').count()).toBe(4);
      expect(await page.locator('.scrolly svg.chart').count()).toBe(await page.locator('.scrolly .story-chart svg.chart[data-state]').count());
      const graphic = page.locator('.scrolly-graphic');
      const ids = await stepIds(page);
      for (const [i, id] of ids.entries()) {
        await readStep(page, id);
        const { chart, state } = await page.locator(`#${id}`).evaluate((s) => ({ chart: (s as HTMLElement).dataset.chart!, state: (s as HTMLElement).dataset.state! }));
        const shown = graphic.locator('figure.story-chart:not([hidden])');
        expect(await shown.getAttribute('data-chart'), id).toBe(chart);
        expect(await shown.locator('svg.chart').evaluateAll((svgs) => [...new Set(svgs.map((s) => s.getAttribute('data-state')))]), id).toEqual([state]);
        // The drawing in this state shows what the state's own drawing (its image file) shows: the
        // same marks, the same of them highlighted.
        const own = parseDocument(await (await page.request.get(`${base}/images/${chart}/${id}-360.svg`)).text(), { xmlMode: true });
        const keyed = DomUtils.findAll((e) => e.attribs['data-key'] !== undefined, own.children);
        const expected = {
          marks: [...new Set(keyed.map((e) => e.attribs['data-key']))].sort(),
          highlighted: [...new Set(keyed.filter((e) => /\bhighlighted\b/.test(e.attribs.class ?? '')).map((e) => e.attribs['data-key']))].sort(),
        };
        const seen = await shown.locator('svg.chart').filter({ visible: true }).evaluate((svg) => {
          const inState = (el: Element) => {
            for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) if (getComputedStyle(e).opacity === '0') return false;
            return true;
          };
          const keyed = [...svg.querySelectorAll('[data-key]')].filter(inState);
          return {
            marks: [...new Set(keyed.map((e) => e.getAttribute('data-key')!))].sort(),
            highlighted: [...new Set(keyed.filter((e) => e.classList.contains('highlighted')).map((e) => e.getAttribute('data-key')!))].sort(),
          };
        });
        expect(seen, id).toEqual(expected);
        // The share box (its snippet embeds the chart's first state) is there while that state shows.
        expect(await shown.locator('.chart-share').isVisible(), id).toBe(state === '0');
        if (i === Math.floor(ids.length / 2)) await page.screenshot({ path: join(shots, `story-step-${width}x${height}.png`) });
      }
      await context.close();
    });
  }

  for (const [width, height] of [[360, 740], [1280, 800]] as const) {
    it(`does not move the page as it loads or as every step goes by, and says what each chart shows, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${base}/`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const shifts = () => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      expect(await shifts()).toBe(0);
      const status = page.locator('.scrolly-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      // The chart the page opens on is not announced: the reader has not moved yet.
      expect(await status.textContent()).toBe('');
      const ids = await stepIds(page);
      for (const id of ids.slice(1)) {
        await readStep(page, id);
        const figure = page.locator('.scrolly-graphic figure:not([hidden])');
        const [title, description] = [await figure.locator('.chart-heading').textContent(), await figure.locator('svg > desc').first().textContent()];
        // The drawing's own text alternative says this state, as the live region does.
        expect(description, id).toBe(await page.evaluate((stepId) => {
          const step = document.getElementById(stepId)!;
          const img = step.querySelector<HTMLImageElement>(':scope > figure img');
          return img ? img.alt : null;
        }, id) ?? description);
        expect(await status.textContent(), id).toContain(title!.trim());
        expect(await status.textContent(), id).toContain(description!.trim());
      }
      expect(await shifts()).toBeLessThan(0.01);
      await context.close();
    });
  }

  it('has no axe violation in the story with any step\'s chart in the graphic, at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const found: string[] = [];
    for (const id of await stepIds(page)) {
      await readStep(page, id);
      found.push(...(await axeViolations(page, '.scrolly')).map((v) => `${id}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('on a phone, keeps the chart on the top 55% or more of the screen, and never lets text cover the marks a step is about', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    let checked = 0;
    for (const id of ids) {
      await readStep(page, id);
      const seen = await page.evaluate(() => {
        const graphic = document.querySelector('.scrolly-graphic')!;
        const box = graphic.getBoundingClientRect();
        const problems: string[] = [];
        if (box.top > 0.5 || box.height < 0.55 * window.innerHeight) problems.push(`the chart is ${box.height} px at ${box.top}`);
        const inState = (el: Element) => {
          for (let e: Element | null = el; e && e !== graphic; e = e.parentElement) if (getComputedStyle(e).opacity === '0') return false;
          return true;
        };
        const marks = [...graphic.querySelectorAll('svg .highlighted')].filter(inState).map((m) => m.getBoundingClientRect()).filter((r) => r.width > 0);
        let inView = 0;
        for (const r of marks) {
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          if (y < box.top || y > box.bottom) continue;
          inView++;
          const top = document.elementFromPoint(x, y);
          if (!top || !graphic.contains(top)) problems.push(`a highlighted mark at ${Math.round(x)},${Math.round(y)} is under ${top?.tagName}.${top?.getAttribute('class')}`);
        }
        if (marks.length && !inView) problems.push(`none of its ${marks.length} highlighted marks is in view`);
        return { problems, marks: marks.length };
      });
      expect(seen.problems, id).toEqual([]);
      if (seen.marks) checked++;
    }
    // Most steps highlight something: the check above saw their marks.
    expect(checked).toBeGreaterThan(ids.length / 3);
    // A step reached by its address, or by the keyboard, lands under the chart, not behind it.
    const underChart = (on: typeof page, id: string) => on.evaluate((stepId) => {
      const text = document.querySelector(`#${stepId} .step-text`)!.getBoundingClientRect();
      const chart = document.querySelector('.scrolly-graphic')!.getBoundingClientRect();
      return { active: document.querySelector('.scrolly-graphic')!.getAttribute('data-active-step'), below: text.top >= chart.bottom - 1, inView: text.top < window.innerHeight };
    }, id);
    // A link followed from elsewhere: a page of its own, opened on the step's address.
    const linked = ids[Math.floor(ids.length * 0.4)];
    const opened = await context.newPage();
    await opened.goto(`${base}/#${linked}`);
    await opened.waitForTimeout(300);
    expect(await underChart(opened, linked)).toEqual({ active: linked, below: true, inView: true });
    await opened.close();
    await page.locator(`#${ids[2]}`).focus();
    await page.waitForTimeout(300);
    expect(await underChart(page, ids[2])).toEqual({ active: ids[2], below: true, inView: true });
    // A link inside a step's text that the keyboard reaches while it is under the chart is brought out.
    const note = page.locator(`#${ids[4]} .step-text a`).first();
    await page.locator(`#${ids[4]} .step-text`).evaluate((text) => window.scrollBy(0, text.getBoundingClientRect().top - 0.2 * window.innerHeight));
    await note.focus();
    await page.waitForTimeout(300);
    const [link, chart] = [await note.boundingBox(), await page.locator('.scrolly-graphic').boundingBox()];
    expect(link!.y).toBeGreaterThanOrEqual(chart!.y + chart!.height - 1);
    await context.close();
  });

  it('opens a deep link on its step, with that step\'s chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length * 0.6)];
    await page.goto(`${base}/#${target}`);
    await page.waitForFunction((id) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === id, target, { timeout: 5000 });
    const step = await page.locator(`#${target}`).evaluate((s) => [(s as HTMLElement).dataset.chart, (s as HTMLElement).dataset.state]);
    const shown = page.locator('.scrolly-graphic figure:not([hidden])');
    expect([await shown.getAttribute('data-chart'), await shown.locator('svg.chart').first().getAttribute('data-state')]).toEqual(step);
    const box = await page.locator(`#${target}`).boundingBox();
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });

  it('switches language on the step the reader is at, and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    const [first, later] = [ids[Math.floor(ids.length * 0.3)], ids[Math.floor(ids.length * 0.7)]];
    const active = (id: string) => page.waitForFunction((stepId) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === stepId, id, { timeout: 5000 });
    await page.locator(`#${first}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await active(first);
    const toSpanish = page.locator('nav.languages a[hreflang="es"]');
    expect(await toSpanish.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${base}/es/#${first}`);
    // The switch follows the reader down the story.
    await page.locator(`#${later}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await active(later);
    await toSpanish.click();
    await page.waitForURL(`${base}/es/#${later}`);
    await active(later);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // And back to English, on the same step.
    const toEnglish = page.locator('nav.languages a[hreflang="en"]');
    expect(await toEnglish.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${base}/#${later}`);
    await page.close();
  });

  it('follows keyboard focus', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    await page.locator(`#${ids[3]}`).focus();
    await page.waitForFunction((id) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === id, ids[3], { timeout: 5000 });
    await page.close();
  });

  it('moves and fades the marks from one state to the next, except for readers who ask for reduced motion', async () => {
    const change = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const [from, to] = await sameChartPair(page);
      await readStep(page, from);
      await page.waitForTimeout(800);
      await readStep(page, to);
      const running = await page.locator('.scrolly-graphic figure:not([hidden])').evaluate((figure) => ({
        // What moves is a transition; what the state before lacked fades in (an animation, sd-in).
        moves: [...new Set(figure.getAnimations({ subtree: true }).map((a) => (a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName).filter(Boolean))].sort(),
        duration: getComputedStyle(figure.querySelector('svg.chart .mark')!).transitionDuration,
      }));
      // The next step shows another chart: it comes in (a fade), where motion is welcome.
      const chart = await page.locator(`#${to}`).getAttribute('data-chart');
      const next = await page.locator(`#${to} ~ .step:not([data-chart="${chart}"])`).first().getAttribute('id');
      await readStep(page, next!);
      const appears = await page.locator('.scrolly-graphic figure:not([hidden])').evaluate((figure) => getComputedStyle(figure).animationName);
      await context.close();
      return { ...running, appears };
    };
    const moving = await change('no-preference');
    expect(moving.appears).toBe('chart-in');
    expect(moving.moves).toEqual(expect.arrayContaining(['opacity', 'sd-in', 'transform']));
    expect(await change('reduce')).toEqual({ appears: 'none', moves: [], duration: '0s' });
  });

  it("draws the map's land and borders in every state that reuses another view's (<use>), though that view is out of the drawing", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const steps = await page.locator('.step[data-chart="map"]').evaluateAll((all) => all.map((s) => s.id));
    let checked = 0;
    for (const id of steps) {
      await readStep(page, id);
      await page.waitForTimeout(700);
      const uses = await page.locator('.scrolly-graphic figure:not([hidden]) svg[data-state]').first().evaluate((svg) => {
        const state = svg.getAttribute('data-state')!;
        const inState = (e: Element) => { for (let x: Element | null = e; x && x !== svg; x = x.parentElement) if (x.hasAttribute('data-in') && !x.getAttribute('data-in')!.split(' ').includes(state)) return false; return true; };
        return [...svg.querySelectorAll('use.land, use.borders')].filter(inState).map((u) => {
          const source = svg.querySelector(u.getAttribute('href')!);
          const box = u.getBoundingClientRect();
          return { area: box.width * box.height, sourceOut: !!source && !inState(source) };
        });
      });
      for (const use of uses) expect(use.area, id).toBeGreaterThan(1000);
      checked += uses.filter((u) => u.sourceOut).length;
    }
    // At least one state draws land whose source is in a view that state takes out.
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  it('takes what a state lacks out of the drawing once it has faded, fades in what comes, and fades nothing in on a page that opens on a later step', async () => {
    const probe = await browser.newPage();
    await probe.goto(`${base}/`);
    const [first, second] = await sameChartPair(probe);
    await probe.close();
    // Opening on the second step: its state is simply there, once the marks may move too.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/#${second}`);
    await page.waitForFunction((id) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === id && document.querySelector('.scrolly.is-moving'), second, { timeout: 5000 });
    await page.waitForTimeout(100);
    const drawing = page.locator('.scrolly-graphic figure:not([hidden]) svg[data-state]').first();
    const fades = await drawing.evaluate((svg) => svg.getAnimations({ subtree: true }).filter((a) => (a as CSSAnimation).animationName === 'sd-in').length);
    // What the state lacks is out of the drawing: none of it is laid out.
    const opened = await drawing.evaluate(lackedIn);
    expect(opened.lacked).toBeGreaterThan(0);
    expect({ fades, shown: opened.shown }).toEqual({ fades: 0, shown: 0 });
    // Back to the first step: what the second state had and the first lacks fades out, then leaves;
    // what the first has and the second lacked fades in where it stands.
    await readStep(page, first);
    expect((await drawing.evaluate(lackedIn)).shown).toBeGreaterThan(0);
    const moving = await drawing.evaluate((svg) => {
      const all = svg.getAnimations({ subtree: true });
      return {
        fadesIn: all.filter((a) => (a as CSSAnimation).animationName === 'sd-in').length,
      };
    });
    expect(moving.fadesIn).toBeGreaterThan(0);
    // Everything that changes in any chart moves and changes colour slowly, the charts' own
    // transitions (the timeline's marks') notwithstanding.
    const unmoved = await page.locator('.scrolly-graphic').evaluate((graphic) => [...graphic.querySelectorAll('svg[data-state] .sd-t')]
      .filter((e) => !['transform', 'opacity', 'fill', 'stroke'].every((p) => getComputedStyle(e).transitionProperty.includes(p)))
      .map((e) => e.getAttribute('class')));
    expect(unmoved).toEqual([]);
    await page.waitForTimeout(800);
    expect((await drawing.evaluate(lackedIn)).shown).toBe(0);
    await page.close();
  });

  it('gives each chart\'s share box once, a line of links to its data, image and embed that answer, and no data table', async () => {
    // Without JavaScript, so that every step's figure is under its step.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    for (const chart of ['timeline', 'map', 'status', 'deportees']) {
      expect(await page.locator(`.scrolly .chart-figure-${chart} .chart-share`).count(), chart).toBe(1);
      expect(await page.locator(`.scrolly .story-chart.chart-figure-${chart} .chart-links a`).count(), chart).toBeGreaterThanOrEqual(5);
    }
    // The tables are on the countries' and events' pages the links lead to: the story holds none.
    expect(await page.locator('.scrolly table').count()).toBe(0);
    const figures = await page.locator('.step > figure').count();
    expect(await page.locator('.step > figure .chart-links').count()).toBe(figures);
    const hrefs = new Set(await page.locator('.step > figure .chart-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
    for (const href of hrefs) expect((await page.request.get(`${base}${href}`)).status(), href).toBe(200);
    await context.close();
  });

  it('without JavaScript, shows every step\'s chart state in order, and weighs at most 200 KB gzip scrolled to the end', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const bytes = new Map<string, number>();
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      // As a host serving gzip sends it: text compressed, PNGs as they are.
      bytes.set(response.url(), /image\/png/.test(response.headers()['content-type'] ?? '') ? body.length : gzipSync(body, { level: 9 }).length);
    });
    await page.goto(`${base}/`);
    expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
    const steps = await page.locator('.step').evaluateAll((all) => all.map((s) => ({ id: s.id, chart: (s as HTMLElement).dataset.chart!, state: (s as HTMLElement).dataset.state! })));
    for (const [i, { id, chart, state }] of steps.entries()) {
      const figure = page.locator(`#${id} > figure.step-figure`);
      if (!(await figure.count())) {
        // No figure: the step before showed the same chart in the same state.
        expect([steps[i - 1]?.chart, steps[i - 1]?.state], id).toEqual([chart, state]);
        continue;
      }
      await figure.scrollIntoViewIfNeeded();
      const [text, shown] = [await page.locator(`#${id} .step-text`).boundingBox(), await figure.boundingBox()];
      expect(shown!.y, id).toBeGreaterThan(text!.y);
      if (await figure.evaluate((f) => f.classList.contains('story-chart'))) {
        // Where the chart first appears, the drawing itself, in this step's state.
        const svg = figure.locator('svg.chart').filter({ visible: true });
        expect(await svg.getAttribute('data-state'), id).toBe(state);
        continue;
      }
      // Elsewhere an image of the step's state, lazy, its size set so that nothing moves when it comes.
      const img = figure.locator('img');
      expect(await img.getAttribute('src'), id).toBe(`/images/${chart}/${id}-360.svg`);
      expect(await img.getAttribute('loading')).toBe('lazy');
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(300);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(100);
      expect((await img.getAttribute('alt'))!.length, id).toBeGreaterThan(40);
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { timeout: 5000 }).toBe(true);
    }
    // Read to the end, then count every byte the page fetched.
    const end = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < end; y += 370) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(20);
    }
    await page.waitForLoadState('networkidle');
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(200 * 1024);
    await context.close();
  });
});

describe('security headers', () => {
  for (const path of ['/', '/countries/', '/countries/kosovo/', '/sources/', '/embed/map/', '/embed/timeline/kosovo/', '/embed/tracker/']) {
    it(`${path} loads under its Content-Security-Policy without a violation`, async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.log(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
      const response = await page.goto(`${base}${path}`);
      const csp = response!.headers()['content-security-policy'];
      expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'");
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      await page.waitForLoadState('load');
      if (path === '/') expect(await page.locator('.scrolly.is-enhanced').count()).toBe(1);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
  it('makes no request to any other host', async () => {
    const page = await browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    for (const path of ['/', '/countries/kosovo/', '/embed/deportees/']) await page.goto(`${base}${path}`, { waitUntil: 'load' });
    expect([...hosts]).toEqual([new URL(base).host]);
    await page.close();
  });
});

describe('embeds on another site', () => {
  let host: Server;
  let hostUrl: string;
  // Every chart, and the country tracker.
  const charts = ['deportees', 'timeline', 'map', 'status', 'tracker'];

  beforeAll(async () => {
    // The host page is another origin (localhost, not 127.0.0.1), built from the oEmbed answers.
    const dir = mkdtempSync(join(tmpdir(), 'host-'));
    const snippets: string[] = [];
    for (const chart of charts) {
      const oembed = await (await fetch(`${base}/oembed/${chart}.json`)).json();
      snippets.push(`<h2>${chart}</h2>\n${oembed.html}`);
    }
    const sandboxed = (await (await fetch(`${base}/oembed/timeline/kosovo.json`)).json()).html.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body><p>An article.</p>${snippets.join('\n')}<h2>sandboxed</h2>${sandboxed}<p>The end.</p></body></html>`);
    // The snippets other newsrooms already pasted: exactly what commit 4e60169 printed, pointed at this build.
    const published = readFileSync(join(project, 'tests/fixtures/embeds/4e60169-snippets.html'), 'utf8').replaceAll('https://embed-host.invalid', base);
    mkdirSync(join(dir, 'published'), { recursive: true });
    writeFileSync(join(dir, 'published', 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An older article</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main style="max-width: 700px; margin: 0 auto"><p>An article from last year.</p>${published}<p>The end.</p></main></body></html>`);
    const served = await serveStatic(dir);
    host = served.server;
    hostUrl = served.url.replace('127.0.0.1', 'localhost');
  });
  afterAll(() => host?.close());

  /** Each embed iframe's height next to its content's height. */
  const heights = async (page: import('playwright-core').Page) => {
    const out: { id: string; frame: number; content: number }[] = [];
    for (const handle of await page.locator('iframe[data-tcd-embed]').elementHandles()) {
      const frame = (await handle.contentFrame())!;
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const box = (await handle.boundingBox())!;
      out.push({ id: (await handle.getAttribute('data-tcd-embed'))!, frame: box.height, content });
    }
    return out;
  };
  const settled = async (page: import('playwright-core').Page) => {
    // The snippet's iframes load lazily: bring each into view, as a reader scrolling would.
    for (const frame of await page.locator('iframe[data-tcd-embed]').all()) {
      await frame.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el?.getAttribute('data-tcd-sized'), await frame.elementHandle(), { timeout: 15_000 });
    }
    await page.waitForFunction(() => [...document.querySelectorAll('iframe[data-tcd-embed]')].every((f) => f.getAttribute('data-tcd-sized')), null, { timeout: 15_000 });
    await page.waitForTimeout(400);
  };

  for (const width of [360, 1000]) {
    it(`sizes every embed to its content at ${width} px, and again when the host narrows or widens`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(hostUrl);
      await settled(page);
      for (const h of await heights(page)) expect(Math.abs(h.frame - h.content), h.id).toBeLessThanOrEqual(2);
      await page.setViewportSize({ width: width === 360 ? 1000 : 360, height: 900 });
      await page.waitForTimeout(800);
      for (const h of await heights(page)) expect(Math.abs(h.frame - h.content), `${h.id} after resize`).toBeLessThanOrEqual(2);
      if (width === 360) await page.screenshot({ path: join(shots, 'embed-host-1000.png'), fullPage: true });
      await page.close();
    });
  }

  for (const width of [360, 1000]) {
    it(`sizes the snippets published before the fluid charts (commit 4e60169) to the pixel at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${hostUrl}/published/`);
      expect(await page.locator('iframe[data-tcd-embed]').count()).toBe(7);
      await settled(page);
      for (const h of await heights(page)) expect(Math.abs(h.frame - h.content), h.id).toBeLessThanOrEqual(1);
      await page.close();
    });
  }

  it('ignores forged messages: from another window, not a number, or an absurd height', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(hostUrl);
    await settled(page);
    const before = await heights(page);
    const id = before[0].id;
    await page.evaluate((i) => window.postMessage(`pymxPYMx${i}xPYMxheightxPYMx555`, '*'), id);
    const frame = (await page.locator('iframe[data-tcd-embed]').first().elementHandle())!;
    const child = (await frame.contentFrame())!;
    await child.evaluate((i) => {
      parent.postMessage(`pymxPYMx${i}xPYMxheightxPYMxabc`, '*');
      parent.postMessage(`pymxPYMx${i}xPYMxheightxPYMx999999`, '*');
      parent.postMessage(`pymxPYMx${i}xPYMxheightxPYMx5`, '*');
      parent.postMessage({ height: 700 }, '*');
    }, id);
    // A message naming another embed's id, sent by this one, must not resize the other.
    await child.evaluate((other) => parent.postMessage(`pymxPYMx${other}xPYMxheightxPYMx777`, '*'), before[1].id);
    await page.waitForTimeout(500);
    expect((await heights(page)).map((h) => h.frame)).toEqual(before.map((h) => h.frame));
    await page.close();
  });

  it('answers oEmbed with the fields the spec requires, and embed pages announce it', async () => {
    for (const path of ['/oembed/deportees.json', '/oembed/timeline/kosovo.json', '/oembed/map/diplomats-success.json']) {
      const o = await (await fetch(`${base}${path}`)).json();
      expect(o).toMatchObject({ version: '1.0', type: 'rich' });
      expect(o.html).toContain('<iframe');
      expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true);
      expect(o.thumbnail_url).toMatch(/\.png$/);
    }
    const html = await (await fetch(`${base}/embed/deportees/`)).text();
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${base}/oembed/deportees.json"`);
    expect(html).not.toContain('site-header');
  });

  it('serves images that decode at their declared sizes', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const sizes = await page.evaluate(async (paths) => Promise.all(paths.map((src) => new Promise<[string, number, number]>((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve([src, img.naturalWidth, img.naturalHeight]);
      img.onerror = () => reject(new Error(`${src} did not decode`));
      img.src = src;
    }))), ['/images/deportees.png', '/images/timeline/kosovo.png', '/images/map/diplomats-success.png', '/images/og/index.png', '/images/status-640.png', '/images/deportees.svg']);
    for (const [src, w, h] of sizes) {
      if (src.endsWith('-640.png')) expect(w, src).toBe(1280);
      else if (src.endsWith('.png')) expect([w, h], src).toEqual([1200, 675]);
      else expect(w, src).toBeGreaterThan(300);
    }
    await page.close();
  });

  it('follows ?theme=dark and works without JavaScript', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/embed/status/?theme=dark`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    await page.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const nojs = await context.newPage();
    await nojs.goto(`${base}/embed/map/`);
    expect(await nojs.locator('svg.chart-map').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('page weight', () => {
  it('draws each map\'s geography once per page (the world\'s reused by every wide view), in the map\'s colours', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const [uses, paths, distinct, unresolved, fills] = await page.evaluate(() => {
      const use = document.querySelector('svg.chart-map use.land')!;
      const path = document.querySelector(`path${use.getAttribute('href')}`)!;
      const all = [...document.querySelectorAll('svg.chart-map path.land')];
      const missing = [...document.querySelectorAll('svg.chart-map use')].filter((u) => !document.querySelector(`path${u.getAttribute('href')}`)).length;
      return [document.querySelectorAll('svg.chart-map use.land').length, all.length, new Set(all.map((p) => p.getAttribute('d'))).size, missing,
        [getComputedStyle(use).fill, getComputedStyle(path).fill]];
    });
    // The story's world and wide views share the one world drawing; a zoomed view draws its own region once.
    expect(uses).toBeGreaterThanOrEqual(2);
    expect(distinct).toBe(paths);
    expect(unresolved).toBe(0);
    expect(fills[0]).toBe(fills[1]);
    expect(fills[0]).not.toBe('rgb(0, 0, 0)');
    await page.close();
  });
});

describe('details on keyboard focus', () => {
  it('focusing a row of the data table picks out its marks in the chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/countries/`);
    await page.locator('#figure-deportees .chart-data summary').press('Enter');
    await page.locator('#figure-deportees tr[data-key="kosovo"] a').focus();
    const classes = await page.locator('#figure-deportees svg.chart .mark[data-key="kosovo"]').getAttribute('class');
    expect(classes).toContain('is-focused');
    expect(await page.locator('#figure-deportees svg.chart').getAttribute('class')).toContain('has-focus');
    expect(await page.locator('#figure-deportees svg.chart .mark[data-key="panama"]').getAttribute('class')).not.toContain('is-focused');
    await page.keyboard.press('Shift+Tab');
    const previous = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-key'));
    expect(previous).toBe('moldova');
    expect(await page.locator('#figure-deportees svg.chart .mark[data-key="moldova"]').getAttribute('class')).toContain('is-focused');
    expect(await page.locator('#figure-deportees svg.chart .mark[data-key="kosovo"]').getAttribute('class')).not.toContain('is-focused');
    await page.close();
  });
  it('every mark has a hover tooltip: its own, or its row\'s (a status chip: what the status means)', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/countries/']) {
      await page.goto(`${base}${path}`);
      const missing = await page.locator('.chart-svg svg .mark').evaluateAll((marks) => marks.filter((m) => {
        const own = m.querySelector(':scope > title')?.textContent;
        const row = m.closest('.group')?.querySelector(':scope > title')?.textContent;
        return !(own || row);
      }).length);
      expect(missing, path).toBe(0);
    }
    await page.close();
  });
});

describe('accessibility', () => {
  // Every kind of page in English and in the Spanish edition.
  for (const path of [...PAGES, ...PAGES.map((p) => `/es${p}`), '/es/corrections/']) {
    it(`axe-core finds no violations on ${path}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
  it('names every chart by its title and description', async () => {
    const page = await browser.newPage();
    // The story's four charts (the status chart in three bands) and the countries' three.
    for (const [path, least] of [['/', 6], ['/countries/', 5]] as const) {
      await page.goto(`${base}${path}`);
      const names = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((svg) => {
        const ids = svg.getAttribute('aria-labelledby')!.split(' ');
        return ids.map((id) => (document.querySelectorAll(`[id="${id}"]`).length === 1 ? document.getElementById(id)?.textContent : 'duplicate id') ?? '').join(' | ');
      }));
      expect(names.length, path).toBeGreaterThanOrEqual(least);
      for (const name of names) expect(name).toMatch(/^.+ \| .{40,}$/);
    }
    await page.close();
  });
});

describe('every kind of page, opened as a reader would', () => {
  /**
   * Console errors, script errors, failed requests and error answers while `path` loads, and the
   * answer to each icon the page (where it lands) links. A browser asks for a page's icon only
   * now and then (it remembers icons, and failures, by host), so each link is fetched as well.
   */
  async function problems(path: string): Promise<{ problems: string[]; landed: string; icons: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const found: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') found.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => found.push(`script: ${e.message}`));
    page.on('requestfailed', (r) => {
      // Cut short by the page leaving (a page at an old address leaves at once): not a failure to answer.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') found.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => { if (r.status() >= 400) found.push(`${r.status()}: ${r.url()}`); });
    await page.goto(`${base}${path}`);
    // The browser asks for the page's icon (or /favicon.ico when a page links none) after the page loads.
    await page.waitForLoadState('networkidle');
    const landed = page.url();
    const icons = await page.$$eval('link[rel="icon"], link[rel="apple-touch-icon"]', (links) =>
      Promise.all(links.map(async (l) => `${(await fetch((l as HTMLLinkElement).href)).status} ${l.getAttribute('href')}`)));
    await context.close();
    return { problems: found, landed, icons };
  }
  const ICONS = ['200 /favicon.png', '200 /favicon.svg', '200 /apple-touch-icon.png'];

  for (const path of ['/', '/countries/', '/countries/kosovo/', '/events/', '/sources/', '/corrections/', '/404.html', '/embed/map/', '/embed/tracker/']) {
    it(`${path} loads with no console error and no failed request, its icons included`, async () => {
      const { problems: found, icons } = await problems(path);
      expect(found).toEqual([]);
      expect(icons).toEqual(ICONS);
    });
  }

  it('a page at an old address does too, and sends the reader on', async () => {
    // The seed renames nothing: write the page scripts/build.ts would write at an old address.
    const old = join(out, 'countries/kosovo-before/index.html');
    mkdirSync(dirname(old), { recursive: true });
    writeFileSync(old, redirectPage('/countries/kosovo/', '/', base));
    const { problems: found, landed } = await problems('/countries/kosovo-before/');
    expect(landed).toBe(`${base}/countries/kosovo/`);
    expect(found).toEqual([]);
    expect(readFileSync(old, 'utf8')).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });
});
