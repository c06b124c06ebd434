/**
 * Lighthouse on a built site's story page, as `npm run bench` reports it: mobile (Lighthouse's
 * default: a mid-range phone, slow 4G, the processor slowed 4×), served on 127.0.0.1 by a small
 * server that gzips text as a host would, in the machine's Chromium. Three runs, each in a fresh
 * browser; the median of each score. And the longest tasks while a reader scrolls through every
 * step of the story with the processor slowed 4×.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain',
};

/** The Chromium the browser tests use: CHROME_PATH, else the first of the usual paths. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => Boolean(p && existsSync(p)));
}

export interface StoryScores { performance: number; accessibility: number; bestPractices: number; lcp: number; cls: number; tbt: number; version: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A port nothing listens on now, for Chromium's debugging port. */
function freePort(): Promise<number> {
  return new Promise((found) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => found(port));
    });
  });
}

/** Median Lighthouse scores (0–100) and timings of the story (`/`, or `path`: `es/`) in `dist`, over three runs. */
export async function storyLighthouse(dist: string, executablePath: string, path = ''): Promise<StoryScores> {
  const { url: root, close } = await serve(dist);
  const url = `${root}${path}`;
  const runs: StoryScores[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`] });
      try {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        const { categories, audits, lighthouseVersion } = result!.lhr;
        runs.push({
          performance: Math.round((categories.performance.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
          bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
          lcp: audits['largest-contentful-paint'].numericValue ?? 0,
          cls: audits['cumulative-layout-shift'].numericValue ?? 0,
          tbt: audits['total-blocking-time'].numericValue ?? 0,
          version: lighthouseVersion,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    close();
  }
  const of = (key: keyof Omit<StoryScores, 'version'>) => median(runs.map((r) => r[key]));
  return { performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), lcp: of('lcp'), cls: of('cls'), tbt: of('tbt'), version: runs[0].version };
}

/**
 * The tasks over 50 ms, in ms, while the story is read step by step (each step's text brought to
 * the reading line, as the browser tests do) at `width` px with the processor slowed 4×.
 */
export async function scrollLongTasks(dist: string, executablePath: string, width: number, height: number): Promise<number[]> {
  const { url, close } = await serve(dist);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration)); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForLoadState('load');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => { (window as unknown as { longTasks: number[] }).longTasks = []; });
    for (const id of await page.locator('.step').evaluateAll((steps) => steps.map((s) => s.id))) {
      await page.locator(`#${id} .step-text`).evaluate(toReadingLine);
      await page.waitForFunction((step) => document.querySelector('.scrolly-graphic')?.getAttribute('data-active-step') === step, id, { timeout: 10_000 });
      await page.waitForTimeout(100);
    }
    return await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  } finally {
    await browser.close();
    close();
  }
}

/**
 * In the page: scrolls as a reader does to a step, its text (`text`) just past the reading line
 * (the middle of the screen; on phones, a little below the chart: --scrolly-line). Self-contained,
 * to be handed to Playwright's `evaluate`.
 */
export function toReadingLine(text: Element): void {
  const line = (Number(getComputedStyle(text.closest('.scrolly')!).getPropertyValue('--scrolly-line')) || 50) / 100;
  window.scrollBy(0, text.getBoundingClientRect().top - line * window.innerHeight + 12);
}

/** Serves `dist` on 127.0.0.1 with text gzipped, as a host would. */
async function serve(dist: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    let file = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const text = /text|javascript|json|svg|xml/.test(type);
    const body = text ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'max-age=3600', ...(text ? { 'Content-Encoding': 'gzip' } : {}) }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
