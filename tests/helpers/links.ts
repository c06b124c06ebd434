/**
 * Reads a built site as a host would serve it, without serving it: every page's links, assets
 * and fragments, resolved against the output folder. Pages are parsed with html-validate's parser
 * (the same one the validity check uses), so each reference carries its file, line and column.
 *
 * Internal means relative, or absolute under SITE_URL's origin; such a URL must lie under the
 * base path, name a file in the output (`…/` names `…/index.html`) and, with a `#fragment`, an
 * element with that id in the target page. Links to other hosts are only collected, never fetched.
 * Embed snippets are text in a `<pre>`, not links: their URLs are checked the same way, as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export interface Reference {
  /** The file holding the reference, relative to the output folder (`countries/kosovo/index.html`). */
  file: string;
  line: number;
  column: number;
  /** Where the URL was found: `a[href]`, `meta[content]`, `pre` (a snippet), `json`, `xml`, `css`. */
  where: string;
  url: string;
}

export interface Page {
  /** Relative to the output folder. */
  file: string;
  source: string;
  root: HtmlElement;
}

export interface LinkReport {
  /** Every URL found in the output, internal or not. */
  references: Reference[];
  /** Problems as `file:line:column where url: message`, one per broken reference. */
  problems: string[];
  /** Links to other hosts, deduplicated and sorted: listed, never fetched. */
  external: string[];
}

export interface SiteOptions {
  /** SITE_URL, e.g. `https://news.example.org`. */
  site: string;
  /** BASE_PATH, e.g. `/` or `/graphics/third-country/`. */
  base: string;
}

/** Every file under `root`, relative, with `/` separators. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
/** Decodes the character references the build writes (html-validate keeps attribute values and text raw). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

let parserConfig: ReturnType<HtmlValidate['getConfigForSync']> | undefined;
/**
 * Parses one page with html-validate's parser (no rules run). Its HTML5 metadata marks <svg> as
 * foreign and drops what is inside; here the inside is kept, for the ids and `<use href>` of
 * the charts.
 */
export function parsePage(file: string, source: string): Page {
  parserConfig ??= new HtmlValidate(new StaticConfigLoader({ elements: ['html5', { svg: { foreign: false } }] })).getConfigForSync('page.html');
  return { file, source, root: new Parser(parserConfig).parseHtml(source) };
}

/** Reads and parses every `.html` file of a built site. */
export function readPages(root: string, files = listFiles(root)): Page[] {
  return files.filter((f) => f.endsWith('.html')).map((f) => parsePage(f, readFileSync(join(root, f), 'utf8')));
}

/** Attributes that hold one URL, by attribute name (any element). */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'manifest'];
/** Attributes that hold a list of URLs with descriptors. */
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];
/** `<meta>` whose content is a URL (Open Graph, Twitter cards). */
const URL_META = /^(og:(url|image|image:url|image:secure_url|video|audio)|twitter:(image|image:src|url|player))$/;

const ABSOLUTE_URL = /\bhttps?:\/\/[^\s"'<>`\\)\]]+/g;
/** Absolute URLs in running text, without the sentence's punctuation after them. */
export const urlsInText = (text: string): string[] => [...text.matchAll(ABSOLUTE_URL)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));

/** The `line:column` of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Every URL a page refers to: in attributes, in embed snippets (`<pre>` text) and in JSON-LD. */
export function pageReferences(page: Page): Reference[] {
  const refs: Reference[] = [];
  const add = (where: string, url: string, loc: { line: number; column: number }) =>
    refs.push({ file: page.file, line: loc.line, column: loc.column, where, url });
  const elements = page.root.querySelectorAll('*');
  for (const el of elements) {
    for (const attr of el.attributes) {
      const key = attr.key.toLowerCase();
      if (typeof attr.value !== 'string') continue;
      const value = decodeEntities(attr.value);
      const loc = attr.valueLocation ?? attr.keyLocation;
      if (URL_ATTRIBUTES.includes(key)) {
        if (key === 'data' && el.tagName !== 'object') continue;
        add(`${el.tagName}[${key}]`, value.trim(), loc);
      } else if (SRCSET_ATTRIBUTES.includes(key)) {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) add(`${el.tagName}[${key}]`, url, loc);
        }
      } else if (key === 'content' && el.tagName === 'meta') {
        const name = el.getAttributeValue('property') ?? el.getAttributeValue('name') ?? '';
        if (URL_META.test(name)) add(`meta[${name}]`, value.trim(), loc);
      }
    }
  }
  // Embed snippets: text in a <pre>, the URLs of the iframe and the script in it.
  for (const pre of page.root.querySelectorAll('pre')) {
    for (const url of urlsInText(decodeEntities(pre.textContent))) add('pre', url, pre.location);
  }
  // JSON-LD: every string that is an absolute URL.
  for (const script of page.root.querySelectorAll('script[type="application/ld+json"]')) {
    for (const url of jsonUrls(JSON.parse(script.textContent))) add('json-ld', url, script.location);
  }
  return refs;
}

/** Absolute http(s) URLs among a JSON value's strings, including those inside HTML strings (oEmbed `html`). */
export function jsonUrls(value: unknown): string[] {
  if (typeof value === 'string') return urlsInText(decodeEntities(value));
  if (Array.isArray(value)) return value.flatMap(jsonUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonUrls);
  return [];
}

/** URLs in the site's other text files: the Atom feed, JSON (oEmbed, data package), stylesheets. */
export function fileReferences(file: string, text: string): Reference[] {
  const refs: Reference[] = [];
  const add = (where: string, url: string, offset: number) => refs.push({ file, ...position(text, offset), where, url });
  if (file.endsWith('.json')) {
    // Each URL once, found again in the raw text for a line number.
    for (const url of new Set(jsonUrls(JSON.parse(text)))) add('json', url, Math.max(0, text.indexOf(url)));
  } else if (file.endsWith('.xml')) {
    for (const m of text.matchAll(/\b(href|src)="([^"]*)"/g)) add(`xml[${m[1]}]`, decodeEntities(m[2]), m.index + m[1].length + 2);
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) add('css url()', m[2], m.index + 4);
  }
  return refs;
}

/** The address a file is served at, under the site and base path: `dir/index.html` at `dir/`. */
export function servedUrl(file: string, options: SiteOptions): URL {
  const base = options.base.replace(/\/?$/, '/');
  const path = file.endsWith('index.html') && (file === 'index.html' || file.endsWith('/index.html')) ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${base}${path}`, options.site);
}

/**
 * Checks every reference of a built site in `root`. `pages` may be passed when the caller has
 * already parsed them (the validity check and this one share one build).
 */
export function checkLinks(root: string, options: SiteOptions, pages?: Page[]): LinkReport {
  const files = listFiles(root);
  const fileSet = new Set(files);
  pages ??= readPages(root, files);
  const origin = new URL(options.site).origin;
  const base = options.base.replace(/\/?$/, '/');

  const ids = new Map<string, Set<string>>();
  for (const page of pages) {
    const set = new Set<string>();
    for (const el of page.root.querySelectorAll('[id]')) {
      const id = el.getAttributeValue('id');
      if (id) set.add(decodeEntities(id));
    }
    for (const el of page.root.querySelectorAll('a[name]')) set.add(decodeEntities(el.getAttributeValue('name') ?? ''));
    ids.set(page.file, set);
  }

  const references = pages.flatMap(pageReferences);
  for (const file of files) {
    if (/\.(json|xml|css)$/.test(file)) references.push(...fileReferences(file, readFileSync(join(root, file), 'utf8')));
  }

  const problems: string[] = [];
  const external = new Set<string>();
  for (const ref of references) {
    const fail = (message: string) => problems.push(`${ref.file}:${ref.line}:${ref.column} ${ref.where} ${JSON.stringify(ref.url)}: ${message}`);
    if (ref.url === '') {
      fail('empty URL');
      continue;
    }
    let url: URL;
    try {
      url = new URL(ref.url, servedUrl(ref.file, options));
    } catch {
      fail('not a valid URL');
      continue;
    }
    if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') continue;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      fail(`unexpected scheme ${url.protocol}`);
      continue;
    }
    if (url.origin !== origin) {
      external.add(url.href);
      continue;
    }
    if (!url.pathname.startsWith(base)) {
      fail(`outside the base path ${base}`);
      continue;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      fail('badly escaped path');
      continue;
    }
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!fileSet.has(target)) {
      if (fileSet.has(`${path}/index.html`)) fail(`no file ${target}: the page is at ${path}/ (with a trailing slash)`);
      else fail(`no file ${target} in the output`);
      continue;
    }
    if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      const targetIds = ids.get(target);
      if (!targetIds) fail(`a #fragment on ${target}, which is not a page`);
      else if (!targetIds.has(id)) fail(`no element with id="${id}" in ${target}`);
    }
  }
  return { references, problems, external: [...external].sort() };
}
