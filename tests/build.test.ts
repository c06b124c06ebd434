/**
 * Builds the small fixture site with `npm run build`'s script and reads what it wrote: pages,
 * data files, and what a failed build leaves behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, makeSite, removeSite, replace } from './helpers/fixtureSite';
import { CACHE_OWNER, cacheDirOf, cachesDir } from '../scripts/caches';
import { pngSize } from '../src/images/png';
import { buildSite } from './helpers/buildSite';

const project = resolve(import.meta.dirname, '..');
const out = join(project, '.test-output', `build-${process.pid}`);
let site: string;

const build = () => buildSite(out, { CONTENT_ROOT: site });

const read = (path: string) => readFileSync(join(out, path), 'utf8');

function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** The cache `npm run build` keeps for a content folder. */
const cacheOf = (root: string) => cacheDirOf(project, root);
/** The cache of a content folder that was deleted: the next build removes it. */
const orphan = join(cachesDir(project), `orphan-${process.pid}`);

/** The sha256 of every PNG under `dir`. */
function pngDigests(dir: string): Set<string> {
  return new Set(Object.entries(snapshotTree(dir)).filter(([path]) => path.endsWith('.png')).map(([, digest]) => digest));
}

beforeAll(async () => {
  site = makeSite();
  mkdirSync(join(orphan, 'images'), { recursive: true });
  writeFileSync(join(orphan, CACHE_OWNER), join(site, 'deleted-since'));
  const result = await build();
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => {
  rmSync(orphan, { recursive: true, force: true });
  rmSync(cacheOf(site), { recursive: true, force: true });
  removeSite(site);
  rmSync(out, { recursive: true, force: true });
});

describe('the story page', () => {
  it('has the language, title, description and canonical link', () => {
    const html = read('index.html');
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>The fixture story · Third-country deportations</title>');
    expect(html).toContain('<meta name="description" content="A small story used by the tests.">');
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:4321\/">/);
  });
  it('renders the prose with its headings, and leads to every country and event', () => {
    const html = read('index.html');
    expect(html).toContain('<h1>The fixture story</h1>');
    expect(html).toContain('<h2 id="first-section">First section</h2>');
    // The story links to the countries' table and charts and to the list of every event rather than holding them.
    expect(html).toContain('<a href="/countries/">see every country, where its talks stand and what the sources count</a>');
    expect(html).not.toContain('<table');
    expect(read('countries/index.html')).toContain('href="/countries/alpha-land/">Alpha Land</a>');
    expect(html).toContain('<a href="/events/">see every event, in order</a>');
    expect(html).not.toContain('<ol class="events">');
  });
  it('lists every event, in order, on its own page', () => {
    const html = read('events/index.html');
    expect(html).toContain('<h1>Every event, in order</h1>');
    expect(html).toContain('id="event-2025-05-12-beta-answer"');
    expect(html).toContain('<time datetime="2025-05-12">12 May 2025</time>');
    expect(html).toContain('id="figure-timeline"');
    expect(html).toContain('<a href="#event-2025-05-12-beta-answer">');
  });
  it('shows an unknown figure as not reported, never as zero, in the table of countries', () => {
    const html = read('countries/index.html');
    const start = html.lastIndexOf('<tr', html.indexOf('<a href="/countries/beta/">Beta</a>'));
    expect(start).toBeGreaterThan(0);
    const betaRow = html.slice(start, html.indexOf('</tr>', start));
    expect(betaRow.match(/not reported/g)).toHaveLength(2);
    expect(betaRow).toContain('up to 50');
    expect(betaRow).not.toMatch(/>0</);
  });
});

describe('a country page', () => {
  it('shows status, figures with qualifiers and their sources', () => {
    const html = read('countries/alpha-land/index.html');
    expect(html).toContain('<h1>Alpha Land</h1>');
    expect(html).toContain('Received deportees');
    expect(html).toMatch(/<p class="figure-value">about 300<\/p>\s*<p class="figure-label">Received \(people\)<\/p>/);
    expect(html).toMatch(/<p class="figure-value">107<\/p>\s*<p class="figure-label">Returned home \(people\)<\/p>/);
    expect(html).toContain('<a href="/sources/#cable-march">Cable on Alpha&#39;s answer</a>');
    expect(html).toContain('<strong>about 300</strong>');
  });
  it('shows quotes with their speaker and source', () => {
    const html = read('countries/beta/index.html');
    expect(html).toContain('“not come easily”');
    expect(html).toContain('— Beta officials (<a href="/sources/#memo">Memo on Beta</a>)');
    expect(html).toContain('<p class="figure-value">up to 50</p>');
  });
  it('lists its events in date order', () => {
    const html = read('countries/alpha-land/index.html');
    const first = html.indexOf('id="event-2025-02-alpha-takes-300"');
    const second = html.indexOf('id="event-2025-06-alpha-returns"');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).not.toContain('id="event-2025-05-12-beta-answer"');
    const item = html.slice(first, second);
    expect(item).toMatch(/Last updated <time datetime="[^"]+">[^<]+<\/time>/);
  });
});

describe('the sources page', () => {
  it('lists every source with what cites it', () => {
    const html = read('sources/index.html');
    for (const id of ['article', 'cable-march', 'memo']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('between February and April 2025');
    expect(html).toContain('Cited by 2 countries, 2 events, 2 reported sources');
    expect(html).toContain('Cited by 1 country, 1 event<');
    expect(html).toContain('<a href="https://example.com/report">A report on the fixture countries</a>');
  });
});

describe('the data files', () => {
  it('countries.csv has the contract columns, empty for unknown', () => {
    const csv = read('data/countries.csv');
    expect(csv.split('\r\n')[0]).toBe('slug,name,iso3,region,status,received,received_approx,received_qualifier,received_as_of,returned,returned_approx,returned_qualifier,returned_as_of,pledged,pledged_approx,pledged_qualifier,pledged_as_of,sources');
    const rows = csvParse(csv);
    expect(rows.map((r) => r.slug)).toEqual(['alpha-land', 'beta']);
    expect(rows[0]).toMatchObject({ received: '300', received_approx: 'true', returned: '107', pledged: '' });
    expect(rows[1]).toMatchObject({ received: '', pledged: '50', pledged_qualifier: 'up to', sources: 'memo; article' });
  });
  it('events.csv lists events in date order with precision', () => {
    const rows = csvParse(read('data/events.csv'));
    expect(rows.map((r) => [r.date, r.date_precision, r.countries])).toEqual([
      ['2025-01-20', 'day', ''], ['2025-02', 'month', 'alpha-land'], ['2025-05-12', 'day', 'beta'], ['2025-06', 'month', 'alpha-land'],
    ]);
  });
  it('the JSON files carry the same rows with numbers as numbers', () => {
    const countries = JSON.parse(read('data/countries.json'));
    expect(countries[0]).toMatchObject({ slug: 'alpha-land', received: 300, received_approx: true, pledged: null });
    expect(countries[1].figures.pledged).toMatchObject({ value: 50, qualifier: 'up to', as_of: '2025-05-12' });
    const events = JSON.parse(read('data/events.json'));
    expect(events).toHaveLength(4);
    expect(events[2].figures[0]).toMatchObject({ value: 50, approx: true });
    const sources = JSON.parse(read('data/sources.json'));
    expect(sources.find((s: { id: string }) => s.id === 'memo')).toMatchObject({ reported_in: 'article', date: '2025-02/2025-04' });
  });
  it('datapackage.json describes exactly the CSV columns', () => {
    const pkg = JSON.parse(read('data/datapackage.json'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    for (const resource of pkg.resources) {
      const header = read(`data/${resource.path}`).split('\r\n')[0].split(',');
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
  });
});

describe('corrections, updates and metadata', () => {
  it('lists every correction on /corrections/, newest first, linked to where its record appears', () => {
    const html = read('corrections/index.html');
    expect(html).toContain('<h1>Corrections</h1>');
    const beta = html.indexOf('<time datetime="2026-11-30">30 November 2026</time> · Country: <a href="/countries/beta/">Beta</a>');
    const memo = html.indexOf('<time datetime="2026-11-29">29 November 2026</time> · Source: <a href="/sources/#memo">Memo on Beta</a>');
    expect(beta).toBeGreaterThan(0);
    expect(memo).toBeGreaterThan(beta);
    expect(html).toContain('An earlier version gave the pledge as &quot;up to 60&quot; &amp; said &lt;none&gt; had arrived; the memo says up to 50.');
    expect(html).not.toContain('<none>');
    expect(html).not.toContain('No corrections have been made.');
  });
  it('still shows a correction where its record appears', () => {
    expect(read('countries/beta/index.html')).toMatch(/<aside class="corrections" aria-label="Corrections">[\s\S]*?<time datetime="2026-11-30">30 November 2026<\/time>: An earlier version gave the pledge/);
    expect(read('sources/index.html')).toContain('<time datetime="2026-11-29">29 November 2026</time>: An earlier version dated the memo');
  });
  it('links the corrections page and the feed from every page', () => {
    for (const page of ['index.html', 'countries/beta/index.html', 'sources/index.html', 'corrections/index.html']) {
      const html = read(page);
      expect(html).toContain('<a href="/corrections/">Corrections</a>');
      expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/updates\.xml">/);
    }
  });
  it('publishes /updates.xml as Atom: the corrections and the story, newest first, with escaped text', () => {
    const xml = read('updates.xml');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const head = xml.slice(0, xml.indexOf('<entry>'));
    expect(head).toContain('<id>tag:127.0.0.1,2026:/updates.xml</id>');
    expect(head).toContain('<updated>2026-11-30T00:00:00Z</updated>');
    expect(head).toContain('<link rel="self" type="application/atom+xml" href="http://127.0.0.1:4321/updates.xml"/>');
    expect(head).toContain('<link rel="alternate" type="text/html" href="http://127.0.0.1:4321/"/>');
    expect(head).toMatch(/<author>\s*<name>Test desk<\/name>\s*<\/author>/);
    const entries = xml.split('<entry>').slice(1);
    expect(entries.map((e) => /<id>([^<]*)<\/id>/.exec(e)![1])).toEqual([
      'tag:127.0.0.1,2026:/corrections/country/beta/2026-11-30',
      'tag:127.0.0.1,2026:/corrections/source/memo/2026-11-29',
      'tag:127.0.0.1,2026:/story',
    ]);
    expect(entries[0]).toContain('<title type="text">Correction: Country “Beta”</title>');
    expect(entries[0]).toContain('<updated>2026-11-30T00:00:00Z</updated>');
    expect(entries[0]).toContain('<link rel="alternate" type="text/html" href="http://127.0.0.1:4321/countries/beta/"/>');
    expect(entries[0]).toContain('<content type="text">An earlier version gave the pledge as &quot;up to 60&quot; &amp; said &lt;none&gt; had arrived; the memo says up to 50.</content>');
    expect(entries[1]).toContain('href="http://127.0.0.1:4321/sources/#memo"');
    expect(entries[2]).toContain('<title type="text">The fixture story</title>');
    expect(entries[2]).toContain('<updated>2026-11-28T00:00:00Z</updated>');
  });
  it('gives every page Open Graph and Twitter card metadata', () => {
    const html = read('countries/beta/index.html');
    expect(html).toContain('<meta property="og:title" content="Beta">');
    expect(html).toMatch(/<meta property="og:description" content="Beta and the US push[^"]*">/);
    expect(html).toContain('<meta property="og:type" content="website">');
    expect(html).toContain('<meta property="og:url" content="http://127.0.0.1:4321/countries/beta/">');
    expect(html).toContain('<meta property="og:site_name" content="Third-country deportations">');
    expect(html).toContain('<meta property="og:locale" content="en_GB">');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/i);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:4321\/images\/og\/countries\/beta\.png">/);
    // X falls back to the og: tags: the page does not say the same things twice.
    expect(html).not.toMatch(/twitter:(title|description|image)/);
    const story = read('index.html');
    expect(story).toContain('<meta property="og:type" content="article">');
    expect(story).toContain('<meta property="og:url" content="http://127.0.0.1:4321/">');
  });
  it('carries the story\'s NewsArticle as JSON-LD once the story page passes it', () => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('index.html'));
    if (!m) return; // src/pages/index.astro does not pass jsonLd yet
    expect(JSON.parse(m[1])).toMatchObject({
      '@type': 'NewsArticle', headline: 'The fixture story', datePublished: '2026-11-28', dateModified: '2026-11-28', url: 'http://127.0.0.1:4321/',
    });
  });
  it('shows when a record last changed: the publication date, since the fixture site has no git history', () => {
    expect(read('countries/beta/index.html')).toContain('<p class="updated meta">Last updated <time datetime="2026-11-28">28 November 2026</time></p>');
    const sources = read('sources/index.html');
    expect(sources.match(/<p class="updated meta small">Last updated <time datetime="2026-11-28">28 November 2026<\/time><\/p>/g)).toHaveLength(3);
  });
});

describe('the static images', () => {
  /** Width and height of a published PNG; throws if it is not one. */
  const size = (path: string) => pngSize(readFileSync(join(out, path)));
  it('publishes each chart as a standalone SVG, a 1200×675 card and a 640 px newsletter image at 2×', () => {
    expect(size('images/deportees.png')).toEqual({ width: 1200, height: 675 });
    const svg = read('images/deportees.svg');
    expect(svg).toContain('<svg');
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(');
    expect(size('images/deportees-640.png').width).toBe(1280);
    for (const slug of ['alpha-land', 'beta']) expect(size(`images/timeline/${slug}.png`)).toEqual({ width: 1200, height: 675 });
  });
  it('gives the story, each country and the sources page an Open Graph image', () => {
    for (const page of ['index', 'sources', 'countries/alpha-land', 'countries/beta']) {
      expect(size(`images/og/${page}.png`), page).toEqual({ width: 1200, height: 675 });
    }
  });
});

describe('the image cache', () => {
  it('holds the PNGs of the last build, and nothing else', () => {
    const published = pngDigests(join(out, 'images'));
    expect(published.size).toBeGreaterThan(10);
    expect(pngDigests(join(cacheOf(site), 'images'))).toEqual(published);
  });
  it('is removed with the content folder it belongs to', () => {
    expect(existsSync(cacheOf(site))).toBe(true);
    expect(existsSync(orphan)).toBe(false);
  });
  it('lets a rebuild after an edit to one record draw only the images whose drawing changed', async () => {
    const cacheFiles = () => readdirSync(join(cacheOf(site), 'images'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    const [before, kept] = [snapshotTree(out), new Set(cacheFiles())];
    applyEdits(site, { 'content/events/2025-06-alpha-returns.md': replace('title: 107 return home from Alpha Land', 'title: 107 people return home from Alpha Land') });
    const result = await build();
    expect(result.status, result.stderr).toBe(0);
    const after = snapshotTree(out);
    const changed = Object.keys(after).filter((path) => path.endsWith('.png') && after[path] !== before[path]);
    // Alpha Land's timeline shows the event's title; the bars and the map do not.
    expect(changed).toContain('images/timeline/alpha-land.png');
    expect(changed).not.toContain('images/deportees.png');
    expect(changed).not.toContain('images/map.png');
    // Every PNG drawn again is one of the drawings that show the event: Alpha Land's timeline (its
    // card, which is also its page's Open Graph card, and its newsletter image) and the story's
    // timeline (where the title is in the drawing's text for screen readers, if not in its pixels).
    // Each was drawn once; every other PNG was read from the cache.
    const digestOf = (file: string) => createHash('sha256').update(readFileSync(join(cacheOf(site), 'images', file))).digest('hex');
    const drawn = cacheFiles().filter((file) => !kept.has(file)).map((file) => Object.keys(after).filter((path) => after[path] === digestOf(file)).sort().join(' '));
    expect(drawn.sort()).toEqual([
      'images/og/countries/alpha-land.png images/timeline/alpha-land.png',
      'images/timeline-640.png',
      'images/timeline.png',
      'images/timeline/alpha-land-640.png',
    ]);
    for (const path of changed) expect(drawn.join(' ')).toContain(path);
  });
});

describe('a failed build', () => {
  it('names the file and line, and leaves the last good build untouched', async () => {
    const before = snapshotTree(out);
    const cached = pngDigests(join(cacheOf(site), 'images'));
    applyEdits(site, { 'content/countries/beta.md': replace('status: agreed', 'status: agred') });
    const result = await build();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/countries/beta.md:5:9 status: expected one of');
    expect(result.stderr).toContain('is untouched');
    expect(snapshotTree(out)).toEqual(before);
    // Nor does it throw away the images the next build will need.
    expect(pngDigests(join(cacheOf(site), 'images'))).toEqual(cached);
  });
});
