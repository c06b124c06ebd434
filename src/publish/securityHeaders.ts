/**
 * The `_headers` file (Netlify and Cloudflare Pages format): a strict Content-Security-Policy
 * with no inline script or style allowed (the site's own are files); embeds may be framed
 * anywhere, every other page only by the site itself; the browser editor (/admin/), when the site has one,
 * has a policy of its own. Rules never overlap for one header,
 * because hosts combine the values of overlapping rules.
 */
import { Parser } from 'htmlparser2';

/** Script types a browser does not run: data blocks. Any other type counts as code, to be safe. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/**
 * Inline, executable scripts of an HTML page (JSON-LD and other data blocks are not run). The
 * page is tokenised as HTML (by htmlparser2, as linkedom does), so text that merely looks like a
 * script, inside an attribute, is not one; no document is built, so a large page costs little.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  let current: string | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' && !('src' in attrs) && !DATA_TYPES.has((attrs.type ?? '').trim().toLowerCase())) current = '';
    },
    ontext(text) {
      if (current !== null) current += text;
    },
    onclosetag(name) {
      if (name === 'script' && current !== null) {
        found.push(current);
        current = null;
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return found;
}

export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * The browser editor's policy (/admin/, docs/cms.md): Decap CMS compiles its configuration's
 * schema at run time (ajv: 'unsafe-eval'), injects its own styles, runs WebAssembly, shows
 * previews in frames of its own, and talks to `connect` (the repository's API,
 * or the editor's proxy on this machine). Nothing else may frame it. Reader pages keep theirs.
 */
export function adminContentSecurityPolicy(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Who the editor on a published site talks to: GitHub's API, and the sign-in service. */
export const ADMIN_CONNECT = ['https://api.github.com'];

/**
 * `_headers` for a site under `base` (e.g. "/" or "/graphics/third-country/"). `pagePrefixes`
 * are the top-level page folders other than embed/ (countries/, sources/, …); `editions`, each
 * other language's folder (`es`) with its own page folders: its pages are framed only by the
 * site, its embeds (`/es/embed/…`) by anyone, as the English ones.
 */
export function headersFile(base: string, pagePrefixes: string[], editions: Record<string, string[]> = {}, admin?: readonly string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const site = contentSecurityPolicy("'self'");
  const embed = contentSecurityPolicy('*');
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
  const lines = [`${b}*`, ...common, ''];
  const pages = [b, `${b}index.html`, `${b}404.html`, ...pagePrefixes.map((p) => `${b}${p}/*`)];
  for (const [edition, prefixes] of Object.entries(editions)) pages.push(`${b}${edition}/`, `${b}${edition}/index.html`, ...prefixes.map((p) => `${b}${edition}/${p}/*`));
  for (const path of pages) {
    lines.push(path, `  Content-Security-Policy: ${site}`, '  X-Frame-Options: SAMEORIGIN', '');
  }
  for (const prefix of ['', ...Object.keys(editions).map((e) => `${e}/`)]) lines.push(`${b}${prefix}embed/*`, `  Content-Security-Policy: ${embed}`, '');
  // The browser editor, when the site has one: its own policy, never framed, never cached.
  if (admin) lines.push(`${b}admin/*`, `  Content-Security-Policy: ${adminContentSecurityPolicy(admin)}`, '  X-Frame-Options: DENY', '  Cache-Control: no-store', '');
  // Module scripts load in CORS mode: an embed in a sandboxed iframe (an opaque origin) needs this.
  lines.push(`${b}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *', '');
  return `${lines.join('\n')}`;
}
