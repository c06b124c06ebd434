/**
 * Publishing under a base path: builds the small fixture site, with its Spanish edition published, with
 * BASE_PATH=/graphics/third-country/ and SITE_URL=https://news.example.org, then checks that every
 * address the site gives (links, assets, scripts, stylesheets, data, embed snippets, oEmbed,
 * og:image, canonical, feed, `_headers`) lies under the base path, and that they all resolve in the
 * output folder, read as if it were served at https://news.example.org/graphics/third-country/.
 * The site's configuration turns the browser editor on (CMS_REPO): /admin/ is built, with its own headers.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { makeSite, removeSite } from './helpers/fixtureSite';
import { checkLinks, decodeEntities, jsonUrls, listFiles, readPages, type LinkReport, type Page } from './helpers/links';
import { SPANISH } from './malformed.cases';

const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/graphics/third-country/';
const BASE_URL = `${SITE_URL}${BASE_PATH}`;
const out = join(PROJECT, '.test-output', `base-path-${process.pid}`);
let site: string;
let files: string[];
let pages: Page[];
let report: LinkReport;

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (file: string) => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`no page ${file}`);
  return found;
};
/** The attribute values of every element matching `selector` in a page, decoded. */
const values = (file: string, selector: string, attribute: string) =>
  page(file).root.querySelectorAll(selector).map((e) => decodeEntities(e.getAttributeValue(attribute) ?? ''));

beforeAll(async () => {
  site = makeSite(SPANISH);
  rmSync(out, { recursive: true, force: true });
  await buildOrThrow(out, { CONTENT_ROOT: site, SITE_URL, BASE_PATH, CMS_REPO: 'newsroom/third-country' });
  files = listFiles(out);
  pages = readPages(out, files);
  report = checkLinks(out, { site: SITE_URL, base: BASE_PATH }, pages);
});
afterAll(() => {
  removeSite(site);
  rmSync(out, { recursive: true, force: true });
});

describe(`a site built with BASE_PATH=${BASE_PATH}`, () => {
  it('puts the Spanish edition under the base path, each page linked to its English one and back', () => {
    expect(values('es/countries/alpha-land/index.html', 'link[hreflang="en"]', 'href')).toEqual([`${BASE_URL}countries/alpha-land/`]);
    expect(values('countries/alpha-land/index.html', 'link[hreflang="es"]', 'href')).toEqual([`${BASE_URL}es/countries/alpha-land/`]);
    expect(values('es/countries/alpha-land/index.html', 'nav.languages a', 'href')).toEqual([`${BASE_PATH}countries/alpha-land/`]);
    expect(values('index.html', 'nav.languages a', 'href')).toEqual([`${BASE_PATH}es/`]);
    expect(values('es/countries/alpha-land/index.html', 'meta[property="og:image"]', 'content')).toEqual([`${BASE_URL}es/images/og/countries/alpha-land.png`]);
    expect(read('_headers')).toContain(`${BASE_PATH}es/embed/*\n  Content-Security-Policy:`);
  });

  it('gives every internal address under the base path: relative to it, or the full base URL', () => {
    const outside = report.references.filter((r) => {
      const url = r.url.trim();
      if (url.startsWith('#')) return false; // the same page
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        if (!/^https?:/i.test(url)) return false; // mailto:, data:
        return new URL(url).origin === SITE_URL && !url.startsWith(BASE_URL);
      }
      return !url.startsWith(BASE_PATH); // also catches "countries/x/" or "../x", which break on the 404 page
    }).map((r) => `${r.file}:${r.line}:${r.column} ${r.where} ${r.url}`);
    expect(report.references.length).toBeGreaterThan(200);
    expect(outside, outside.join('\n')).toEqual([]);
  });

  it('passes the link check, resolved in the output folder with the base path taken off', () => {
    expect(report.problems, report.problems.join('\n')).toEqual([]);
  });

  it('puts pages, stylesheets, data files and the feed under the base path', () => {
    const home = 'index.html';
    expect(values(home, 'link[rel="stylesheet"]', 'href').length).toBeGreaterThan(0);
    for (const href of values(home, 'link[rel="stylesheet"]', 'href')) expect(href).toMatch(/^\/graphics\/third-country\/_astro\/[^/]+\.css$/);
    for (const src of values(home, 'script[src]', 'src')) expect(src.startsWith(BASE_PATH) || src.startsWith(BASE_URL)).toBe(true);
    const links = values(home, 'a[href]', 'href');
    for (const expected of ['', 'countries/', 'sources/', 'corrections/', 'updates.xml', 'data/countries.csv', 'data/events.csv', 'data/datapackage.json']) {
      expect(links, expected).toContain(`${BASE_PATH}${expected}`);
    }
    // Every country is in the table of countries the story leads to.
    expect(values('countries/index.html', 'a[href]', 'href')).toContain(`${BASE_PATH}countries/alpha-land/`);
    expect(links.filter((h) => h.startsWith(`${BASE_PATH}sources/#`)).length).toBeGreaterThan(0);
    expect(values(home, 'link[rel="alternate"][type="application/atom+xml"]', 'href')).toEqual([`${BASE_PATH}updates.xml`]);
  });

  it('makes canonical, og:url and og:image full URLs under the base URL, the 404 page included', () => {
    for (const [file, path] of [['index.html', ''], ['countries/beta/index.html', 'countries/beta/'], ['sources/index.html', 'sources/'], ['embed/deportees/index.html', 'embed/deportees/'], ['404.html', '404.html']]) {
      expect(values(file, 'link[rel="canonical"]', 'href'), file).toEqual([`${BASE_URL}${path}`]);
      for (const image of values(file, 'meta[property="og:image"]', 'content')) expect(image, file).toMatch(/^https:\/\/news\.example\.org\/graphics\/third-country\/images\/.+\.png$/);
    }
    expect(values('index.html', 'meta[property="og:url"]', 'content')).toEqual([BASE_URL]);
    expect(values('countries/beta/index.html', 'meta[property="og:image"]', 'content')).toEqual([`${BASE_URL}images/og/countries/beta.png`]);
  });

  it('gives embed snippets and oEmbed answers the full base URL', () => {
    const snippets = page('countries/index.html').root.querySelectorAll('pre').map((p) => decodeEntities(p.textContent));
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      expect(snippet).toMatch(/<iframe src="https:\/\/news\.example\.org\/graphics\/third-country\/embed\/[a-z0-9/-]+\/\?childId=[a-z0-9-]+"/);
      expect(snippet).toContain(`<script src="${BASE_URL}embed.js" async></script>`);
    }
    const discovery = values('embed/deportees/index.html', 'link[rel="alternate"][type="application/json+oembed"]', 'href');
    expect(discovery).toEqual([`${BASE_URL}oembed/deportees.json`]);
    const oembeds = files.filter((f) => f.startsWith('oembed/') && f.endsWith('.json'));
    expect(oembeds.length).toBeGreaterThan(1);
    for (const file of oembeds) {
      const answer = JSON.parse(read(file));
      expect(answer.provider_url, file).toBe(BASE_URL);
      expect(answer.thumbnail_url, file).toMatch(/^https:\/\/news\.example\.org\/graphics\/third-country\/images\/.+\.png$/);
      expect(answer.html, file).toContain(`<iframe src="${BASE_URL}embed/`);
      expect(answer.html, file).toContain(`<script src="${BASE_URL}embed.js" async></script>`);
      for (const url of jsonUrls(answer)) expect(url.startsWith(BASE_URL), `${file}: ${url}`).toBe(true);
    }
  });

  it('writes the feed with full URLs under the base URL', () => {
    const xml = read('updates.xml');
    const hrefs = [...xml.matchAll(/href="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
    expect(hrefs).toContain(`${BASE_URL}updates.xml`);
    expect(hrefs).toContain(BASE_URL);
    for (const href of hrefs) expect(href.startsWith(BASE_URL), href).toBe(true);
  });

  it('builds the browser editor at admin/, set up for the repository it saves to, with headers of its own', () => {
    const html = read('admin/index.html');
    const setup = JSON.parse(/<script type="application\/json" id="cms-setup">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(setup.config.backend).toEqual({ name: 'github', repo: 'newsroom/third-country', branch: 'main' });
    expect(setup.config.publish_mode).toBe('editorial_workflow');
    expect(setup.config.local_backend).toBeUndefined();
    expect(setup.check).toBeUndefined();
    expect(read('admin/admin.js')).toContain('registerCustomFormat');
    expect(files).toContain('admin/decap/decap-cms.js');
    const rules = read('_headers').split('\n\n');
    const admin = rules.filter((r) => r.startsWith(`${BASE_PATH}admin/`));
    expect(admin).toHaveLength(1);
    expect(admin[0]).toContain("frame-ancestors 'none'");
    expect(admin[0]).toContain('connect-src \'self\' https://api.github.com');
    // Reader pages keep their own policy: no other rule reaches the editor.
    for (const r of rules.filter((r) => r.includes('Content-Security-Policy') && !r.startsWith(`${BASE_PATH}admin/`))) {
      expect(r).not.toContain('unsafe');
    }
  });

  it('writes _headers rules for paths under the base path only', () => {
    const patterns = read('_headers').split('\n').filter((l) => l.trim() && !/^\s/.test(l) && !l.startsWith('#'));
    expect(patterns).toContain(`${BASE_PATH}*`);
    expect(patterns).toContain(`${BASE_PATH}embed/*`);
    expect(patterns).toContain(`${BASE_PATH}_astro/*`);
    for (const pattern of patterns) expect(pattern.startsWith(BASE_PATH), pattern).toBe(true);
  });
});
