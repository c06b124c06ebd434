/**
 * `npm run dev` with an invalid record: the browser shows the check's report in Astro's error
 * overlay, and once the record is fixed the page renders again without a restart.
 */
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, makeSite, removeSite, replace } from '../helpers/fixtureSite';
import { freePort, launch, startServer, stopServer } from '../helpers/browser';

const project = resolve(import.meta.dirname, '../..');
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
  it('shows the file, line and message in the error overlay', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    const text = await overlay.evaluate((el) => el.shadowRoot?.querySelector('#message-content')?.textContent ?? el.shadowRoot?.textContent ?? '');
    expect(text).toContain('content/countries/beta.md:5:9 status: expected one of received, transit, agreed');
    expect(text).toContain('found "agred" (did you mean "agreed"?)');
    await page.close();
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
  });
});
