/**
 * The Spanish edition, as built: the seed site with its Spanish (and any draft language, as
 * `npm run build -- --drafts` builds them) and the fixture site with its Spanish published or a draft. Every /es/ page is read for English a reader
 * would meet (tests/helpers/englishLeftovers.ts), and for what ties the two editions together:
 * `lang`, hreflang alternates, the language switch, og:locale, JSON-LD; then the edition's data
 * files, feed, oEmbed answers, embeds and images. A draft language is built only when asked; a
 * published one always, with its translator and reviewer named on every page.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { englishLeftovers, englishPieces } from './helpers/englishLeftovers';
import { makeSite } from './helpers/fixtureSite';
import { listFiles } from './helpers/links';
import { SPANISH } from './malformed.cases';
import { parse as parseYaml } from 'yaml';

const SITE = 'http://127.0.0.1:4321';
const out = join(PROJECT, '.test-output', `spanish-${process.pid}`);
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const pageOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
let pages: string[];

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await buildOrThrow(out, { SITE_URL: SITE, BASE_PATH: '/', BUILD_DRAFTS: '1' });
  pages = listFiles(out).filter((f) => f.endsWith('.html') && f !== '404.html');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The Spanish the seed's translations are written in: the words Spanish and English share are not leftovers. */
function spanishOfRecords(dir = join(PROJECT, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? spanishOfRecords(join(dir, e.name))
    : /\.es\.(md|yaml)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : []));
}

describe('the Spanish edition of the seed site', () => {
  it('has every page of the English under /es/, and nothing else', () => {
    const english = pages.filter((f) => !f.startsWith('es/') && !f.startsWith('embed/'));
    const spanish = pages.filter((f) => f.startsWith('es/') && !f.startsWith('es/embed/'));
    expect(english.length).toBeGreaterThan(25);
    expect(spanish.map((f) => f.slice(3)).sort()).toEqual(english.sort());
  });

  it('leaves no English on any /es/ page, outside quotes and proper names', () => {
    const english = englishPieces(spanishOfRecords());
    const names = [...new Set((JSON.parse(read('es/data/sources.json')) as { publisher: string }[]).map((s) => s.publisher))];
    const spanish = pages.filter((f) => f.startsWith('es/'));
    expect(spanish.length).toBeGreaterThan(50);
    const found = spanish.flatMap((f) => englishLeftovers(read(f), 'es', english, names).map((x) => `${pageOf(f)}: ${x}`));
    expect(found, found.slice(0, 30).join('\n')).toEqual([]);
    // The same scan finds the English of the English pages: it can fail.
    expect(englishLeftovers(read('countries/kosovo/index.html'), 'es', english, names).length).toBeGreaterThan(10);
  });

  it('says each page\'s language, links it to the same page in the other, and offers the switch there', () => {
    const problems: string[] = [];
    for (const file of pages.filter((f) => !/^(es\/)?embed\//.test(f))) {
      const html = read(file);
      const spanish = file.startsWith('es/');
      const path = pageOf(file);
      const other = spanish ? path.slice(3) : `/es${path}`;
      const fail = (what: string) => problems.push(`${path}: ${what}`);
      if (!html.includes(`<html lang="${spanish ? 'es' : 'en'}"`)) fail('wrong <html lang>');
      for (const [lang, href] of [['en', spanish ? other : path], ['es', spanish ? path : other], ['x-default', spanish ? other : path]]) {
        if (!html.includes(`<link rel="alternate" hreflang="${lang}" href="${SITE}${href}">`)) fail(`no hreflang ${lang} → ${href}`);
      }
      if (!existsSync(join(out, other.slice(1), 'index.html'))) fail(`its other edition ${other} is not built`);
      const switchTo = spanish ? 'hreflang="en" lang="en" data-keeps-step>English</a>' : 'hreflang="es" lang="es" data-keeps-step>Español</a>';
      if (!html.includes(`<a href="${other}" ${switchTo}`)) fail('no language switch to the same page');
      if (!html.includes(`<meta property="og:locale" content="${spanish ? 'es_ES' : 'en_GB'}">`)) fail('wrong og:locale');
      if (!html.includes(`<meta property="og:locale:alternate" content="${spanish ? 'en_GB' : 'es_ES'}">`)) fail('no og:locale:alternate');
    }
    expect(problems).toEqual([]);
  });

  it('describes the Spanish story in Spanish for search engines, and shows it in Spanish', () => {
    const html = read('es/index.html');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(ld.inLanguage).toBe('es');
    expect(ld.url).toBe(`${SITE}/es/`);
    expect(ld.headline).toMatch(/^Enviados a un tercer país/);
    expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read('index.html'))![1]).inLanguage).toBe('en');
    // The same steps, so the switch keeps the reader's place (src/client/scrolly.ts moves its #hash).
    const steps = (page: string) => [...page.matchAll(/<section class="step" id="([^"]+)"/g)].map((m) => m[1]);
    expect(steps(html).length).toBeGreaterThan(10);
    expect(steps(html)).toEqual(steps(read('index.html')));
    // The story's Spanish sheet of states: its own, since its labels are its own.
    const sheet = (page: string) => /<link rel="stylesheet" href="(\/_astro\/story-states\.[0-9a-f]+\.css)">/.exec(page)?.[1];
    expect(sheet(html)).toBeDefined();
    expect(sheet(html)).not.toBe(sheet(read('index.html')));
    expect(html).toContain('Deportaciones a terceros países');
  });

  it('publishes the same data with the same columns, each code with its Spanish label beside it', () => {
    const en = csvParse(read('data/countries.csv'));
    const es = csvParse(read('es/data/countries.csv'));
    const columns = en.columns.flatMap((c) => (['region', 'status'].includes(c) ? [c, `${c}_label`] : [c]));
    expect(es.columns).toEqual(columns);
    const bySlug = new Map(en.map((r) => [r.slug, r]));
    for (const row of es) {
      const english = bySlug.get(row.slug!)!;
      for (const c of en.columns.filter((c) => c !== 'name')) expect(row[c], `${row.slug} ${c}`).toBe(english[c]);
    }
    const panama = es.find((r) => r.slug === 'panama')!;
    expect([panama.name, panama.region_label]).toEqual(['Panamá', 'América Latina']);
    const events = csvParse(read('es/data/events.csv'));
    expect(events.columns).toContain('type_label');
    expect(JSON.parse(read('es/data/sources.json'))[0]).toHaveProperty('kind_label');
    // The rows a reader downloads from the tracker have the file's columns.
    const header = /data-csv-header="([^"]+)"/.exec(read('es/countries/index.html'))![1];
    expect(header).toBe(read('es/data/tracker.csv').split('\r\n')[0]);
    const pack = JSON.parse(read('es/data/datapackage.json'));
    expect(pack.homepage).toBe(`${SITE}/es/`);
    expect(pack.resources.find((r: { name: string }) => r.name === 'countries').schema.fields.map((f: { name: string }) => f.name)).toEqual(columns);
  });

  it('has its own updates feed, oEmbed answers and embeds, in Spanish', () => {
    const feed = read('es/updates.xml');
    expect(feed).toContain('xml:lang="es"');
    expect(feed).toContain('<title>Deportaciones a terceros países: actualizaciones y correcciones</title>');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/es/updates.xml"/>`);
    expect(feed).toMatch(/<title type="text">Corrección: Enviados a un tercer país/);
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(feed).filter((id) => ids(read('updates.xml')).includes(id))).toEqual([]);

    const oembed = JSON.parse(read('es/oembed/map.json'));
    expect(oembed.provider_name).toBe('Deportaciones a terceros países');
    expect(oembed.provider_url).toBe(`${SITE}/es/`);
    expect(oembed.html).toContain(`${SITE}/es/embed/map/`);
    expect(oembed.thumbnail_url).toBe(`${SITE}/es/images/map.png`);
    expect(oembed.title).not.toBe(JSON.parse(read('oembed/map.json')).title);

    const embed = read('es/embed/timeline/kosovo/index.html');
    expect(embed).toContain('<html lang="es" class="embed">');
    expect(embed).toMatch(/<p class="embed-credit">De <a href="http:\/\/127\.0\.0\.1:4321\/es\/" target="_blank" rel="noopener">Enviados a un tercer país/);
    expect(embed).toContain(`href="${SITE}/es/oembed/timeline/kosovo.json"`);
    // The snippet a Spanish page gives embeds the Spanish chart.
    expect(read('es/countries/kosovo/index.html')).toContain(`&lt;iframe src=&quot;${SITE}/es/embed/timeline/kosovo/?childId=`);
    expect(read('es/countries/index.html')).toContain(`&lt;iframe src=&quot;${SITE}/es/embed/tracker/?childId=`);
  });

  it('draws its own images and social cards, with Spanish words', () => {
    const svg = read('es/images/map.svg');
    expect(svg).toContain('Estados Unidos');
    expect(read('images/map.svg')).not.toContain('Estados Unidos');
    // A chart's own words, the title and the axis, are Spanish.
    const timeline = read('es/images/timeline/kosovo.svg');
    expect(timeline).toContain('Kosovo: la negociación, hecho a hecho');
    expect(timeline).toMatch(/>ene 2025</);
    expect(timeline).not.toContain('event by event');
    for (const file of ['images/og/countries/kosovo.png', 'images/og/sources.png', 'images/map.png', 'images/timeline/kosovo-640.png']) {
      expect(readFileSync(join(out, 'es', file)).equals(readFileSync(join(out, file))), file).toBe(false);
    }
    expect(read('es/countries/kosovo/index.html')).toContain(`<meta property="og:image" content="${SITE}/es/images/og/countries/kosovo.png">`);
  });

  it('is offered on the one page a host answers every missing address with', () => {
    const notFound = read('404.html');
    expect(notFound).toContain('<section lang="es" aria-labelledby="not-found-es"> <h2 id="not-found-es">Página no encontrada</h2>');
    expect(notFound).toMatch(/No hay ninguna página en esta dirección\. <a href="\/es\/">Vaya al reportaje<\/a>/);
  });

  it('is listed in the sitemap beside the English, each page with its alternates', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/es/countries/kosovo/</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/countries/kosovo/"/>`);
    expect(sitemap).not.toContain('/es/embed/');
  });

  it('credits the translator and the reviewer content/languages.yaml names, on Spanish pages only', () => {
    const { es } = parseYaml(readFileSync(join(PROJECT, 'content/languages.yaml'), 'utf8')) as { es: { status: string; translator?: string; reviewer?: string } };
    if (es.status === 'published') {
      expect(read('es/countries/kosovo/index.html')).toContain(`<p class="translation-credit">Traducción: ${es.translator}. Revisión: ${es.reviewer}.</p>`);
    } else {
      expect(read('es/countries/kosovo/index.html')).not.toContain('translation-credit');
    }
    expect(read('countries/kosovo/index.html')).not.toContain('translation-credit');
  });
});

describe('a language in content/languages.yaml', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const build = async (edits: Record<string, string>, drafts: boolean) => {
    const root = makeSite({ ...SPANISH, ...edits });
    roots.push(root, `${root}-out`);
    await buildOrThrow(`${root}-out`, { CONTENT_ROOT: root, SITE_URL: SITE, BASE_PATH: '/', ...(drafts ? { BUILD_DRAFTS: '1' } : {}) });
    return `${root}-out`;
  };

  it('is built when published, naming its translator and reviewer on every page of its edition', async () => {
    const dir = await build({}, false);
    const pages = listFiles(dir).filter((f) => f.startsWith('es/') && f.endsWith('.html') && !f.startsWith('es/embed/'));
    expect(pages.length).toBeGreaterThan(4);
    for (const f of pages) expect(readFileSync(join(dir, f), 'utf8'), f).toContain('<p class="translation-credit">Traducción: Ana Pérez. Revisión: Luis Gómez.</p>');
    expect(readFileSync(join(dir, 'es/countries/alpha-land/index.html'), 'utf8')).toContain('<h1>Tierra Alfa</h1>');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('translation-credit');
  });

  it('is not built as a draft, unless the build asks for drafts', async () => {
    const draft = { 'content/languages.yaml': 'es:\n  status: draft\n' };
    const plain = await build(draft, false);
    expect(existsSync(join(plain, 'es'))).toBe(false);
    expect(readFileSync(join(plain, 'index.html'), 'utf8')).not.toContain('hreflang="es"');
    const withDrafts = await build(draft, true);
    expect(readFileSync(join(withDrafts, 'es/index.html'), 'utf8')).toContain('<h1>El reportaje de prueba</h1>');
  });
});
