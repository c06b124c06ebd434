/**
 * What every site carries besides its pages: the icons every page links. Builds the seed at the
 * root of its host, and the fixture site under a base path, with a renamed country whose old
 * address is a page that sends readers on.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../src/images/png';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { makeSite, removeSite, replace } from './helpers/fixtureSite';
import { listFiles } from './helpers/links';

const seedOut = join(PROJECT, '.test-output', `furniture-seed-${process.pid}`);
const baseOut = join(PROJECT, '.test-output', `furniture-base-${process.pid}`);
const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/graphics/third-country/';

let site = '';

beforeAll(async () => {
  // Alpha Land was once "alpha": /countries/alpha/ is a page that sends readers to its new address.
  site = makeSite({ 'content/countries/alpha-land.md': replace('sources: [article]\n---', 'sources: [article]\naliases: [alpha]\n---') });
  rmSync(seedOut, { recursive: true, force: true });
  rmSync(baseOut, { recursive: true, force: true });
  // One at a time: each build already uses both cores.
  await buildOrThrow(seedOut, { SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/' });
  await buildOrThrow(baseOut, { CONTENT_ROOT: site, SITE_URL, BASE_PATH });
});
afterAll(() => {
  if (site) removeSite(site);
  rmSync(seedOut, { recursive: true, force: true });
  rmSync(baseOut, { recursive: true, force: true });
});

const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');

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
