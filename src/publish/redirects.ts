/**
 * What keeps a renamed record's old addresses working (src/publish/publishedUrls.ts lists them):
 * a `_redirects` file for hosts that read one (Netlify, Cloudflare Pages), and, for static hosts
 * such as GitHub Pages, a page at each old page address that sends the reader on. Embeds, oEmbed
 * answers and images are published again at their old addresses instead (scripts/build.ts), so
 * that an embed snippet keeps its query string and a host page its image.
 */
import { escapeXml } from '../util/xml';
import { PAGE_LANGUAGE, type Locale } from '../words/locale';
import { message, messageParts } from '../words/messages';
import type { Redirect } from './publishedUrls';
import { iconLinks } from './siteFiles';

/** The site path (`/countries/x/`) under the base path (`/graphics/`): `/graphics/countries/x/`. */
const under = (base: string, path: string) => `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;

/** Old addresses that are not fragments (`/#step`, `/events/#event-x`): only those reach a server. */
export const serverRedirects = (redirects: readonly Redirect[]) => redirects.filter((r) => !r.from.includes('#'));

/** The `_redirects` file: one permanent redirect a line, old address then new, under the base path. */
export function redirectsFile(base: string, redirects: readonly Redirect[]): string {
  return serverRedirects(redirects).map((r) => `${under(base, r.from)} ${under(base, r.to)} 301\n`).join('');
}

/**
 * A page at an old page address that sends the reader to the new one at once, without
 * JavaScript, and tells search engines where the page now is. It links the site's icons, as every
 * page does, so that a browser showing it asks for no /favicon.ico.
 */
export function redirectPage(to: string, base: string, site: string, locale: Locale = 'en'): string {
  const path = under(base, to);
  const absolute = new URL(path, site).href;
  const link = { href: path, text: absolute };
  const text = messageParts(locale, 'redirect.text', { link })
    .map((part) => (typeof part === 'string' ? escapeXml(part) : `<a href="${escapeXml(part.href)}">${escapeXml(part.text)}</a>`))
    .join('');
  const icons = iconLinks((p) => under(base, p))
    .map((i) => `<link rel="${i.rel}" href="${escapeXml(i.href)}" type="${i.type}"${i.sizes ? ` sizes="${i.sizes}"` : ''}>\n`)
    .join('');
  return `<!doctype html>
<html lang="${PAGE_LANGUAGE[locale].lang}">
<head>
<meta charset="utf-8">
<title>${escapeXml(message(locale, 'redirect.title'))}</title>
<meta name="description" content="${escapeXml(message(locale, 'redirect.description', { url: absolute }))}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeXml(path)}">
<link rel="canonical" href="${escapeXml(absolute)}">
${icons}</head>
<body>
<p>${text}</p>
</body>
</html>
`;
}
