/**
 * What every site carries besides its pages: the icons every page links, the sitemap and
 * robots.txt. Builds the seed (its real git history) at the root of its host, and the fixture site
 * under a base path, in a git repository of its own whose commits say exactly when each record
 * last changed, with a renamed country whose old address is a page that sends readers on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../src/images/png';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { applyEdits, removeSite, replace } from './helpers/fixtureSite';
import { git, gitSite } from './helpers/gitSite';
import { listFiles } from './helpers/links';

const seedOut = join(PROJECT, '.test-output', `furniture-seed-${process.pid}`);
const baseOut = join(PROJECT, '.test-output', `furniture-base-${process.pid}`);
const SEED_URL = 'http://127.0.0.1:4321/';
const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/graphics/third-country/';
const BASE_URL = `${SITE_URL}${BASE_PATH}`;

/** When the fixture's records were committed (tests/helpers/gitSite.ts), then changed. */
const PUBLISHED = '2026-11-30T10:00:00Z';
const EVENT_EDITED = '2026-12-03T15:00:00+02:00';
const MEMO_EDITED = '2026-12-05T09:00:00-05:00';

let site = '';

beforeAll(async () => {
  // Alpha Land was once "alpha": /countries/alpha/ is a page that sends readers to its new address.
  site = gitSite({ 'content/countries/alpha-land.md': replace('sources: [article]\n---', 'sources: [article]\naliases: [alpha]\n---') });
  applyEdits(site, { 'content/events/2025-06-alpha-returns.md': replace('107 of them returned.', '107 of them returned home.') });
  git(site, ['commit', '-q', '-am', 'an event of Alpha Land'], EVENT_EDITED);
  applyEdits(site, { 'content/sources/memo.yaml': (text) => `${text.trimEnd()}\nnotes: Seen by the desk.\n` });
  git(site, ['commit', '-q', '-am', 'the memo Beta\'s page cites'], MEMO_EDITED);
  rmSync(seedOut, { recursive: true, force: true });
  rmSync(baseOut, { recursive: true, force: true });
  // One at a time: each build already uses both cores.
  await buildOrThrow(seedOut, { SITE_URL: SEED_URL.slice(0, -1), BASE_PATH: '/' });
  await buildOrThrow(baseOut, { CONTENT_ROOT: site, SITE_URL, BASE_PATH });
});
afterAll(() => {
  if (site) removeSite(site);
  rmSync(seedOut, { recursive: true, force: true });
  rmSync(baseOut, { recursive: true, force: true });
});

const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');

/** The sitemap's entries: each page's absolute address and its lastmod (undefined when it has none). */
function sitemap(out: string): Map<string, string | undefined> {
  const xml = read(out, 'sitemap-0.xml');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
  return new Map(urls.map((u) => [/<loc>([^<]*)<\/loc>/.exec(u)![1], /<lastmod>([^<]*)<\/lastmod>/.exec(u)?.[1]]));
}

/** Every HTML file written, as the address a reader opens under `baseUrl`. */
const htmlPages = (out: string, baseUrl: string) =>
  listFiles(out).filter((f) => f.endsWith('.html')).map((f) => ({ file: f, url: `${baseUrl}${f.replace(/(^|\/)index\.html$/, '$1')}` }));

/** The `datetime` of every "Last updated" line of a page, the page's own first. */
const updatedLines = (html: string) => [...html.matchAll(/(?:Last updated|Última actualización:) <time datetime="([^"]+)">/g)].map((m) => m[1]);

/** The newest of some dates, as an instant. */
const newest = (dates: string[]) => Math.max(...dates.map((d) => Date.parse(d)));

/** When git last changed a file or folder of the seed. */
const seedGitDate = (path: string) => execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { cwd: PROJECT, encoding: 'utf8' }).trim();

describe('the sitemap of the seed', () => {
  it('is named by its index with its absolute address, and the index by robots.txt', () => {
    expect(read(seedOut, 'sitemap-index.xml')).toContain(`<sitemap><loc>${SEED_URL}sitemap-0.xml</loc></sitemap>`);
    expect(read(seedOut, 'robots.txt')).toBe(`User-agent: *\nDisallow:\n\nSitemap: ${SEED_URL}sitemap-index.xml\n`);
  });

  it('lists every page for readers, and no embed and no 404 page', () => {
    const listed = [...sitemap(seedOut).keys()].sort();
    const pages = htmlPages(seedOut, SEED_URL);
    // Every edition's pages (English, and Spanish under /es/), none of their embeds.
    const readers = pages.filter((p) => !/^(es\/)?embed\//.test(p.file) && p.file !== '404.html').map((p) => p.url).sort();
    expect(listed).toEqual(readers);
    expect(listed).toContain(SEED_URL);
    for (const path of ['countries/', 'countries/kosovo/', 'events/', 'sources/', 'corrections/']) expect(listed).toContain(`${SEED_URL}${path}`);
    expect(pages.filter((p) => p.file.startsWith('embed/')).length).toBeGreaterThan(10);
  });

  /** Each source's own "Last updated" line on /sources/, by its id. */
  const sourceDates = () => new Map([...read(seedOut, 'sources/index.html').matchAll(/<li id="([^"]+)"[\s\S]*?Last updated <time datetime="([^"]+)">/g)].map((m) => [m[1], m[2]]));
  /** The "Last updated" dates of the sources a page links to. */
  const citedDates = (html: string, dates: Map<string, string>) => [...html.matchAll(/href="\/sources\/#([^"]+)"/g)].map((m) => dates.get(m[1])!);

  it('dates the story and each country page as their own "Last updated" line does', () => {
    const entries = sitemap(seedOut);
    const countries = [...entries.keys()].filter((url) => url.startsWith(`${SEED_URL}countries/`) && /\/countries\/[a-z-]+\/$/.test(url));
    expect(countries.length).toBe(25);
    const dates = sourceDates();
    // A Spanish page's line counts its translations too (src/site/pageDates.ts): its own date, checked the same way.
    const spanish = [`${SEED_URL}es/`, ...countries.map((url) => url.replace(SEED_URL, `${SEED_URL}es/`))];
    for (const url of spanish) expect(Date.parse(entries.get(url)!), url).toBe(Date.parse(updatedLines(read(seedOut, `${url.slice(SEED_URL.length)}index.html`))[0]));
    for (const url of [SEED_URL, ...countries]) {
      const html = read(seedOut, `${url.slice(SEED_URL.length)}index.html`);
      const lines = updatedLines(html);
      expect(Date.parse(entries.get(url)!), url).toBe(Date.parse(lines[0]));
      // A country page's line is its newest record's: no event it shows, nor any source it cites, changed later.
      if (url !== SEED_URL) expect(Date.parse(lines[0]), url).toBe(newest([...lines, ...citedDates(html, dates)]));
    }
  });

  it('dates each list by the newest record it lists', () => {
    const entries = sitemap(seedOut);
    const dates = sourceDates();
    expect(dates.size).toBeGreaterThan(10);
    expect(Date.parse(entries.get(`${SEED_URL}sources/`)!)).toBe(newest([...dates.values()]));
    // Every event's line, and the lines of the sources the events cite.
    const events = read(seedOut, 'events/index.html');
    expect(Date.parse(entries.get(`${SEED_URL}events/`)!)).toBe(newest([...updatedLines(events), ...citedDates(events, dates)]));
    // The tracker shows each country's latest event and its sources count: the newest of the country pages.
    const countryPages = [...entries.keys()].filter((url) => url.startsWith(`${SEED_URL}countries/`) && /\/countries\/[^/]+\/$/.test(url));
    expect(countryPages.length).toBe(25);
    expect(Date.parse(entries.get(`${SEED_URL}countries/`)!)).toBe(newest(countryPages.map((url) => entries.get(url)!)));
    // The corrections page lists corrections; each links to where its record appears.
    const corrected = [...read(seedOut, 'corrections/index.html').matchAll(/<p class="meta"><time[^>]*>[^<]*<\/time> · [^:]+: <a href="([^"]+)">/g)].map((m) => m[1]);
    const fileOf = (href: string) => href === '/' ? 'content/story/index.md'
      : href.startsWith('/countries/') ? `content/countries/${href.split('/')[2]}.md`
        : href.startsWith('/events/#event-') ? `content/events/${href.slice('/events/#event-'.length)}.md`
          : `content/sources/${href.slice('/sources/#'.length)}.yaml`;
    const expected = corrected.length ? newest(corrected.map((h) => seedGitDate(fileOf(h)))) : Date.parse(entries.get(SEED_URL)!);
    expect(Date.parse(entries.get(`${SEED_URL}corrections/`)!)).toBe(expected);
  });
});

describe(`the sitemap of a site under ${BASE_PATH}`, () => {
  it('lives under the base path, with absolute addresses, and robots.txt names it', () => {
    expect(read(baseOut, 'sitemap-index.xml')).toContain(`<sitemap><loc>${BASE_URL}sitemap-0.xml</loc></sitemap>`);
    expect(read(baseOut, 'robots.txt')).toContain(`\nSitemap: ${BASE_URL}sitemap-index.xml\n`);
    for (const url of sitemap(baseOut).keys()) expect(url.startsWith(BASE_URL), url).toBe(true);
  });

  it('leaves out the page at a renamed country\'s old address, and the embeds at theirs', () => {
    expect(read(baseOut, 'countries/alpha/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(join(baseOut, 'embed/timeline/alpha/index.html'))).toBe(true);
    const readers = htmlPages(baseOut, BASE_URL)
      .filter((p) => !p.file.startsWith('embed/') && p.file !== '404.html' && p.file !== 'countries/alpha/index.html')
      .map((p) => p.url).sort();
    expect([...sitemap(baseOut).keys()].sort()).toEqual(readers);
    expect(readers).toHaveLength(8);
  });

  it('dates each page by the newest commit of the records it shows', () => {
    const at = (iso: string) => new Date(iso).toISOString();
    expect(Object.fromEntries(sitemap(baseOut))).toEqual({
      [BASE_URL]: at(PUBLISHED),
      [`${BASE_URL}corrections/`]: at(MEMO_EDITED), // Beta and the memo carry corrections
      [`${BASE_URL}countries/`]: at(MEMO_EDITED), // the tracker counts Beta's sources: the memo
      [`${BASE_URL}countries/alpha-land/`]: at(EVENT_EDITED), // its event
      [`${BASE_URL}countries/beta/`]: at(MEMO_EDITED), // a source it cites
      [`${BASE_URL}events/`]: at(MEMO_EDITED), // Beta's answer cites the memo
      [`${BASE_URL}sources/`]: at(MEMO_EDITED),
      [`${BASE_URL}stories/`]: at(PUBLISHED), // every story: here, the one
    });
  });

  it('agrees with the date each country page gives under its title', () => {
    expect(updatedLines(read(baseOut, 'countries/alpha-land/index.html'))[0]).toBe(EVENT_EDITED);
    expect(updatedLines(read(baseOut, 'countries/beta/index.html'))[0]).toBe(MEMO_EDITED);
  });
});

describe('the icons', () => {
  const ICONS = (base: string) => [
    `<link rel="icon" href="${base}favicon.png" type="image/png" sizes="32x32">`,
    `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`,
    `<link rel="apple-touch-icon" href="${base}apple-touch-icon.png" type="image/png" sizes="180x180">`,
  ];

  for (const [name, out, base] of [['the seed', seedOut, '/'], [`a site under ${BASE_PATH}`, baseOut, BASE_PATH]]) {
    it(`are linked from every page of ${name}: story, lists, countries, embeds, 404 and old addresses`, () => {
      const pages = listFiles(out).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(10);
      const missing = pages.flatMap((page) => ICONS(base).filter((link) => !read(out, page).includes(link)).map((link) => `${page}: ${link}`));
      expect(missing).toEqual([]);
    });

    it(`are at the addresses ${name} links, at the sizes it gives`, () => {
      expect(pngSize(readFileSync(join(out, 'favicon.png')))).toEqual({ width: 32, height: 32 });
      expect(pngSize(readFileSync(join(out, 'apple-touch-icon.png')))).toEqual({ width: 180, height: 180 });
      const svg = read(out, 'favicon.svg');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="32" height="32" viewBox="0 0 32 32">/);
      expect(svg).toContain('prefers-color-scheme: dark');
    });
  }
  it('are linked from the page at an old address', () => {
    for (const link of ICONS(BASE_PATH)) expect(read(baseOut, 'countries/alpha/index.html')).toContain(link);
  });
});
