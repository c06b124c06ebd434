/**
 * The built site, page by page: builds the seed site (the real content) once, with its draft
 * languages (the Spanish edition under /es/), then
 * - validates every page with html-validate and the committed .htmlvalidate.cjs,
 * - validates every page with the W3C Nu HTML checker (vnu.jar, tests/helpers/vnu.ts), and proves on
 *   a planted invalid date that it can fail,
 * - checks every internal link, asset and #fragment against the output (tests/helpers/links.ts),
 * - checks every page's language, title, description and canonical link.
 */
import { createRequire } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { checkLinks, decodeEntities, listFiles, readPages, servedUrl, type Page } from './helpers/links';
import { checkHtml, vnuLine } from './helpers/vnu';
import { parse as parseYaml } from 'yaml';
import { builtLanguages } from '../src/model/languages';

const out = join(PROJECT, '.test-output', `html-${process.pid}`);
const site = { site: 'http://127.0.0.1:4321', base: '/' };
let files: string[];
let pages: Page[];

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await buildOrThrow(out, { SITE_URL: site.site, BASE_PATH: site.base, BUILD_DRAFTS: '1' });
  files = listFiles(out);
  pages = readPages(out, files);
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the html-validate configuration', () => {
  const path = join(PROJECT, '.htmlvalidate.cjs');
  const config = createRequire(import.meta.url)(path) as { extends: string[]; rules?: Record<string, unknown> };
  it('extends a preset of html-validate', () => {
    expect(config.extends.some((e) => e === 'html-validate:recommended' || e === 'html-validate:standard')).toBe(true);
  });
  it('says why, in a comment just above it, for every rule it turns off or weakens', () => {
    const lines = readFileSync(path, 'utf8').split('\n');
    const unexplained = Object.keys(config.rules ?? {}).filter((rule) => {
      const at = lines.findIndex((l) => l.trim().startsWith(`'${rule}'`) || l.trim().startsWith(`"${rule}"`));
      return at < 1 || !lines[at - 1].trim().startsWith('//');
    });
    expect(unexplained, 'rules set without a comment saying why').toEqual([]);
  });
});

describe('the W3C Nu HTML checker', () => {
  it('refuses a <time> whose text is not a date and which has no datetime, and accepts the forms the site writes', async () => {
    const fixtures = join(PROJECT, 'tests/fixtures/vnu');
    const report = await checkHtml([fixtures], fixtures);
    expect(report.checked.sort()).toEqual(['invalid-time.html', 'valid-times.html']);
    expect(report.messages.map(vnuLine)).toEqual([
      'invalid-time.html:8:46 The text content of element “time” was not in the required format: The literal did not satisfy the time-datetime format.',
    ]);
  });
});

describe('every page of the seed site', () => {
  it('is valid HTML for html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(join(out, file));
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(`${relative(out, result.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(problems, `html-validate found ${problems.length} problems:\n${problems.join('\n')}`).toEqual([]);
  });

  it('is valid HTML for the W3C Nu HTML checker', async () => {
    const report = await checkHtml([out], out);
    // vnu reports nothing for a path it cannot find: it must have read every page.
    expect(report.checked.sort()).toEqual(files.filter((f) => f.endsWith('.html')).sort());
    const problems = report.messages.map(vnuLine);
    expect(problems, `the W3C checker found ${problems.length} errors:\n${problems.join('\n')}`).toEqual([]);
  });

  it('is exactly what data/published-urls.txt lists: every listed file is built, and nothing else is', () => {
    const listed = readFileSync(join(PROJECT, 'data/published-urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
    // A draft language's pages are built to be read, not published: their addresses are listed
    // once it is published (src/publish/publishedUrls.ts).
    const languages = parseYaml(readFileSync(join(PROJECT, 'content/languages.yaml'), 'utf8')) ?? {};
    const drafts = builtLanguages(languages, true).filter((l) => !builtLanguages(languages, false).includes(l));
    expect(drafts.every((l) => files.some((f) => f.startsWith(`${l}/`))), 'the draft languages were built').toBe(true);
    const built = files
      .filter((f) => !f.startsWith('_astro/') && !['_headers', '404.html'].includes(f) && !drafts.some((l) => f.startsWith(`${l}/`)))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(built.sort()).toEqual(listed.filter((p) => !p.includes('#')).sort());
    // Each listed #fragment (a story step, an event, a source) is an id on its page.
    const missing = listed.filter((p) => p.includes('#')).filter((p) => {
      const [path, id] = p.split('#');
      return !readFileSync(join(out, path.slice(1), 'index.html'), 'utf8').includes(` id="${id}"`);
    });
    expect(missing).toEqual([]);
  });

  it('links only to files and #fragments that exist in the output', () => {
    const report = checkLinks(out, site, pages);
    expect(report.problems, `${report.problems.length} broken links:\n${report.problems.join('\n')}`).toEqual([]);
    // Listed, never fetched.
    console.info(`${report.references.length} URLs checked; links to other hosts, not fetched:\n  ${report.external.join('\n  ')}`);
    expect(report.external.filter((u) => !u.startsWith('https://')), 'links to other hosts over plain http').toEqual([]);
    // The check saw what it should: fragments, snippets, stylesheets and metadata.
    const where = new Set(report.references.map((r) => r.where));
    for (const kind of ['a[href]', 'link[href]', 'use[href]', 'pre', 'meta[og:image]', 'json']) expect(where, kind).toContain(kind);
    expect(report.references.some((r) => r.url.startsWith('#event-'))).toBe(true);
  });

  it('has a language, a title, a description and a canonical link to itself', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const fail = (message: string) => problems.push(`${page.file}: ${message}`);
      const html = page.root.querySelector('html');
      if (!html?.getAttributeValue('lang')?.trim()) fail('no lang on <html>');
      const head = page.root.querySelector('head');
      if (!head) {
        fail('no <head>');
        continue;
      }
      const inHead = (tag: string) => head.childElements.filter((e) => e.tagName === tag);
      const titles = inHead('title');
      if (titles.length !== 1 || !decodeEntities(titles[0].textContent).trim()) fail(`expected one non-empty <title>, found ${titles.length}`);
      const descriptions = inHead('meta').filter((e) => e.getAttributeValue('name') === 'description');
      if (descriptions.length !== 1 || !descriptions[0].getAttributeValue('content')?.trim()) fail('expected one non-empty <meta name="description">');
      const canonicals = inHead('link').filter((e) => e.getAttributeValue('rel') === 'canonical');
      const expected = servedUrl(page.file, site).href;
      const href = canonicals[0]?.getAttributeValue('href');
      if (canonicals.length !== 1) fail(`expected one <link rel="canonical">, found ${canonicals.length}`);
      else if (decodeEntities(href ?? '') !== expected) fail(`canonical ${href}, expected ${expected}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
