/**
 * The seed site, built and served on 127.0.0.1, in Chromium: every chart is there without
 * JavaScript at phone and desktop widths, axe-core finds no violation, and screenshots are
 * written to test-results/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { serveStatic } from '../helpers/staticServer';

const project = resolve(import.meta.dirname, '../..');
const out = join(project, '.test-output', `seed-${process.pid}`);
const shots = join(project, 'test-results');
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const build = spawnSync(join(project, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: project, env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  ({ server, url: base } = await serveStatic(out));
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

const PAGES = ['/', '/countries/kosovo/', '/sources/'];

describe('without JavaScript', () => {
  for (const [width, height, visible, least] of [[360, 740, '.chart-narrow', 300], [1280, 800, '.chart-wide', 900]] as const) {
    it(`shows all four charts on the story page at ${width} px`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      for (const chart of ['status', 'map', 'deportees', 'timeline']) {
        const svg = page.locator(`#figure-${chart} ${visible} svg`);
        await expect(svg.isVisible()).resolves.toBe(true);
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(least);
        expect(box!.width).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: join(shots, `story-${width}.png`), fullPage: true });
      await context.close();
    });
  }
  it('shows a country page with its own timeline', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/countries/kosovo/`);
    const marks = page.locator('#figure-timeline .chart-narrow svg .mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#figure-timeline .chart-narrow svg').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(shots, 'country-kosovo-360.png'), fullPage: true });
    await context.close();
  });
});

describe('the scrollytelling story', () => {
  const stepIds = async (page: import('playwright-core').Page) => page.locator('.step').evaluateAll((steps) => steps.map((s) => s.id));

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
    it(`makes each step active as it scrolls by, with its chart state, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const graphic = page.locator('.scrolly-graphic');
      const ids = await stepIds(page);
      for (const [i, id] of ids.entries()) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForFunction((stepId) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === stepId, id, { timeout: 5000 });
        expect(await graphic.locator('figure').getAttribute('id')).toBe(`chart-${id}`);
        expect(await graphic.locator(`figure ${width < 760 ? '.chart-narrow' : '.chart-wide'} svg`).isVisible()).toBe(true);
        if (i === Math.floor(ids.length / 2)) await page.screenshot({ path: join(shots, `story-step-${width}x${height}.png`) });
      }
      await context.close();
    });
  }

  it('opens a deep link on its step, with that step\'s chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length * 0.6)];
    await page.goto(`${base}/#${target}`);
    await page.waitForFunction((id) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === id, target, { timeout: 5000 });
    expect(await page.locator('.scrolly-graphic figure').getAttribute('id')).toBe(`chart-${target}`);
    const box = await page.locator(`#${target}`).boundingBox();
    expect(box!.y).toBeLessThan(800);
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

  it('animates the chart change, except for readers who ask for reduced motion', async () => {
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const name = await page.locator('.scrolly-graphic figure').evaluate((f) => getComputedStyle(f).animationName);
      await context.close();
      return name;
    };
    expect(await animation('no-preference')).toBe('chart-in');
    expect(await animation('reduce')).toBe('none');
  });

  it('without JavaScript, shows every step followed by its own chart', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const ids = await stepIds(page);
    for (const id of ids) {
      const svg = page.locator(`#${id} .step-figure .chart-narrow svg`);
      expect(await svg.isVisible(), id).toBe(true);
      const [textBox, chartBox] = [await page.locator(`#${id} .step-text`).boundingBox(), await svg.boundingBox()];
      expect(chartBox!.y).toBeGreaterThan(textBox!.y);
    }
    expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
    await context.close();
  });
});

describe('page weight', () => {
  it('draws the world once per size and reuses it, in the map\'s colours', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const [uses, paths, fills] = await page.evaluate(() => {
      const use = document.querySelector('svg.chart-map use.land')!;
      const path = document.querySelector(`path${use.getAttribute('href')}`)!;
      return [document.querySelectorAll('svg.chart-map use.land').length, document.querySelectorAll('svg.chart-map path.land').length,
        [getComputedStyle(use).fill, getComputedStyle(path).fill]];
    });
    expect(uses).toBeGreaterThan(paths);
    expect(fills[0]).toBe(fills[1]);
    expect(fills[0]).not.toBe('rgb(0, 0, 0)');
    await page.close();
  });
});

describe('details on keyboard focus', () => {
  it('focusing a row of the data table picks out its marks in the chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    await page.locator('#figure-deportees summary').press('Enter');
    await page.locator('#figure-deportees tr[data-key="kosovo"] a').focus();
    const classes = await page.locator('#figure-deportees .chart-wide .mark[data-key="kosovo"]').getAttribute('class');
    expect(classes).toContain('is-focused');
    expect(await page.locator('#figure-deportees .chart-wide svg').getAttribute('class')).toContain('has-focus');
    expect(await page.locator('#figure-deportees .chart-wide .mark[data-key="panama"]').getAttribute('class')).not.toContain('is-focused');
    await page.keyboard.press('Shift+Tab');
    const previous = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-key'));
    expect(previous).toBe('moldova');
    expect(await page.locator('#figure-deportees .chart-wide .mark[data-key="moldova"]').getAttribute('class')).toContain('is-focused');
    expect(await page.locator('#figure-deportees .chart-wide .mark[data-key="kosovo"]').getAttribute('class')).not.toContain('is-focused');
    await page.close();
  });
  it('every mark has a hover tooltip', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const missing = await page.locator('.chart-wide svg .mark').evaluateAll((marks) => marks.filter((m) => !m.querySelector(':scope > title')?.textContent).length);
    expect(missing).toBe(0);
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of PAGES) {
    it(`axe-core finds no violations on ${path}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      await context.close();
    });
  }
  it('names every chart by its title and description', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const names = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((svg) => {
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      return ids.map((id) => (document.querySelectorAll(`[id="${id}"]`).length === 1 ? document.getElementById(id)?.textContent : 'duplicate id') ?? '').join(' | ');
    }));
    expect(names.length).toBeGreaterThanOrEqual(2 * (4 + 15));
    for (const name of names) expect(name).toMatch(/^.+ \| .{40,}$/);
    await page.close();
  });
});
