/**
 * The link check itself (tests/helpers/links.ts), on a tiny hand-written output folder: it must
 * find what is broken, not only pass on what is not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, servedUrl } from './helpers/links';

const root = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

const doc = (body: string) => `<!doctype html>\n<html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>\n`;

write({
  'index.html': doc([
    '<a href="/b/countries/x/">ok</a>',
    '<a href="/b/countries/x/#here">ok fragment</a>',
    '<a href="countries/x/#there">missing fragment</a>',
    '<a href="/b/countries/y/">missing page</a>',
    '<a href="/b/countries/x">no trailing slash</a>',
    '<a href="/countries/x/">outside the base path</a>',
    '<a href="https://site.example/b/data/a.csv?x=1&amp;y=2">ok absolute</a>',
    '<a href="https://elsewhere.example/page">external</a>',
    '<a href="#top-of-chart">same-page fragment</a>',
    '<svg viewBox="0 0 1 1"><defs><g id="land"></g></defs><use href="#land"/><use href="#sea"/></svg>',
    '<span id="top-of-chart"></span>',
    '<pre><code>&lt;iframe src=&quot;https://site.example/b/embed/gone/?childId=a&quot;&gt;&lt;/iframe&gt;</code></pre>',
  ].join('\n')),
  'countries/x/index.html': doc('<h2 id="here">Here</h2>'),
  'data/a.csv': 'a\r\n1\r\n',
  'oembed/a.json': JSON.stringify({ thumbnail_url: 'https://site.example/b/images/none.png' }),
});

describe('the link check', () => {
  const report = checkLinks(root, { site: 'https://site.example', base: '/b/' });
  const messages = report.problems.map((p) => p.replace(/^(\S+):\d+:\d+ /, '$1 '));
  it('resolves pages under the base path, with `…/` as `…/index.html`', () => {
    expect(servedUrl('countries/x/index.html', { site: 'https://site.example', base: '/b/' }).href).toBe('https://site.example/b/countries/x/');
    expect(servedUrl('404.html', { site: 'https://site.example', base: '/b' }).href).toBe('https://site.example/b/404.html');
  });
  it('reports each broken reference with its file, line and column, and nothing else', () => {
    expect(messages).toEqual([
      'index.html a[href] "countries/x/#there": no element with id="there" in countries/x/index.html',
      'index.html a[href] "/b/countries/y/": no file countries/y/index.html in the output',
      'index.html a[href] "/b/countries/x": no file countries/x: the page is at countries/x/ (with a trailing slash)',
      'index.html a[href] "/countries/x/": outside the base path /b/',
      'index.html use[href] "#sea": no element with id="sea" in index.html',
      'index.html pre "https://site.example/b/embed/gone/?childId=a": no file embed/gone/index.html in the output',
      'oembed/a.json json "https://site.example/b/images/none.png": no file images/none.png in the output',
    ]);
    expect(report.problems[0]).toMatch(/^index\.html:5:\d+ /);
  });
  it('lists links to other hosts without fetching them', () => {
    expect(report.external).toEqual(['https://elsewhere.example/page']);
  });
});
