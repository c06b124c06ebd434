/**
 * Chart labels as readers see them, for the charts drawn fluid (one drawing for every width, text in
 * CSS pixels: src/charts/svg.ts, fluidRoot): every label renders at 11–22 px, stays inside its
 * drawing and overlaps no other, at phone to desktop widths in the story (sticky, with JavaScript,
 * reduced motion), without JavaScript, and in embeds hosted in iframes 300 to 1000 px wide; and the
 * labels that must stay (every bar's value, every highlighted name, the timeline's first and last
 * month, every legend key) are there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { fadedContrastProblems, labelProblems, measureLabels } from '../helpers/labels';
import { serveStatic } from '../helpers/staticServer';
import { servedSeed } from '../helpers/servedSeed';

/** The charts measured: all four are fluid (docs/charts.md, "Text that reads at every width"). */
const FLUID = ['deportees', 'status', 'timeline', 'map'];
const STORY_WIDTHS = [320, 360, 414, 768, 1024, 1280, 1440];
const EMBED_WIDTHS = [300, 500, 700, 1000];
const seed = servedSeed('labels');
let base: string;
let browser: Browser;

beforeAll(async () => {
  base = seed.base;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The labels that must stay at every width, checked in each visible drawing of a fluid chart. */
async function missingLabels(page: Page | Frame, root: string): Promise<string[]> {
  return page.evaluate((r) => {
    const missing: string[] = [];
    // A story chart is one drawing for all its steps: what the step in view lacks is there, faded
    // out and taken out (opacity 0, display none: src/figures/stateDrawing.ts). Only what the
    // state shows is checked.
    const inState = (el: Element) => {
      for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'figure'; e = e.parentElement) if (getComputedStyle(e).opacity === '0') return false;
      return true;
    };
    const all = (svg: Element, selector: string) => [...svg.querySelectorAll(selector)].filter(inState);
    for (const svg of document.querySelectorAll(`${r} svg.chart-deportees`)) {
      if ((svg as SVGElement).getBoundingClientRect().width === 0) continue;
      for (const row of all(svg, '.mark.row')) {
        const bars = row.querySelectorAll('rect.bar-received, rect.bar-pledged').length;
        const values = row.querySelectorAll('text.value').length;
        if (values !== bars) missing.push(`${row.getAttribute('data-key')}: ${values} values for ${bars} bars`);
        if (!row.querySelector('text.name')?.textContent) missing.push(`${row.getAttribute('data-key')}: no name`);
      }
      const keys = all(svg, '.legend text');
      if (keys.length === 0) missing.push('no legend keys');
      for (const key of keys) if ((key as SVGTextElement).getBoundingClientRect().width === 0 || getComputedStyle(key).visibility !== 'visible') missing.push(`legend key "${key.textContent}" is hidden`);
    }
    for (const svg of document.querySelectorAll(`${r} svg.chart-status`)) {
      if ((svg as SVGElement).getBoundingClientRect().width === 0) continue;
      for (const chip of all(svg, '.mark.chip')) {
        if (!chip.querySelector('text.name')?.textContent) missing.push(`${chip.getAttribute('data-key')}: no name`);
      }
      for (const group of all(svg, '.group')) if (!group.querySelector('text.group-label')?.textContent) missing.push('a status group without its label');
    }
    // The timeline: every lane's name (the highlighted ones above all), every mark's label on a
    // country's lane, the first tick of the axis with its year and the last, every legend key;
    // each shown (a label with a richer form for wider boxes shows exactly one form).
    const shown = (t: Element) => {
      const box = t.getBoundingClientRect();
      return box.width > 0 && getComputedStyle(t).visibility === 'visible' && getComputedStyle(t).display !== 'none' && inState(t);
    };
    for (const svg of document.querySelectorAll(`${r} svg.chart-timeline`)) {
      if ((svg as SVGElement).getBoundingClientRect().width === 0) continue;
      const where = svg.closest('figure')?.id ?? 'timeline';
      for (const lane of all(svg, '.lane')) {
        if (![...lane.querySelectorAll('text')].some((t) => shown(t) && t.textContent)) missing.push(`${where}: lane ${lane.getAttribute('data-lane')} has no name`);
      }
      if (svg.classList.contains('timeline-single')) {
        for (const mark of all(svg, '.mark:not(.family-milestone)')) {
          const labels = [...mark.querySelectorAll('.mark-label')].filter(shown);
          if (labels.length !== 1) missing.push(`${where}: mark ${mark.getAttribute('data-key')} shows ${labels.length} labels`);
        }
      }
      // Where each shows on screen (a state's move is a transform, not an attribute), left to right.
      const left = (e: Element) => e.getBoundingClientRect().left;
      const ticks = [...svg.querySelectorAll('.axis-labels text')].filter(shown).sort((a, b) => left(a) - left(b));
      const grid = all(svg, '.axis .grid').map(left).sort((a, b) => a - b);
      // A month's name starts just right of its gridline (DX, 3 px, in src/charts/timeline/axis.ts).
      const at = (tick: Element | undefined, line: number | undefined) => tick !== undefined && line !== undefined && left(tick) >= line - 0.5 && left(tick) <= line + 6;
      if (!/\b20\d\d$/.test(ticks[0]?.textContent ?? '') || !at(ticks[0], grid[0])) missing.push(`${where}: the axis's first tick (with its year) is missing`);
      if (!at(ticks[ticks.length - 1], grid[grid.length - 1])) missing.push(`${where}: the axis's last tick is missing`);
      for (const key of all(svg, '.legend-item')) {
        if (![...key.querySelectorAll('text')].some(shown)) missing.push(`${where}: legend key "${key.textContent}" is missing`);
      }
    }
    // The map names every highlighted country, and the origin where it is in view.
    const named = (e: Element | null) => !!e && e.getBoundingClientRect().width > 0 && getComputedStyle(e).display !== 'none';
    for (const svg of document.querySelectorAll(`${r} svg.chart-map`)) {
      if ((svg as SVGElement).getBoundingClientRect().width === 0) continue;
      for (const mark of all(svg, '.mark.highlighted')) {
        const key = mark.getAttribute('data-key');
        const label = all(svg, `.labels [data-for="${key}"]`)[0];
        const name = label?.matches('text') ? label : (label?.querySelector('text') ?? null);
        if (!named(name) || !named(name!.closest('[data-for]'))) missing.push(`map: ${key} is not named`);
      }
      if (all(svg, '.origin-marker').length && !named(all(svg, '.origin-label')[0] ?? null)) missing.push('map: the United States is not named');
      const keys = all(svg, '.legend-item text');
      if (keys.length === 0) missing.push('map: no legend keys');
      for (const key of keys) if (!named(key)) missing.push(`map: legend key "${key.textContent}" is hidden`);
    }
    return missing;
  }, root);
}

describe('in the story, with JavaScript and reduced motion', () => {
  for (const width of STORY_WIDTHS) {
    it(`every label of every fluid chart's steps reads at 11–22 px, inside its drawing, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems: string[] = [];
      // The story in English and in Spanish, whose words are longer.
      for (const story of ['/', '/es/']) {
      await page.goto(`${base}${story}`);
      const steps = await page.locator('.step').evaluateAll((all, fluid) => all.filter((s) => fluid.includes(s.getAttribute('data-chart') ?? '')).map((s) => s.id), FLUID);
      expect(steps.length).toBeGreaterThan(0);
      for (const id of steps) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForFunction((stepId) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === stepId, id, { timeout: 5000 });
        const measured = await measureLabels(page, '.scrolly-graphic');
        // Labels were found: the fewest are a map step's (Eswatini zoomed in: its name and two legend keys).
        expect(measured.labels.length, id).toBeGreaterThan(2);
        problems.push(...labelProblems(measured, `${story} step ${id}`), ...(await missingLabels(page, '.scrolly-graphic')).map((m) => `${story} step ${id}: ${m}`));
      }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('on country pages and the list of events', () => {
  for (const width of STORY_WIDTHS) {
    it(`every chart label reads at 11–22 px, inside its drawing, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of ['/countries/kosovo/', '/countries/panama/', '/events/', '/es/countries/kosovo/', '/es/countries/panama/', '/es/events/']) {
        await page.goto(`${base}${path}`);
        const measured = await measureLabels(page, 'main');
        expect(measured.labels.length, path).toBeGreaterThan(5);
        problems.push(...labelProblems(measured, `${path} at ${width}`), ...(await missingLabels(page, 'main')).map((m) => `${path} at ${width}: ${m}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('faded labels and marks', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keep 4.5:1 for labels and 3:1 for marks in every fluid chart's story steps, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const steps = await page.locator('.step').evaluateAll((all, fluid) => all.filter((s) => fluid.includes(s.getAttribute('data-chart') ?? '')).map((s) => s.id), FLUID);
      const problems: string[] = [];
      let faded = 0;
      for (const id of steps) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForFunction((stepId) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === stepId, id, { timeout: 5000 });
        faded += await page.locator('.scrolly-graphic figure:not([hidden]) svg.chart .muted').count();
        problems.push(...(await fadedContrastProblems(page, '.scrolly-graphic')).map((p) => `${id}: ${p}`));
      }
      expect(faded).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('without JavaScript', () => {
  for (const width of [360, 1280]) {
    it(`every label of every fluid chart on the story page reads at 11–22 px at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const measured = await measureLabels(page, 'main');
      const fluid = measured.labels.filter((l) => FLUID.some((c) => l.chart === `chart-${c}`));
      expect(fluid.length).toBeGreaterThan(50);
      expect([...labelProblems({ labels: fluid, overlaps: measured.overlaps.filter((o) => FLUID.some((c) => o.startsWith(`chart-${c}`))) }, `no-JS ${width}`), ...(await missingLabels(page, 'main'))]).toEqual([]);
      await context.close();
    });
  }
});

describe('in embeds on another site', () => {
  let host: Server;
  let hostUrl: string;
  let embeds: string[];

  beforeAll(async () => {
    // Each fluid chart's overview and story-step embeds, from the list of published addresses.
    // And the same embeds of the Spanish edition, under /es/.
    const urls = (await (await fetch(`${base}/`)).text()).match(/\/embed\/[a-z]+\/(?:[a-z0-9-]+\/)?/g) ?? [];
    const english = [...new Set(urls)].filter((u) => FLUID.some((c) => u.startsWith(`/embed/${c}/`)));
    embeds = [...english, ...english.map((u) => `/es${u}`)];
    const dir = mkdtempSync(join(tmpdir(), 'labels-host-'));
    for (const width of EMBED_WIDTHS) {
      writeFileSync(join(dir, `${width}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
        ${embeds.map((u) => `<iframe src="${base}${u}" title="${u}" width="${width}" height="1200" style="border:0;display:block"></iframe>`).join('\n')}</body></html>`);
    }
    const served = await serveStatic(dir);
    host = served.server;
    hostUrl = served.url.replace('127.0.0.1', 'localhost');
  });
  afterAll(() => host?.close());

  it('each state\'s image shows the labels its embed shows at the image\'s width', async () => {
    expect(embeds.length).toBeGreaterThan(0);
    // The image files are drawn 960 px wide; an embed page of 976 px has a 960 px drawing.
    const page = await browser.newPage({ viewport: { width: 976, height: 900 } });
    const differ: string[] = [];
    for (const url of embeds) {
      await page.goto(`${base}${url}`);
      const image = url.replace(/^(\/es)?\/embed\//, '$1/images/').replace(/\/$/, '.svg');
      const [shown, drawn] = await page.evaluate(async (src) => {
        // What a reader sees: laid out, not hidden by display or visibility (a label's other form is).
        const seen = (t: Element) => (t as SVGTextElement).getBoundingClientRect().width > 0
          && getComputedStyle(t).visibility === 'visible' && getComputedStyle(t).display !== 'none';
        const texts = (root: ParentNode) => [...root.querySelectorAll('text')].filter(seen).map((t) => t.textContent?.trim() ?? '').filter(Boolean).sort();
        const onPage = [...document.querySelectorAll('svg.chart')].flatMap((svg) => texts(svg));
        // The image file, with its own stylesheet, placed in the page off to the side and measured the same way.
        const box = document.createElement('div');
        box.setAttribute('style', 'position:absolute;left:-5000px;top:0');
        box.innerHTML = await (await fetch(src)).text();
        document.body.append(box);
        const inImage = texts(box);
        box.remove();
        return [onPage.sort(), inImage];
      }, image);
      if (JSON.stringify(shown) !== JSON.stringify(drawn)) differ.push(`${url} vs ${image}: ${JSON.stringify(shown.filter((t) => !drawn.includes(t)))} only in the embed, ${JSON.stringify(drawn.filter((t) => !shown.includes(t)))} only in the image`);
    }
    expect(differ).toEqual([]);
    await page.close();
  });

  for (const width of EMBED_WIDTHS) {
    it(`every label reads at 11–22 px, inside its drawing, in a ${width} px iframe`, async () => {
      expect(embeds.length).toBeGreaterThan(0);
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(`${hostUrl}/${width}.html`, { waitUntil: 'load' });
      const problems: string[] = [];
      for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
        const where = `${new URL(frame.url()).pathname} at ${width}`;
        const measured = await measureLabels(frame, 'main');
        expect(measured.labels.length, where).toBeGreaterThan(2);
        problems.push(...labelProblems(measured, where), ...(await missingLabels(frame, 'main')).map((m) => `${where}: ${m}`));
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
