/**
 * The country tracker (/countries/ and /embed/tracker/) in Chromium, on the seed site: complete
 * and in order without JavaScript, sorted, filtered and searched with the keyboard only, the view
 * kept in the address, the CSV of exactly the rows shown, the embed sizing itself, axe clean.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/model/vocabulary';
import { launch } from '../helpers/browser';
import { axeViolations, servedSeed } from '../helpers/servedSeed';
import { serveStatic } from '../helpers/staticServer';

const seed = servedSeed('tracker');
let out: string;
let base: string;
let browser: Browser;

/** The published countries, as the data file gives them: what the tracker must show. */
interface CountryJson { slug: string; name: string; status: keyof typeof STATUSES; region: string; received: number | null; returned: number | null; pledged: number | null }
let countries: CountryJson[];

beforeAll(async () => {
  ({ out, base } = seed);
  browser = await launch();
  countries = JSON.parse(readFileSync(join(out, 'data/countries.json'), 'utf8'));
});
afterAll(async () => {
  await browser?.close();
});

/** The names of the rows a reader sees, top to bottom. */
const shownNames = (page: Page) => page.locator('.tracker tbody tr:visible th[scope=row]').allInnerTexts();
const shownCells = (page: Page, column: number) => page.locator(`.tracker tbody tr:visible > :nth-child(${column})`).allInnerTexts();

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`, at most 40 times: keyboard only. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${selector}`);
}

const statusRank = (s: keyof typeof STATUSES) => Object.keys(STATUSES).indexOf(s);

describe('without JavaScript', () => {
  it('lists every country, by status then name, with unknown figures as "not reported" and no controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${base}/countries/`);
    const expected = [...countries].sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name, 'en')).map((c) => c.name);
    expect(expected.length).toBe(25);
    expect(await shownNames(page)).toEqual(expected);
    const received = await shownCells(page, 4);
    for (const [i, c] of [...countries].sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name, 'en')).entries()) {
      if (c.received === null) expect(received[i], c.name).toBe('not reported');
      else expect(received[i].replace(/\D/g, ''), c.name).toBe(String(c.received));
    }
    expect(await page.locator('.tracker-controls').isVisible()).toBe(false);
    // Every column is there on a phone, status and region included (the story's own table drops them).
    for (const column of ['name', 'status', 'region', 'received', 'latest', 'sources']) {
      expect(await page.locator(`.tracker thead th[data-sort=${column}]`).isVisible(), column).toBe(true);
    }
    expect(await page.locator('.tracker-count').innerText()).toBe('All 25 countries, sorted by status, strongest commitment first.');
    // 320 px: the page never scrolls sideways; the table scrolls in its own box, the country column stays put.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const wrap = page.locator('.tracker .table-wrap');
    const first = page.locator('.tracker tbody th[scope=row]').first();
    const before = (await first.boundingBox())!.x;
    await wrap.evaluate((el) => { el.scrollLeft = 400; });
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    expect((await first.boundingBox())!.x).toBeCloseTo(before, 0);
    // Scrolled to its end, the box shows the last column beside the fixed country column.
    await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const box = (await wrap.boundingBox())!;
    const sources = (await page.locator('.tracker thead th[data-sort=sources]').boundingBox())!;
    expect(sources.x + sources.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(sources.x).toBeGreaterThan((await first.boundingBox())!.x + (await first.boundingBox())!.width - 1);
    await context.close();
  });
});

describe('with the keyboard only', () => {
  it('searches, filters and sorts, says what is shown, and keeps the view in the address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/countries/`);

    await tabTo(page, 'input[name=q]');
    await page.keyboard.type('Ko');
    expect(await shownNames(page)).toEqual(['Kosovo']);
    expect(await page.locator('.tracker-count').innerText()).toBe('1 of 25 countries, sorted by status, strongest commitment first.');
    // Accents don't matter: "sao tome" finds São Tomé and Príncipe.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('sao tome');
    expect(await shownNames(page)).toEqual(['São Tomé and Príncipe']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await shownNames(page)).toHaveLength(25);

    await tabTo(page, 'select[name=region]');
    // Region options follow the vocabulary's order; choose Africa by typing its first letter.
    await page.keyboard.type('Af');
    const african = countries.filter((c) => c.region === 'africa').map((c) => c.name);
    expect((await shownNames(page)).sort()).toEqual([...african].sort());
    expect(await page.locator('.tracker-count').innerText()).toBe(`${african.length} of 25 countries, sorted by status, strongest commitment first.`);

    // Sort by Received: the button in its header, largest first, unknown figures last.
    await tabTo(page, 'th[data-sort=received] button');
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort=received]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    const values = (await shownCells(page, 4)).map((t) => (t === 'not reported' ? null : Number(t.replace(/\D/g, ''))));
    const known = values.filter((v): v is number => v !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(values.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(known.length).every((v) => v === null)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('th[data-sort=received]').getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await shownCells(page, 4)).map((t) => (t === 'not reported' ? null : Number(t.replace(/\D/g, ''))));
    // Smallest first, and unknown figures still last: never read as zero.
    expect(ascending.slice(0, known.length)).toEqual([...known].sort((a, b) => a - b));
    expect(ascending.slice(known.length).every((v) => v === null)).toBe(true);
    expect(await page.locator('.tracker-count').innerText()).toBe(`${african.length} of 25 countries, sorted by received, smallest first.`);

    // The address holds the view; opening it elsewhere shows the same rows in the same order.
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ sort: 'received', order: 'asc', region: 'africa' });
    const names = await shownNames(page);
    const again = await context.newPage();
    await again.goto(url.href);
    expect(await shownNames(again)).toEqual(names);
    expect(await again.locator('select[name=region]').inputValue()).toBe('africa');
    expect(await again.locator('th[data-sort=received]').getAttribute('aria-sort')).toBe('ascending');

    // "Show all" clears the filters and keeps the order.
    await tabTo(page, 'button[data-tracker-reset]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownNames(page)).toHaveLength(25);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ sort: 'received', order: 'asc' });
    await context.close();
  });

  it('opens a shared view of a status: ?sort=received&status=received', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/countries/?sort=received&status=received&region=nowhere`);
    const received = countries.filter((c) => c.status === 'received');
    // Largest first; ties and unknowns keep the first order (status, then name).
    const expected = [...received].sort((a, b) => (a.received === null ? 1 : 0) - (b.received === null ? 1 : 0) || (b.received ?? 0) - (a.received ?? 0) || a.name.localeCompare(b.name, 'en'));
    expect(await shownNames(page)).toEqual(expected.map((c) => c.name));
    expect(await page.locator('select[name=status]').inputValue()).toBe('received');
    // An unknown region in the address is left off, not applied as "no country".
    expect(await page.locator('select[name=region]').inputValue()).toBe('');
    await page.close();
  });
});

describe('sorting by text and by date', () => {
  it('sorts names Z to A, regions A to Z with status-then-name ties, and the latest events newest first', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/countries/?sort=name&order=desc&q=a`);
    const names = await shownNames(page);
    expect(names.every((n) => /a/i.test(n.normalize('NFD')))).toBe(true);
    expect(await page.locator('input[name=q]').inputValue()).toBe('a');
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')));

    await page.goto(`${base}/countries/?sort=region`);
    const rank = (name: string) => statusRank(countries.find((c) => c.name === name)!.status);
    const regions = await shownCells(page, 3);
    const inOrder = await shownNames(page);
    for (let i = 1; i < regions.length; i += 1) {
      expect(regions[i - 1].localeCompare(regions[i], 'en')).toBeLessThanOrEqual(0);
      if (regions[i - 1] !== regions[i]) continue;
      // Within a region, the first order holds: status rank, then name.
      const [a, b] = [inOrder[i - 1], inOrder[i]];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.localeCompare(b, 'en') < 0), `${a} before ${b}`).toBe(true);
    }

    await page.goto(`${base}/countries/?sort=latest`);
    const starts = await page.locator('.tracker tbody tr:visible td.col-latest').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value ?? null));
    const known = starts.filter((s): s is string => s !== null);
    expect(starts.slice(0, known.length)).toEqual([...known].sort().reverse());
    expect(starts.slice(known.length).every((s) => s === null)).toBe(true);
    await page.close();
  });
});

describe('the CSV of what is shown', () => {
  it('downloads exactly the rows shown, in their order, in the columns of /data/tracker.csv', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/countries/?sort=name&order=desc&region=europe`);
    const names = await shownNames(page);
    expect(names.length).toBeGreaterThan(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these countries as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('countries-selection.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const published = readFileSync(join(out, 'data/tracker.csv'), 'utf8').split('\r\n');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(published[0]);
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    const nameOf = (line: string) => countries.find((c) => line.startsWith(`${c.slug},`))!.name;
    expect(rows.map(nameOf)).toEqual(names);
    for (const row of rows) expect(published).toContain(row);
    // Each row's count of sources is the one its table row shows.
    const cited = await shownCells(page, 8);
    const column = lines[0].split(',').indexOf('sources_cited');
    expect(rows.map((line) => csvParseRows(line)[0][column])).toEqual(cited.map((t) => t.replace(/\D/g, '')));
    // The link's own address stays the whole table, for a reader who copies it.
    expect(await page.getByRole('link', { name: 'Download these countries as CSV' }).getAttribute('href')).toBe('/data/tracker.csv');
    await context.close();
  });

  it('links the whole table when the whole table is shown', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/countries/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these countries as CSV' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(join(out, 'data/tracker.csv'), 'utf8'));
    expect(download.suggestedFilename()).toBe('tracker.csv');
    await context.close();
  });
});

describe('the tracker embed', () => {
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    const oembed = await (await fetch(`${base}/oembed/tracker.json`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    const dir = mkdtempSync(join(tmpdir(), 'tracker-host-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"><style>main { max-width: 700px; margin: 0 auto; }</style></head>
      <body><main><p>An article.</p>${oembed.html}<p>The end.</p></main></body></html>`);
    const served = await serveStatic(dir);
    host = served.server;
    hostUrl = served.url.replace('127.0.0.1', 'localhost');
  });
  afterAll(() => host?.close());

  it('reserves, before it loads, the height it takes at 640 and 340 px', async () => {
    const snippet = (await (await fetch(`${base}/oembed/tracker.json`)).json()).html as string;
    const reserved = { 640: Number(/data-height-wide="(\d+)"/.exec(snippet)![1]), 340: Number(/data-height-narrow="(\d+)"/.exec(snippet)![1]) };
    for (const width of [640, 340] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${base}/embed/tracker/`);
      const height = await page.evaluate(() => document.body.getBoundingClientRect().height);
      expect(Math.abs(height - reserved[width]), `at ${width} px: ${height} px, ${reserved[width]} reserved`).toBeLessThanOrEqual(24);
      await page.close();
    }
  });

  it('sizes itself in a 700 px column, and again after a filter shortens it', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(hostUrl);
    const iframe = page.locator('iframe[data-tcd-embed]');
    await iframe.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('data-tcd-sized'), null, { timeout: 15_000 });
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    const fits = async () => {
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      return Math.abs((await iframe.boundingBox())!.height - content);
    };
    await expect.poll(fits).toBeLessThanOrEqual(2);
    const tall = (await iframe.boundingBox())!.height;
    await frame.locator('input[name=q]').fill('Kosovo');
    await expect.poll(fits).toBeLessThanOrEqual(2);
    expect((await iframe.boundingBox())!.height).toBeLessThan(tall);
    // The embed's own links open outside the host's frame.
    expect(await frame.locator('.tracker tbody th a').first().getAttribute('target')).toBe('_blank');
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of ['/countries/', '/countries/?sort=received&status=received', '/embed/tracker/']) {
    it(`axe-core finds no violations on ${path}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
