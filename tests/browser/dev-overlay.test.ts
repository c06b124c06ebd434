/**
 * `npm run dev` with an invalid record: every address answers with a plain HTML page (status 500,
 * no JavaScript) listing the problems as `npm run check` prints them, and once the record is fixed
 * the pages render again without a restart.
 */
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, makeSite, removeSite, replace } from '../helpers/fixtureSite';
import { freePort, launch, startServer, stopServer } from '../helpers/browser';

const project = resolve(import.meta.dirname, '../..');
const PROBLEM = 'content/countries/beta.md:5:9 status: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found "agred" (did you mean "agreed"?)';
let site: string;
let server: ChildProcess | undefined;
let browser: Browser;
let url: string;

beforeAll(async () => {
  site = makeSite({ 'content/countries/beta.md': replace('status: agreed', 'status: agred') });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  browser = await launch();
  server = await startServer(join(project, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, CONTENT_ROOT: site, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
    url,
  });
});
afterAll(async () => {
  await browser?.close();
  stopServer(server);
  if (site) removeSite(site);
});

describe('astro dev with an invalid record', () => {
  it('answers every address with a plain page listing the problems, status 500, without a script', async () => {
    for (const address of ['', 'countries/beta/', 'embed/map/', 'data/countries.csv']) {
      const res = await fetch(`${url}${address}`);
      const body = await res.text();
      expect({ address, status: res.status, type: res.headers.get('content-type') }).toEqual({ address, status: 500, type: 'text/html; charset=utf-8' });
      expect(body).toContain('<title>1 problem in content/</title>');
      expect(body).toContain(`<li><code>${PROBLEM.replace(/"/g, '&quot;')}</code></li>`);
      expect(body).not.toMatch(/<script/i);
    }
  });

  it('reads without JavaScript: the title, the list as `npm run check` prints it, and what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${url}countries/beta/`);
    expect(response?.status()).toBe(500);
    expect(await page.title()).toBe('1 problem in content/');
    expect(await page.locator('h1').textContent()).toBe('1 problem in content/');
    expect(await page.locator('li').allTextContents()).toEqual([PROBLEM]);
    expect(await page.locator('main').textContent()).toContain('Fix the lines listed above and save the file, then reload this page.');
    expect(await page.locator('script').count()).toBe(0);
    await context.close();
  });

  it('renders the page again once the record is fixed', async () => {
    applyEdits(site, { 'content/countries/beta.md': replace('status: agred', 'status: agreed') });
    let status = 0;
    let body = '';
    for (let i = 0; i < 40 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const res = await fetch(`${url}countries/beta/`);
      status = res.status;
      body = await res.text();
    }
    // On failure, say what the server answered instead of the page.
    expect(status, body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 1500)).toBe(200);
    expect(body).toContain('<h1>Beta</h1>');
    expect((await fetch(url)).status).toBe(200);
  });

  it('serves the files the pages link at their built addresses: images, data, oEmbed and the feed', async () => {
    for (const [address, type] of [['images/map.png', 'image/png'], ['images/timeline/beta.svg', 'image/svg+xml'], ['data/countries.csv', 'text/csv'], ['updates.xml', 'application/atom+xml'], ['oembed/map.json', 'application/json']]) {
      const res = await fetch(`${url}${address}`);
      expect(res.status, address).toBe(200);
      expect(res.headers.get('content-type'), address).toContain(type);
    }
    expect((await fetch(`${url}images/no-such-chart.png`)).status).toBe(404);
  });
});
