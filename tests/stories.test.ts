/**
 * Follow-up stories: the fixture with a follow-up (content/stories/beta-update.md) beside its
 * story builds both, each with its page, steps, state stylesheet, embeds, images, feed entry, social
 * card and JSON-LD; the story index and the country pages link them; the check rejects a follow-up
 * that cites an unknown record or reuses a step id, at its file and line; and the addresses of a
 * published follow-up are guarded like every other.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteContent } from '../src/derive/siteContent';
import { publishedPaths } from '../src/publish/publishedUrls';
import { lostAddresses } from '../src/review/urls';
import { loadContent } from '../src/validation/load';
import { formatIssue } from '../src/validation/recordFile';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { makeSite, removeSite, replace, type Edits } from './helpers/fixtureSite';
import { SPANISH } from './malformed.cases';

const FOLLOW_UP = `---
title: Beta's answer, a month on
standfirst: What Beta pledged, and what the memo says of it.
description: A follow-up on Beta's pledge, from the memo.
byline: Test desk
published: 2026-12-01
period:
  from: 2025-05
  to: 2025-06
sources: [memo]
---
## The pledge

:::step{#beta-pledge chart=deportees highlight=beta}
Beta said it would take :fig[beta.pledged] people :cite[memo].
:::

:::step{#beta-timeline chart=timeline country=beta}
It answered in May :cite[memo].
:::
`;

/** The fixture's main story, given one step of its own. */
const MAIN_STEP = replace('## Second section', ':::step{#overview chart=map}\nEvery country the story names :cite[article].\n:::\n\n## Second section');

const TWO_STORIES: Edits = { 'content/story/index.md': MAIN_STEP, 'content/stories/beta-update.md': FOLLOW_UP };

/** The follow-up's Spanish, in the same form as the story's: its words, and the same steps. */
const FOLLOW_UP_ES = `---
title: La respuesta de Beta, un mes después
standfirst: Lo que Beta prometió y lo que dice de ello el memorando.
description: Una continuación sobre el compromiso de Beta, a partir del memorando.
byline: Mesa de pruebas
---
## El compromiso

:::step{#beta-pledge chart=deportees highlight=beta}
Beta dijo que acogería a :fig[beta.pledged] personas :cite[memo].
:::

:::step{#beta-timeline chart=timeline country=beta}
Respondió en mayo :cite[memo].
:::
`;

const out = join(PROJECT, '.test-output', `stories-${process.pid}`);
let site: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (path: string) => parseHTML(read(path)).document;

beforeAll(async () => {
  site = makeSite(TWO_STORIES);
  rmSync(out, { recursive: true, force: true });
  await buildOrThrow(out, { CONTENT_ROOT: site });
});
afterAll(() => {
  removeSite(site);
  rmSync(out, { recursive: true, force: true });
});

describe('a site with a follow-up story', () => {
  it('builds the follow-up at /stories/<slug>/ with its own steps, drawings and state stylesheet', () => {
    const doc = page('stories/beta-update/index.html');
    expect(doc.querySelector('h1')!.textContent).toBe("Beta's answer, a month on");
    expect([...doc.querySelectorAll('.step[id]')].map((s) => s.id)).toEqual(['beta-pledge', 'beta-timeline']);
    expect(doc.querySelector('#beta-pledge')!.textContent).toContain('Beta said it would take up to 50 people');
    const sheets = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!).filter((h) => h.includes('story-states'));
    expect(sheets).toHaveLength(1);
    expect(existsSync(join(out, sheets[0]))).toBe(true);
    // The main story keeps its own page and steps, and lists its follow-ups.
    const main = page('index.html');
    expect([...main.querySelectorAll('.step[id]')].map((s) => s.id)).toEqual(['overview']);
    expect([...main.querySelectorAll('#follow-ups-heading + ul a')].map((a) => a.getAttribute('href'))).toEqual(['/stories/beta-update/']);
    expect(main.querySelector('link[href*="story-states"]')!.getAttribute('href')).not.toBe(sheets[0]);
  });

  it('gives each story its JSON-LD, social card, and entry in the updates feed', () => {
    const doc = page('stories/beta-update/index.html');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: "Beta's answer, a month on", datePublished: '2026-12-01', url: 'http://127.0.0.1:4321/stories/beta-update/' });
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe('http://127.0.0.1:4321/images/og/stories/beta-update.png');
    expect(readFileSync(join(out, 'images/og/stories/beta-update.png')).subarray(1, 4).toString()).toBe('PNG');
    const feed = parseHTML(read('updates.xml')).document;
    const entries = [...feed.querySelectorAll('entry')].filter((e) => e.querySelector('category')?.getAttribute('term') === 'publication');
    // Newest first.
    expect(entries.map((e) => e.querySelector('title')!.textContent)).toEqual(["Beta's answer, a month on", 'The fixture story']);
    expect(entries[0].querySelector('link')!.getAttribute('href')).toBe('http://127.0.0.1:4321/stories/beta-update/');
    expect(entries[0].querySelector('id')!.textContent).toMatch(/stories\/beta-update$/);
  });

  it("publishes each step's embed, oEmbed answer and images, crediting the story the step is in", () => {
    for (const file of ['embed/deportees/beta-pledge/index.html', 'oembed/deportees/beta-pledge.json', 'images/deportees/beta-pledge.svg', 'images/deportees/beta-pledge-360.svg', 'images/deportees/beta-pledge.png', 'embed/map/overview/index.html']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const credit = page('embed/deportees/beta-pledge/index.html').querySelector('.embed-credit a')!;
    expect(credit.getAttribute('href')).toBe('http://127.0.0.1:4321/stories/beta-update/#beta-pledge');
    expect(credit.textContent).toBe("Beta's answer, a month on");
    expect(page('embed/map/overview/index.html').querySelector('.embed-credit a')!.getAttribute('href')).toBe('http://127.0.0.1:4321/#overview');
  });

  it('lists every story at /stories/, and on each country page the stories about it', () => {
    const index = page('stories/index.html');
    expect([...index.querySelectorAll('.stories h2 a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ["Beta's answer, a month on", '/stories/beta-update/'],
      ['The fixture story', '/'],
    ]);
    const beta = page('countries/beta/index.html');
    expect([...beta.querySelectorAll('#stories ~ ul a')].map((a) => a.getAttribute('href'))).toEqual(['/stories/beta-update/']);
    // Alpha is on the main story's map step only through the map's overview: no story is about it.
    expect(page('countries/alpha-land/index.html').querySelector('#stories')).toBeNull();
    expect(read('sitemap-0.xml')).toContain('<loc>http://127.0.0.1:4321/stories/beta-update/</loc>');
  });
});

describe('the check, on follow-up stories', () => {
  const problems = (edits: Edits) => {
    const root = makeSite(edits);
    try {
      return loadContent(root).issues.map(formatIssue);
    } finally {
      removeSite(root);
    }
  };

  it('accepts the fixture with its follow-up', () => {
    expect(problems(TWO_STORIES)).toEqual([]);
  });

  it('rejects a follow-up that cites an unknown record, at its file and line', () => {
    const found = problems({ ...TWO_STORIES, 'content/stories/beta-update.md': FOLLOW_UP.replace(':fig[beta.pledged]', ':fig[gamma.pledged]').replace('country=beta', 'country=gama').replace('It answered in May :cite[memo]', 'It answered in May :cite[memos]') });
    expect(found).toEqual([
      'content/stories/beta-update.md:15:25 fig: no country "gamma": expected a file content/countries/gamma.md, found none.',
      'content/stories/beta-update.md:18:39 step #beta-timeline country: no country "gama": expected a file content/countries/gama.md, found none.',
      'content/stories/beta-update.md:19:20 cite: no source "memos": expected a file content/sources/memos.yaml, found none. Did you mean "memo"?',
    ]);
  });

  it("rejects a step id another story uses, at both steps, and a country's slug, at the step", () => {
    const found = problems({ ...TWO_STORIES, 'content/stories/beta-update.md': FOLLOW_UP.replace('#beta-pledge', '#overview').replace('#beta-timeline', '#beta') });
    expect(found).toEqual([
      'content/stories/beta-update.md:14:9 step #overview: expected an id no other story uses, found "overview", a step in content/story/index.md (line 16): rename whichever is not published yet',
      'content/stories/beta-update.md:18:9 step #beta: expected an id that is not a country\'s slug, found "beta": try "beta-talks" or similar',
      'content/story/index.md:16:9 step #overview: expected an id no other story uses, found "overview", also a step in content/stories/beta-update.md (line 14): rename whichever is not published yet',
    ]);
  });

  it("rejects an old id (aliases=) another story uses, and key events a follow-up would not mark", () => {
    const found = problems({
      ...TWO_STORIES,
      'content/stories/beta-update.md': FOLLOW_UP.replace('#beta-pledge chart', '#beta-pledge aliases=overview chart').replace('sources: [memo]\n---', 'sources: [memo]\nkey_events: [2025-05-12-beta-answer]\n---'),
    });
    expect(found).toEqual([
      'content/stories/beta-update.md:11:13 key_events: expected no key_events in a follow-up: the timeline marks the main story\'s (content/story/index.md) in every story, so list the event there, or leave this out',
      'content/stories/beta-update.md:15:1 step #beta-pledge aliases: expected an old id no other step uses, found "overview", the id of a step in content/story/index.md (line 16)',
    ]);
  });

  it("guards a published follow-up's addresses: dropping it fails, naming what to restore", () => {
    const load = (edits: Edits) => {
      const root = makeSite(edits);
      try {
        return loadContent(root);
      } finally {
        removeSite(root);
      }
    };
    const withIt = load(TWO_STORIES);
    const without = load({ 'content/story/index.md': MAIN_STEP });
    const before = publishedPaths(siteContent({ ...withIt, story: withIt.story! }));
    expect(before).toEqual(expect.arrayContaining(['/stories/', '/stories/beta-update/', '/stories/beta-update/#beta-pledge', '/embed/deportees/beta-pledge/', '/images/og/stories/beta-update.png']));
    const lost = lostAddresses(before.join('\n'), new Set(publishedPaths(siteContent({ ...without, story: without.story! }))), 'main');
    expect(lost.map((i) => i.message)).toContain('/stories/beta-update/ was published (main, this line) and the change drops it, breaking every link and embed of it: a published follow-up story stays published: restore content/stories/beta-update.md (correct it with a dated entry under corrections: instead of removing it)');
    expect(lost.map((i) => i.message)).toContain('/stories/beta-update/#beta-pledge was published (main, this line) and the change drops it, breaking every link and embed of it: if the step was renamed, add aliases=beta-pledge to its :::step{…} in content/stories/beta-update.md');
  });
});

describe('a follow-up story in Spanish', () => {
  const es = join(PROJECT, '.test-output', `stories-es-${process.pid}`);
  let root: string;
  afterAll(() => {
    if (root) removeSite(root);
    rmSync(es, { recursive: true, force: true });
  });

  it('needs its translation once Spanish is published, in the same form as the story\'s, and then builds under /es/stories/', async () => {
    const missing = makeSite({ ...SPANISH, 'content/stories/beta-update.md': FOLLOW_UP });
    try {
      const issues = loadContent(missing).issues.map(formatIssue);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((i) => i.startsWith('content/stories/beta-update.es.md:1:1 ') && i.includes('untranslated'))).toBe(true);
    } finally {
      removeSite(missing);
    }
    root = makeSite({ ...SPANISH, 'content/stories/beta-update.md': FOLLOW_UP, 'content/stories/beta-update.es.md': FOLLOW_UP_ES });
    expect(loadContent(root).issues.map(formatIssue)).toEqual([]);
    rmSync(es, { recursive: true, force: true });
    await buildOrThrow(es, { CONTENT_ROOT: root });
    const doc = parseHTML(readFileSync(join(es, 'es/stories/beta-update/index.html'), 'utf8')).document;
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect(doc.querySelector('h1')!.textContent).toBe('La respuesta de Beta, un mes después');
    expect(doc.querySelector('#beta-pledge')!.textContent).toContain('Beta dijo que acogería a hasta 50 personas');
    expect(doc.querySelector('link[hreflang="en"]')!.getAttribute('href')).toBe('http://127.0.0.1:4321/stories/beta-update/');
    const index = parseHTML(readFileSync(join(es, 'es/stories/index.html'), 'utf8')).document;
    expect([...index.querySelectorAll('.stories h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/es/stories/beta-update/', '/es/']);
  });
});
