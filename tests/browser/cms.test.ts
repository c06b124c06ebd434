/**
 * The browser editor, as an editor without git uses it: `npm run cms` on a copy of the records in a
 * repository of their own, Decap CMS in Chromium, its proxy in git mode, all on 127.0.0.1. A change
 * the check refuses is shown in the editor with the check's words and proposes nothing; a valid
 * change waits for review on a branch of its own that changes only its own lines; saving without
 * edits changes nothing; publishing merges the branch, and `npm run check` accepts the result.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launch, startServer, stopServer } from '../helpers/browser';
import { git } from '../helpers/gitSite';
import { recordsAt } from '../../src/review/revision';

const project = resolve(import.meta.dirname, '../..');
const RECORD = 'content/countries/costa-rica.md';
const TRANSLATION = 'content/countries/costa-rica.es.md';
const CORRECTION = 'An earlier version gave the number of deportees Costa Rica took as 200.';
const today = new Date().toISOString().slice(0, 10);
const identity = { GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.org' };

let repo: string;
let server: ChildProcess | undefined;
let browser: Browser;
let page: Page;
let admin: string;
const dialogs: string[] = [];

const branches = () => git(repo, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']).split('\n').filter(Boolean).sort();
const onMain = (file: string) => git(repo, ['show', `main:${file}`]);

/** The lines only `a` has and the lines only `b` has (each line counted as often as it is there). */
function changedLines(a: string, b: string): [string[], string[]] {
  const x = a.split('\n');
  const y = b.split('\n');
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const [cx, cy] = [count(x), count(y)];
  return [x.filter((l) => (cy.get(l) ?? 0) < cx.get(l)!), y.filter((l) => (cx.get(l) ?? 0) < cy.get(l)!)];
}

/** Opens a record in the editor, loading the editor afresh (it keeps the sign-in). */
async function open(collection: string, slug: string) {
  await page.goto('about:blank');
  await page.goto(`${admin}#/collections/${collection}/entries/${slug}`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await page.getByLabel(/^Name/).first().waitFor();
}

/** Saves, and waits until the editor has saved or refused (src/cms/admin.ts marks <html data-save>). */
async function save(): Promise<string> {
  await page.evaluate(() => delete document.documentElement.dataset.save);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => ['refused', 'saved'].includes(document.documentElement.dataset.save ?? ''), undefined, { timeout: 60_000 });
  return page.evaluate(() => document.documentElement.dataset.save!);
}

const panel = () => page.locator('#check-problems');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'cms-'));
  cpSync(join(project, 'content'), join(repo, 'content'), { recursive: true });
  git(repo, ['init', '-q']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'published']);
  const [port, proxyPort] = [await freePort(), await freePort()];
  admin = `http://127.0.0.1:${port}/admin/`;
  server = await startServer(process.execPath, ['--import', 'tsx', 'scripts/cms.ts', repo], {
    cwd: project,
    env: { ...process.env, ...identity, CMS_PORT: String(port), CMS_PROXY_PORT: String(proxyPort) },
    url: admin,
  });
  // The proxy starts beside the editor: wait until it answers too.
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(admin);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByRole('link', { name: 'Countries', exact: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  stopServer(server);
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the browser editor (npm run cms)', () => {
  it('serves /admin/ with a policy of its own that no other site may frame', async () => {
    const res = await fetch(admin);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // Its check answers the editor only: not another site's page, nor a name rebound to this machine.
    const check = (headers: Record<string, string>) => new Promise<number>((done, fail) => {
      const req = request(new URL('check', admin), { method: 'POST', headers }, (r) => done(r.statusCode ?? 0));
      req.on('error', fail);
      req.end(JSON.stringify({ file: RECORD, text: 'x' }));
    });
    expect(await check({ 'content-type': 'application/json' })).toBe(200);
    expect(await check({ 'content-type': 'text/plain' })).toBe(403);
    expect(await check({ 'content-type': 'application/json', origin: 'http://evil.example' })).toBe(403);
    expect(await check({ 'content-type': 'application/json', host: 'evil.example' })).toBe(421);
    // The lists show records, not their translations, which have lists of their own.
    await page.goto(`${admin}#/collections/countries`);
    await expect.poll(() => page.getByText('Costa Rica', { exact: true }).count()).toBe(1);
    expect(await page.locator('body').textContent()).not.toContain('costa-rica.es');
  });

  it("shows the check's message for an invalid value, and proposes nothing", async () => {
    await open('countries', 'costa-rica');
    await page.getByLabel('Value', { exact: true }).first().fill('-5');
    expect(await save()).toBe('refused');
    await expect.poll(() => panel().textContent()).toContain('figures.received.value: expected zero or more, found -5');
    expect(await panel().textContent()).toContain(`${RECORD}, line 8, column 12`);
    expect(await panel().getByRole('heading').textContent()).toBe('Not saved: the check found a problem');
    expect(branches()).toEqual(['main']);
    expect(git(repo, ['status', '--porcelain'])).toBe('');
  });

  it('refuses a changed published number without its correction, in the check\'s words', async () => {
    await page.getByLabel('Value', { exact: true }).first().fill('210');
    expect(await save()).toBe('refused');
    await expect.poll(() => panel().textContent()).toContain('changes a published figure from 200 to 210');
    expect(await panel().textContent()).toContain('Add an entry under corrections:');
    expect(branches()).toEqual(['main']);
  });

  it('saves the figure with its correction on a branch of its own, changing only those lines', async () => {
    await page.getByRole('button', { name: /Add corrections/ }).click();
    await page.getByLabel('Date', { exact: true }).fill(today);
    await page.getByLabel('Text', { exact: true }).fill(CORRECTION);
    expect(await save()).toBe('saved');
    expect(branches()).toEqual(['cms/countries/costa-rica', 'main']);
    const before = onMain(RECORD);
    const after = git(repo, ['show', `cms/countries/costa-rica:${RECORD}`]);
    expect(changedLines(before, after)).toEqual([['    value: 200'], ['    value: 210', 'corrections:', `  - date: ${today}`, `    text: ${CORRECTION}`]]);
    expect(git(repo, ['diff', '--name-only', 'main', 'cms/countries/costa-rica'])).toBe(`${RECORD}\n`);
    // The Spanish of the new correction is still to do: saved all the same, and listed.
    expect(await panel().getByRole('heading').textContent()).toBe('Saved. Still to do before it is published:');
    expect(await panel().textContent()).toContain(`${TRANSLATION}, line 1`);
    // On its own, the branch lacks that Spanish: the check of the proposed change says so, and only that.
    const alone = recordsAt(repo, 'cms/countries/costa-rica').issues.map((i) => `${i.file} ${i.message}`);
    expect(alone).toEqual([`${TRANSLATION} untranslated: expected the Spanish for "An earlier version gave the number of deportees Costa Ric…"`]);
  });

  it('saves the Spanish of the correction on its own branch, checked with the English waiting for review', async () => {
    await open('countries_es', 'costa-rica');
    await page.getByRole('button', { name: /Add corrections/ }).click();
    await page.getByLabel('Text (optional)', { exact: true }).first().fill('Una versión anterior daba 200 como el número de deportados que acogió Costa Rica.');
    expect(await save()).toBe('saved');
    expect(await panel().count()).toBe(0);
    expect(branches()).toEqual(['cms/countries/costa-rica', 'cms/countries_es/costa-rica', 'main']);
    expect(git(repo, ['diff', '--name-only', 'main', 'cms/countries_es/costa-rica'])).toBe(`${TRANSLATION}\n`);
  });

  it('changes no record when saved without edits', async () => {
    await open('countries', 'kosovo');
    const aliases = page.getByLabel('Aliases (optional)', { exact: true });
    await aliases.fill('kosovo-old');
    await aliases.fill('');
    // The editor counts an undone edit as a change and offers to save it.
    expect(await page.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
    expect(await save()).toBe('refused');
    await expect.poll(() => page.locator('body').textContent()).toContain('nothing to save: the record reads exactly as it did');
    expect(branches()).not.toContain('cms/countries/kosovo');
    expect(git(repo, ['status', '--porcelain'])).toBe('');
    expect(git(repo, ['diff', 'HEAD'])).toBe('');
  });

  it('merges each branch into main when published, and npm run check accepts the result', async () => {
    for (const collection of ['countries', 'countries_es']) {
      await open(collection, 'costa-rica');
      await page.getByRole('button', { name: /Status: Draft/ }).click();
      await page.getByRole('menuitem', { name: /Ready/ }).click();
      await page.getByRole('button', { name: /^Publish$/ }).waitFor();
      await page.getByRole('button', { name: /^Publish$/ }).click();
      await page.getByRole('menuitem', { name: /Publish now/ }).click();
      await expect.poll(() => branches(), { timeout: 30_000 }).not.toContain(`cms/${collection}/costa-rica`);
    }
    expect(dialogs.filter((d) => /publish/i.test(d))).toHaveLength(2);
    expect(branches()).toEqual(['main']);
    expect(onMain(RECORD)).toContain('    value: 210\n');
    expect(onMain(TRANSLATION)).toContain('Una versión anterior daba 200');
    // `npm run check` on a clone of main, as the site's build would run it.
    const clone = mkdtempSync(join(tmpdir(), 'cms-main-'));
    try {
      git(clone, ['clone', '-q', repo, '.']);
      const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', clone], { cwd: project, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      expect(check.stdout).toContain('Content OK');
      expect(readFileSync(join(clone, RECORD), 'utf8')).toBe(onMain(RECORD));
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('creates a new record, named as the check names records, and its Spanish, named after it', async () => {
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/sources/new`);
    await page.getByLabel('Title', { exact: true }).fill('Statement by the Ministry of Tests');
    await page.getByLabel('Publisher', { exact: true }).fill('Ministry of Tests');
    await page.getByLabel('Kind', { exact: true }).click();
    await page.getByText('Statement — words said on the record', { exact: false }).first().click();
    expect(await save()).toBe('saved');
    const file = 'content/sources/statement-by-the-ministry-of-tests.yaml';
    // Written in the model's order, whatever order the editor holds the fields in.
    expect(git(repo, ['show', `cms/sources/statement-by-the-ministry-of-tests:${file}`])).toBe('title: Statement by the Ministry of Tests\npublisher: Ministry of Tests\nkind: statement\n');
    expect(await panel().textContent()).toContain('title: untranslated: expected the Spanish for "Statement by the Ministry of Tests" (no translation file yet: create it)');
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/sources_es/new`);
    await page.getByLabel(/^Translates/).fill('statement-by-the-ministry-of-tests');
    await page.getByLabel('Title (optional)', { exact: true }).fill('Declaración del Ministerio de Pruebas');
    await page.getByLabel('Publisher (optional)', { exact: true }).fill('Ministerio de Pruebas');
    expect(await save()).toBe('saved');
    expect(await panel().count()).toBe(0);
    expect(git(repo, ['show', `cms/sources_es/statement-by-the-ministry-of-tests:${file.replace('.yaml', '.es.yaml')}`])).toBe('title: Declaración del Ministerio de Pruebas\npublisher: Ministerio de Pruebas\n');
  });
});
