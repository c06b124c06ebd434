/**
 * Hostile content: XSS payloads (tests/hostile.payloads.ts) written into every kind of record
 * field and Markdown body of the fixture site. One build; then every built HTML page (and every
 * standalone SVG image) is opened in Chromium with JavaScript on, poked (hover, focus, click, every
 * <details> opened), and must not run a payload, open a dialog, navigate away or hold a scripting
 * URL, an event handler or a dangerous element. Text payloads must come out as visible text, the
 * JSON-LD as JSON with `</script>` escaped, and the feed and data files well-formed.
 *
 * The browser ignores the Content-Security-Policy (bypassCSP) so that escaping and sanitising are
 * tested on their own: the policy is a second line, and it allows by hash whatever inline script
 * the build wrote, so it would not stop a script that escaping let through.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { launch } from './helpers/browser';
import { buildSite } from './helpers/buildSite';
import { makeSite, removeSite, replace, type Edits } from './helpers/fixtureSite';
import { serveStatic } from './helpers/staticServer';
import { MARKDOWN_VISIBLE, PAYLOADS, REFUSED_URLS, URL_BREAKOUT, payload } from './hostile.payloads';

const project = resolve(import.meta.dirname, '..');
const out = join(project, '.test-output', `hostile-${process.pid}`);
const refusedOut = join(project, '.test-output', `hostile-refused-${process.pid}`);
const SITE_NAME = 'Third-country deportations';

/** The text of a payload, by id. */
const t = (id: string) => payload(id).text;

// ---------------------------------------------------------------------------------------------
// The hostile site: the fixture's records, with a payload in every text field.

/** Every Markdown payload, one paragraph each. */
const ALL_MARKDOWN = PAYLOADS.map((p) => p.text).join('\n\n');
/**
 * Payloads the story's check refuses: `<SCRIPT/XSS SRC="data:text/…">` is not an HTML tag to
 * Markdown, so `:text` reads as an unknown directive. They are refused in a build of their own.
 */
const STORY_REFUSED = ['script-slash'];
const STORY_MARKDOWN = PAYLOADS.filter((p) => !STORY_REFUSED.includes(p.id)).map((p) => p.text).join('\n\n');

/** YAML that keeps every string exactly as given: double-quoted, never folded. */
const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
const markdownRecord = (data: unknown, body: string) => `---\n${yaml(data)}---\n${body}\n`;

const RECORDS: Record<string, { data: Record<string, unknown>; body?: string }> = {
  'content/countries/alpha-land.md': {
    data: {
      name: t('title-breakout'),
      iso3: 'ARG',
      region: 'latin-america',
      status: 'received',
      status_note: t('img-onerror'),
      figures: {
        received: { value: 300, approx: true, as_of: '2025-02', sources: ['article'], note: t('svg-script') },
        returned: { value: 107, as_of: '2025-06', sources: ['cable-march'] },
        paid: { label: t('attr-sq'), value: 5, as_of: '2025-02', sources: ['article'] },
      },
      sources: ['article'],
      quotes: [{ text: t('script-tag'), speaker: t('attr-unquoted'), role: t('details-ontoggle'), source: 'article' }],
      corrections: [{ date: '2026-12-01', text: t('style-breakout') }],
    },
    body: `Country notes.\n\n${ALL_MARKDOWN}`,
  },
  'content/countries/beta.md': {
    data: {
      name: t('attr-dq'),
      iso3: 'BEL',
      region: 'europe',
      status: 'agreed',
      status_note: t('input-autofocus'),
      figures: { pledged: { value: 50, approx: true, qualifier: 'up to', as_of: '2025-05-12', sources: ['memo'], note: t('base-href') } },
      sources: ['memo', 'article'],
      quotes: [{ text: t('textarea-breakout'), speaker: t('math-mxss'), role: t('iframe-srcdoc'), source: 'memo' }],
      corrections: [
        { date: '2026-11-30', text: t('meta-refresh') },
        { date: '2026-12-02', text: t('form-action') },
      ],
    },
    body: `Beta's notes. ${t('img-onerror')} ${t('js-link')}`,
  },
  'content/events/2025-01-20-inauguration.md': {
    data: {
      date: '2025-01-20', type: 'milestone', title: t('body-onload'), sources: ['article'],
      corrections: [{ date: '2026-12-03', text: t('line-separators') }],
    },
    body: `The administration takes office. ${t('svg-onload')}`,
  },
  'content/events/2025-02-alpha-takes-300.md': {
    data: {
      date: '2025-02', type: 'transfer', countries: ['alpha-land'], title: t('img-case'),
      figures: [{ label: t('js-link'), value: 300, approx: true, note: t('js-link-entity') }],
      quotes: [{ text: t('object-data'), speaker: t('embed-src'), role: t('js-link-long'), source: 'article' }],
      sources: ['article'],
    },
    body: `Event summary.\n\n${ALL_MARKDOWN}`,
  },
  'content/events/2025-05-12-beta-answer.md': {
    data: {
      date: '2025-05-12', type: 'agreement', countries: ['beta'], title: t('svg-animate'),
      figures: [{ label: t('js-link-tab'), value: 50, approx: true, qualifier: 'up to', note: t('js-link-newline') }],
      quotes: [{ text: t('iframe-js'), speaker: t('vbscript'), source: 'memo' }],
      sources: ['memo'],
      corrections: [{ date: '2026-12-04', text: t('dom-clobber') }],
    },
    body: `Beta said it would take some. ${t('details-ontoggle')}`,
  },
  'content/events/2025-06-alpha-returns.md': {
    data: {
      date: '2025-06', type: 'return', countries: ['alpha-land'], title: t('style-import'),
      figures: [{ label: t('data-link'), value: 107, note: t('meta-refresh-js') }],
      sources: ['cable-march'],
    },
    body: `Some returned. ${t('iframe-js')}`,
  },
  'content/sources/article.yaml': {
    data: {
      title: t('attr-both'), publisher: t('script-slash'), author: t('js-colon-entity'), kind: 'article', date: '2025-06',
      url: URL_BREAKOUT, notes: t('math-href'),
      corrections: [{ date: '2026-12-05', text: t('js-link-space') }],
    },
  },
  'content/sources/cable-march.yaml': {
    data: { title: t('script-src-data'), publisher: t('js-link-upper'), kind: 'diplomatic-cable', date: '2025-03 late', reported_in: 'article', notes: t('js-link-hex') },
  },
  'content/sources/memo.yaml': {
    data: {
      title: t('svg-onload'), publisher: t('formaction'), kind: 'dhs-memo', date: '2025-02/2025-04', reported_in: 'article', notes: t('img-src-js'),
      corrections: [{ date: '2026-11-29', text: t('meta-refresh-js') }],
    },
  },
  'content/story/index.md': {
    data: {
      title: t('script-breakout'),
      standfirst: t('script-breakout-upper'),
      description: t('comment-script'),
      byline: t('line-separators'),
      published: '2026-11-28',
      period: { from: '2025-01', to: '2025-06' },
      sources: ['article'],
      corrections: [{ date: '2026-12-06', text: t('title-breakout') }],
    },
    body: [
      '## Hostile prose', '',
      'Prose with a note :cite[article] and a figure, :fig[alpha-land.received].', '',
      STORY_MARKDOWN, '',
      ':::step{#hostile-step chart=timeline highlight=alpha-land}',
      'Step text with a note :cite[memo].', '',
      STORY_MARKDOWN,
      ':::', '',
      '## After the step', '',
      'Closing prose.',
    ].join('\n'),
  },
};

const EDITS: Edits = Object.fromEntries(Object.entries(RECORDS).map(([file, { data, body }]) =>
  [file, file.endsWith('.md') ? markdownRecord(data, body ?? '') : yaml(data)]));

/** Where each payload was written: "file field" for every string leaf equal to a payload. */
function placements(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  const visit = (file: string, value: unknown, path: string) => {
    if (typeof value === 'string') {
      const p = PAYLOADS.find((x) => x.text === value);
      if (p) where.set(p.id, [...(where.get(p.id) ?? []), `${file} ${path}`]);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(file, v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(file, v, path ? `${path}.${k}` : k);
  };
  for (const [file, { data }] of Object.entries(RECORDS)) visit(file, data, '');
  return where;
}

// ---------------------------------------------------------------------------------------------
// Building, serving and visiting.

const build = (contentRoot: string, outDir: string) => buildSite(outDir, { CONTENT_ROOT: contentRoot });

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The address of a built file: `countries/beta/index.html` → `/countries/beta/`. */
const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

interface Visit {
  address: string;
  pwned: string;
  dialogs: string[];
  popups: string[];
  navigations: string[];
  finalUrl: string;
  /** What could not be done on the page (a navigation destroyed it, say). */
  errors: string[];
  problems: string[];
  /** Visible text, whitespace collapsed (HTML pages only). */
  text: string;
  title: string;
  metas: Record<string, string>;
  jsonLd: string[];
  linkTitles: string[];
  hrefs: string[];
}

/** Hover, click and focus everything a reader could, and open every <details>. */
async function poke(page: Page): Promise<void> {
  await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    for (const el of all) {
      for (const type of ['pointerover', 'mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup']) {
        el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter', cancelable: true, view: window }));
      }
    }
    // Clicks: everything but real links (they navigate, as they should) and the clipboard button.
    for (const el of all) {
      if (el.closest('a[href], area[href]') || el.matches('button[data-copy]')) continue;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    }
    const focusable = 'a[href], button, input, select, textarea, summary, iframe, object, embed, details, [tabindex], [contenteditable]';
    for (const el of document.querySelectorAll<HTMLElement>(focusable)) el.focus();
    for (const d of document.querySelectorAll('details')) d.open = true;
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  for (const [x, y] of [[40, 40], [400, 300], [900, 600], [640, 200]]) await page.mouse.move(x, y);
}

/** Everything in the DOM that a sanitiser or escaper should have kept out. */
function audit({ image, trackerPages }: { image: boolean; trackerPages: string[] }): string[] {
  const problems: string[] = [];
  const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background',
    'ping', 'cite', 'longdesc', 'codebase', 'dynsrc', 'lowsrc', 'manifest', 'icon', 'usemap', 'values', 'from', 'to', 'by']);
  const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'style', 'textarea',
    'select', 'foreignobject', 'animate', 'set', 'animatemotion', 'animatetransform', 'math', 'template', 'isindex']);
  // Browsers drop tabs and newlines anywhere in a URL and controls and spaces around it.
  const scheme = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
  let ldJson = 0;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    const at = `<${tag}${el.id ? `#${el.id}` : ''}>`;
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${at} has the event handler ${name}="${a.value}"`);
      if (name === 'srcdoc') problems.push(`${at} has srcdoc`);
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|livescript|data):/.test(scheme(a.value))) problems.push(`${at} has ${name}="${a.value}"`);
    }
    // Standalone SVG images carry the chart's own stylesheet (src/images/standaloneSvg.ts).
    const ownStyle = image && tag === 'style' && el.parentElement === document.documentElement && !(el.textContent ?? '').includes('__pwned');
    // The tracker's own search field and filters, inside the component's own markup (src/components/Tracker.astro).
    const ownControl = trackerPages.includes(location.pathname)
      && (tag === 'select' || (tag === 'input' && (el as HTMLInputElement).type === 'search'))
      && el.closest('div.tracker[data-tracker] > search.tracker-controls') !== null && !el.closest('.prose, .story, .events, .step');
    if (FORBIDDEN.has(tag) && !ownStyle && !ownControl) problems.push(`${at} is in the page`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push(`<meta http-equiv="${el.getAttribute('http-equiv')}"> is in the page`);
    if (tag === 'link' && !el.closest('head')) problems.push('<link> outside <head>');
    if (tag === 'input' && !ownControl && !((el as HTMLInputElement).type === 'checkbox' && (el as HTMLInputElement).disabled)) problems.push(`${at} type=${el.getAttribute('type')}`);
    if (el.id === '__pwned' || el.getAttribute('name') === '__pwned') problems.push(`${at} is named __pwned (DOM clobbering)`);
    if (tag === 'script') {
      const type = el.getAttribute('type');
      const src = el.getAttribute('src');
      if (type === 'application/ld+json') ldJson++;
      else if (type !== 'module') problems.push(`<script type="${type}"> is in the page`);
      if (src !== null && !new URL(src, document.baseURI).pathname.startsWith('/_astro/')) problems.push(`<script src="${src}"> is in the page`);
      if ((el.textContent ?? '').includes('__pwned') && type !== 'application/ld+json') problems.push(`a script runs "${el.textContent}"`);
    }
  }
  if (ldJson > 1) problems.push(`${ldJson} JSON-LD scripts`);
  for (const el of document.querySelectorAll('a, area')) {
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href === null) continue;
    let protocol = '';
    try { protocol = new URL(href, document.baseURI).protocol; } catch { continue; }
    if (!['http:', 'https:', 'mailto:'].includes(protocol)) problems.push(`<${el.localName} href="${href}"> resolves to ${protocol}`);
  }
  if (document.baseURI !== location.href) problems.push(`the base URL is ${document.baseURI}`);
  return problems;
}

/** The tracker's pages and the keys of the view it keeps in their address (src/client/tracker.ts). */
const TRACKER_PAGES = ['/countries/', '/embed/tracker/'];
const TRACKER_KEYS = ['sort', 'order', 'q', 'status', 'region'];

async function visit(context: BrowserContext, base: string, address: string): Promise<Visit> {
  const page = await context.newPage();
  const v: Visit = {
    address, pwned: 'undefined', dialogs: [], popups: [], navigations: [], finalUrl: '', errors: [], problems: [], text: '', title: '', metas: {}, jsonLd: [], linkTitles: [], hrefs: [],
  };
  page.on('dialog', (d) => { v.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  page.on('popup', (p) => { v.popups.push(p.url()); });
  // The tracker keeps its view in the address (history.replaceState): on its two pages, a query made
  // only of its own keys is not a navigation away; any other change of address is.
  const ownView = (url: string) => {
    const u = new URL(url);
    return TRACKER_PAGES.includes(address) && u.origin + u.pathname === base + address && !u.hash
      && [...u.searchParams.keys()].every((key) => TRACKER_KEYS.includes(key));
  };
  page.on('framenavigated', (f) => {
    if (f !== page.mainFrame()) return;
    if (v.navigations.length === 0 || !ownView(f.url())) v.navigations.push(f.url());
  });
  // A payload that navigates destroys the page's context mid-way: note it and carry on.
  const attempt = async (what: string, step: () => Promise<void>) => {
    try { await step(); } catch (e) { v.errors.push(`${what}: ${(e as Error).message.split('\n')[0]}`); }
  };
  await page.goto(base + address, { waitUntil: 'load' });
  await attempt('poking', () => poke(page));
  await page.waitForTimeout(250);
  await attempt('reading', async () => { Object.assign(v, await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __pwnedLog: string[] };
    const html = document.documentElement instanceof HTMLElement;
    return {
      pwned: typeof w.__pwned === 'undefined' && w.__pwnedLog.length === 0 ? 'undefined' : `${String(w.__pwned)} (set by ${w.__pwnedLog.join(', ')})`,
      text: html ? document.body.innerText.replace(/\s+/g, ' ') : '',
      title: document.title,
      metas: Object.fromEntries([...document.querySelectorAll('meta[name], meta[property]')].map((m) => [m.getAttribute('name') ?? m.getAttribute('property'), m.getAttribute('content') ?? ''])),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      linkTitles: [...document.querySelectorAll('a[title]')].map((a) => a.getAttribute('title') ?? ''),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    };
  })); });
  await attempt('auditing', async () => { v.problems = await page.evaluate(audit, { image: address.endsWith('.svg'), trackerPages: TRACKER_PAGES }); });
  v.finalUrl = ownView(page.url()) ? base + address : page.url();
  await page.close();
  return v;
}

// ---------------------------------------------------------------------------------------------

let site: string;
let server: Server | undefined;
let browser: Browser | undefined;
let base: string;
let built: string[] = [];
const visits = new Map<string, Visit>();

beforeAll(async () => {
  site = makeSite(EDITS);
  const result = await build(site, out);
  if (result.status !== 0) throw new Error(`the hostile site did not build:\n${result.stdout}\n${result.stderr}`);
  built = filesUnder(out);
  ({ server, url: base } = await serveStatic(out));
  browser = await launch();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  // Every write to the sentinel is logged, so a failure names each payload that ran, not only the last.
  // (The property hides elements named __pwned from window; audit() reports those: DOM clobbering.)
  await context.addInitScript(() => {
    const log: string[] = [];
    let value: unknown;
    Object.defineProperty(window, '__pwnedLog', { value: log });
    Object.defineProperty(window, '__pwned', { configurable: true, get: () => value, set: (v) => { value = v; log.push(String(v)); } });
  });
  const documents = built.filter((f) => f.endsWith('.html') || f.endsWith('.svg')).map(addressOf);
  // A few pages at a time: each is its own window, with its own sentinel.
  const queue = [...documents];
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let address = queue.shift(); address; address = queue.shift()) visits.set(address, await visit(context, base, address));
  }));
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (site) removeSite(site);
  if (!process.env.KEEP_HOSTILE) rmSync(out, { recursive: true, force: true });
  rmSync(refusedOut, { recursive: true, force: true });
});

const page = (address: string) => {
  const v = visits.get(address);
  if (!v) throw new Error(`${address} was not built; built: ${[...visits.keys()].join(', ')}`);
  return v;
};
const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the hostile site', () => {
  it('carries every payload: each HTML payload in a YAML text field and in Markdown, the rest in Markdown', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const where = placements();
    const unplaced = PAYLOADS.filter((p) => p.kind === 'html' && !where.has(p.id)).map((p) => p.id);
    expect(unplaced).toEqual([]);
    for (const file of ['content/countries/alpha-land.md', 'content/events/2025-02-alpha-takes-300.md', 'content/story/index.md']) {
      for (const p of PAYLOADS) {
        if (file === 'content/story/index.md' && STORY_REFUSED.includes(p.id)) continue;
        expect(String(EDITS[file]), `${p.id} in ${file}`).toContain(p.text);
      }
    }
  });

  it('builds and the walk opens every page: story, countries, sources, corrections, embeds and images', () => {
    const addresses = [...visits.keys()];
    for (const a of ['/', '/404.html', '/countries/', '/countries/alpha-land/', '/countries/beta/', '/sources/', '/corrections/',
      '/embed/deportees/', '/embed/map/', '/embed/status/', '/embed/timeline/', '/embed/timeline/alpha-land/', '/embed/timeline/beta/',
      '/embed/timeline/hostile-step/', '/images/timeline/alpha-land.svg']) {
      expect(addresses).toContain(a);
    }
  });

  it('runs no payload on any page: no sentinel, no dialog, no popup, no navigation away', () => {
    const failures = [...visits.values()].flatMap((v) => [
      ...(v.pwned !== 'undefined' ? [`${v.address}: window.__pwned = ${v.pwned}`] : []),
      ...v.dialogs.map((d) => `${v.address}: dialog ${d}`),
      ...v.popups.map((p) => `${v.address}: popup ${p}`),
      ...v.errors.map((e) => `${v.address}: ${e}`),
      ...(v.finalUrl !== base + v.address || v.navigations.length !== 1 ? [`${v.address}: navigated to ${v.navigations.join(' → ')}`] : []),
    ]);
    expect(failures).toEqual([]);
  });

  it('leaves no scripting URL, event handler, foreign script or dangerous element in any DOM', () => {
    const failures = [...visits.values()].flatMap((v) => v.problems.map((p) => `${v.address}: ${p}`));
    expect(failures).toEqual([]);
  });

  it('shows text payloads as text where they were written', () => {
    const expected: Record<string, string[]> = {
      '/': ['script-breakout', 'script-breakout-upper', 'line-separators', 'title-breakout', 'attr-dq', 'attr-both', 'svg-onload'],
      // Every event's title and text: the list of every event.
      '/events/': ['body-onload', 'img-case', 'svg-animate', 'style-import', 'js-link', 'js-link-entity', 'object-data', 'embed-src',
        'js-link-long', 'js-link-tab', 'js-link-newline', 'iframe-js', 'vbscript', 'data-link', 'meta-refresh-js', 'dom-clobber', 'title-breakout', 'attr-dq'],
      '/countries/': ['title-breakout', 'attr-dq'],
      '/countries/alpha-land/': ['title-breakout', 'img-onerror', 'svg-script', 'attr-sq', 'script-tag', 'attr-unquoted',
        'details-ontoggle', 'style-breakout', 'img-case', 'style-import', 'js-link', 'js-link-entity', 'object-data', 'embed-src',
        'js-link-long', 'data-link', 'meta-refresh-js', 'attr-both', 'script-src-data'],
      '/countries/beta/': ['attr-dq', 'input-autofocus', 'base-href', 'textarea-breakout', 'math-mxss', 'iframe-srcdoc',
        'meta-refresh', 'form-action', 'svg-animate', 'js-link-tab', 'js-link-newline', 'iframe-js', 'vbscript', 'dom-clobber',
        'svg-onload', 'attr-both'],
      '/sources/': ['attr-both', 'script-slash', 'js-colon-entity', 'math-href', 'js-link-space', 'script-src-data', 'js-link-upper',
        'js-link-hex', 'svg-onload', 'formaction', 'img-src-js', 'meta-refresh-js', 'img-case', 'svg-animate', 'style-import'],
      '/corrections/': ['style-breakout', 'meta-refresh', 'form-action', 'line-separators', 'dom-clobber', 'js-link-space',
        'meta-refresh-js', 'title-breakout', 'attr-dq', 'body-onload', 'svg-animate', 'attr-both', 'svg-onload', 'script-breakout'],
      '/embed/timeline/alpha-land/': ['title-breakout', 'script-breakout'],
      '/embed/timeline/beta/': ['attr-dq'],
    };
    const missing: string[] = [];
    for (const [address, ids] of Object.entries(expected)) {
      for (const id of ids) if (!page(address).text.includes(normal(t(id)))) missing.push(`${address}: ${id}`);
    }
    // Markdown that reads as text: a code span and an escaped tag, wherever the bodies are shown.
    for (const address of ['/', '/events/', '/countries/alpha-land/']) {
      for (const [id, text] of Object.entries(MARKDOWN_VISIBLE)) if (!page(address).text.includes(normal(text))) missing.push(`${address}: ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps payloads as attribute text in titles, meta tags, link titles and hrefs', () => {
    const story = page('/');
    expect(story.title).toBe(`${t('script-breakout')} · ${SITE_NAME}`);
    expect(story.metas.description).toBe(t('comment-script'));
    expect(story.metas['og:title']).toBe(t('script-breakout'));
    expect(story.metas['og:description']).toBe(t('comment-script'));
    // :cite[article] links to the source with its title and publisher as the link's title.
    expect(story.linkTitles).toContain(`${t('attr-both')} (${t('script-slash')})`);
    expect(story.linkTitles).toContain(`${t('svg-onload')} (${t('formaction')})`);
    const alpha = page('/countries/alpha-land/');
    expect(alpha.title).toBe(`${t('title-breakout')} · ${SITE_NAME}`);
    expect(alpha.metas['og:title']).toBe(t('title-breakout'));
    const beta = page('/countries/beta/');
    expect(beta.title).toBe(`${t('attr-dq')} · ${SITE_NAME}`);
    expect(beta.metas['og:title']).toBe(t('attr-dq'));
    expect(beta.metas.description.startsWith(`${t('attr-dq')} and the US push`)).toBe(true);
    expect(page('/embed/timeline/beta/').title).toBe(`${t('attr-dq')}: the negotiation, event by event · ${SITE_NAME}`);
    expect(page('/sources/').hrefs).toContain(URL_BREAKOUT);
    // In the files as served: a country's name escaped in its heading.
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(readFileSync(join(out, 'countries/alpha-land/index.html'), 'utf8')).toContain(`<h1>${escaped(t('title-breakout'))}</h1>`);
    expect(readFileSync(join(out, 'countries/beta/index.html'), 'utf8')).toContain(`<h1>${escaped(t('attr-dq'))}</h1>`);
  });

  it('writes JSON-LD that parses, keeps the story\'s strings and cannot end its <script>', () => {
    const [ld, ...more] = page('/').jsonLd;
    expect(more).toEqual([]);
    expect(JSON.parse(ld)).toMatchObject({
      '@type': 'NewsArticle',
      headline: t('script-breakout'),
      description: t('comment-script'),
      author: [{ name: t('line-separators') }],
      publisher: { name: t('line-separators') },
    });
    expect(ld).toContain('<\\/script><script>window.__pwned=');
    expect(ld).not.toMatch(/<\/script/i);
    expect(ld).not.toContain('<!--');
    expect(ld).not.toMatch(/[\u2028\u2029]/);
    // The same, in the file as served (the DOM above is after parsing).
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(m?.[1]).toBe(ld);
  });

  it('writes /updates.xml as well-formed Atom with the payloads as text', async () => {
    const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
    const context = await browser!.newContext();
    const p = await context.newPage();
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        foreign: [...doc.querySelectorAll('*')].filter((e) => e.namespaceURI !== atom).map((e) => e.localName),
        titles: [...doc.querySelectorAll('entry > title')].map((e) => e.textContent),
        contents: [...doc.querySelectorAll('entry > content')].map((e) => e.textContent),
        author: doc.querySelector('feed > author > name')?.textContent,
      };
    }, xml);
    await context.close();
    expect(parsed.error).toBeNull();
    expect(parsed.foreign).toEqual([]);
    expect(parsed.titles).toContain(t('script-breakout'));
    expect(parsed.titles).toContain(`Correction: Country “${t('attr-dq')}”`);
    expect(parsed.author).toBe(t('line-separators'));
    for (const id of ['style-breakout', 'meta-refresh', 'form-action', 'line-separators', 'dom-clobber', 'js-link-space', 'meta-refresh-js', 'title-breakout']) {
      expect(parsed.contents, id).toContain(t(id));
    }
  });

  it('writes data files and oEmbed answers that parse, with the payloads as data', async () => {
    const json = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));
    for (const file of built.filter((f) => f.endsWith('.json'))) expect(() => json(file), file).not.toThrow();
    const countries = json('data/countries.json');
    expect(countries.map((c: { name: string }) => c.name).sort()).toEqual([t('attr-dq'), t('title-breakout')].sort());
    const events = json('data/events.json');
    expect(events.map((e: { title: string }) => e.title)).toEqual(['body-onload', 'img-case', 'svg-animate', 'style-import'].map(t));
    expect(events[1].summary).toContain(t("script-tag"));
    const sources = json('data/sources.json');
    expect(sources.find((s: { id: string }) => s.id === 'article')).toMatchObject({ title: t('attr-both'), url: URL_BREAKOUT, notes: t('math-href') });
    const csv = csvParse(readFileSync(join(out, 'data/countries.csv'), 'utf8'));
    expect(csv.map((r) => r.name).sort()).toEqual([t('attr-dq'), t('title-breakout')].sort());
    expect(csvParse(readFileSync(join(out, 'data/events.csv'), 'utf8')).map((r) => r.title)).toEqual(['body-onload', 'img-case', 'svg-animate', 'style-import'].map(t));

    // An oEmbed answer's html goes into other newsrooms' pages: it must be one iframe and one script.
    const oembeds = built.filter((f) => f.startsWith('oembed/'));
    expect(oembeds).toContain('oembed/timeline/beta.json');
    const context = await browser!.newContext();
    const p = await context.newPage();
    for (const file of oembeds) {
      const answer = json(file);
      const shape = await p.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const all = [...doc.body.querySelectorAll('*'), ...doc.head.querySelectorAll('*')];
        return {
          elements: all.map((e) => e.localName).sort(),
          handlers: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
          iframeTitle: doc.querySelector('iframe')?.getAttribute('title'),
        };
      }, answer.html);
      expect(shape, file).toEqual({ elements: ['iframe', 'script'], handlers: [], iframeTitle: answer.title });
      expect(answer.author_name, file).toBe(t('line-separators'));
    }
    await context.close();
    expect(json('oembed/timeline/beta.json').title).toBe(`${t('attr-dq')}: the negotiation, event by event`);
  });
});

describe('payloads the check refuses', () => {
  /** Builds the fixture site with `edits`; the build must fail with `messages` and write nothing. */
  const refuses = async (edits: Edits, messages: RegExp[]) => {
    const refused = makeSite(edits);
    try {
      const result = await build(refused, refusedOut);
      expect(result.status).toBe(1);
      for (const m of messages) expect(result.stderr).toMatch(m);
      expect(result.stderr).toContain('Nothing was published');
      expect(existsSync(refusedOut)).toBe(false);
    } finally {
      removeSite(refused);
    }
  };

  it('a source address with a scripting scheme: the build fails naming the file and field, and writes nothing', async () => {
    await refuses(
      Object.fromEntries(REFUSED_URLS.map((p) => [
        `content/sources/hostile-${p.id}.yaml`,
        yaml({ title: 'A source with a hostile address', publisher: 'Nobody', kind: 'article', url: p.text }),
      ])),
      REFUSED_URLS.map((p) => new RegExp(`content/sources/hostile-${p.id}\\.yaml:\\d+:\\d+ url: expected a web address starting with https://`)),
    );
  });

  it('a tag Markdown does not read as one, in the story: the build fails naming the line, and writes nothing', async () => {
    await refuses(
      { 'content/story/index.md': replace('More prose.', `More prose.\n\n${STORY_REFUSED.map(t).join('\n\n')}`) },
      [/content\/story\/index\.md:\d+:\d+ unknown directive ":text"/],
    );
  });
});
