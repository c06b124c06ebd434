/**
 * The `_headers` file (Netlify and Cloudflare Pages format): a strict Content-Security-Policy
 * whose only allowed inline scripts are the build's own, by hash; embeds may be framed anywhere,
 * every other page only by the site itself. Rules never overlap for one header, because hosts
 * combine the values of overlapping rules.
 */
import { createHash } from 'node:crypto';

/** The CSP hash source of an inline script's exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline, executable scripts of an HTML page (JSON-LD and other data blocks are not run). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    scripts.push(m[2]);
  }
  return scripts;
}

export function contentSecurityPolicy(hashes: string[], frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${[...new Set(hashes)].sort().join(' ')}` : ''}`,
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
export function headersFile(base: string, hashes: string[], pagePrefixes: string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const site = contentSecurityPolicy(hashes, "'self'");
  const embed = contentSecurityPolicy(hashes, '*');
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
  const lines = [`${b}*`, ...common, ''];
  for (const path of [b, `${b}index.html`, `${b}404.html`, ...pagePrefixes.map((p) => `${b}${p}/*`)]) {
    lines.push(path, `  Content-Security-Policy: ${site}`, '  X-Frame-Options: SAMEORIGIN', '');
  }
  lines.push(`${b}embed/*`, `  Content-Security-Policy: ${embed}`, '');
  lines.push(`${b}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', '');
  return `${lines.join('\n')}`;
}
