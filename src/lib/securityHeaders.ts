/**
 * The `_headers` file (Netlify and Cloudflare Pages format): a strict Content-Security-Policy
 * with no inline script or style allowed (the site's own are files); embeds may be framed
 * anywhere, every other page only by the site itself. Rules never overlap for one header,
 * because hosts combine the values of overlapping rules.
 */
import { parseHTML } from 'linkedom';

/**
 * Inline, executable scripts of an HTML page (JSON-LD and other data blocks are not run). The
 * page is parsed, so text that merely looks like a script, inside an attribute, is not one.
 */
export function inlineScripts(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('script')]
    .filter((script) => !script.hasAttribute('src'))
    .filter((script) => {
      const type = (script.getAttribute('type') ?? '').toLowerCase();
      return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    })
    .map((script) => script.textContent ?? '');
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
 * `_headers` for a site under `base` (e.g. "/" or "/graphics/third-country/"). `pagePrefixes`
 * are the top-level page folders other than embed/ (countries/, sources/, …).
 */
export function headersFile(base: string, pagePrefixes: string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const site = contentSecurityPolicy("'self'");
  const embed = contentSecurityPolicy('*');
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
  const lines = [`${b}*`, ...common, ''];
  for (const path of [b, `${b}index.html`, `${b}404.html`, ...pagePrefixes.map((p) => `${b}${p}/*`)]) {
    lines.push(path, `  Content-Security-Policy: ${site}`, '  X-Frame-Options: SAMEORIGIN', '');
  }
  lines.push(`${b}embed/*`, `  Content-Security-Policy: ${embed}`, '');
  // Module scripts load in CORS mode: an embed in a sandboxed iframe (an opaque origin) needs this.
  lines.push(`${b}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *', '');
  return `${lines.join('\n')}`;
}
