/**
 * The files browsers and crawlers look for at the site's root: the icons every page links, and
 * robots.txt with the sitemap it names. Paths are under the site's base path, as in
 * ./publishedUrls.ts, which lists them with every other address.
 */

/** One of the site's icons, as every page links it. */
export interface SiteIcon {
  rel: 'icon' | 'apple-touch-icon';
  path: string;
  type: 'image/png' | 'image/svg+xml';
  /** A PNG's width and height, in pixels; none for the SVG, which draws at any size. */
  size?: number;
}

/**
 * The icons, in the order pages link them: the 32 px PNG for browsers that draw no SVG icon, the
 * SVG (light or dark with the reader's setting) that the others prefer, and the 180 px opaque PNG
 * that phones put on a home screen. src/images/siteIcon.ts draws all three from one drawing.
 */
export const SITE_ICONS: readonly SiteIcon[] = [
  { rel: 'icon', path: '/favicon.png', type: 'image/png', size: 32 },
  { rel: 'icon', path: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'apple-touch-icon', path: '/apple-touch-icon.png', type: 'image/png', size: 180 },
];

/** The attributes of each icon's `<link>`, with `url` turning a site path into the address a page uses. */
export function iconLinks(url: (path: string) => string): { rel: string; href: string; type: string; sizes?: string }[] {
  return SITE_ICONS.map(({ rel, path, type, size }) => ({ rel, href: url(path), type, ...(size ? { sizes: `${size}x${size}` } : {}) }));
}

/**
 * The sitemap the build writes with @astrojs/sitemap (src/site/sitemap.ts): an index, which
 * robots.txt names, and the one sitemap it lists (a second would start past 45,000 pages).
 */
export const SITEMAP_INDEX = '/sitemap-index.xml';
export const SITEMAP_FILES = [SITEMAP_INDEX, '/sitemap-0.xml'] as const;

export const ROBOTS = '/robots.txt';

/**
 * robots.txt: every crawler may fetch everything, and the sitemap is at `sitemapUrl` (absolute,
 * as the format requires).
 *
 * Nothing is disallowed, embeds included. An embed page says `noindex` itself, and a crawler
 * only reads that if it may fetch the page: a page disallowed here can still be listed, as a bare
 * address, when other sites link it, and every article that embeds a chart links its embed. Nor
 * would disallowing protect anything: browsers never read robots.txt, so iframes load either way,
 * and link-preview crawlers that honour it (Twitterbot does) would lose the images and oEmbed
 * answers that make embeds and shared links show a picture.
 *
 * Crawlers read robots.txt only at a host's root. Under a base path this file is one directory
 * down, where no crawler asks for it: the newsroom's own robots.txt at the root should name the
 * same sitemap (docs/publishing.md).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${sitemapUrl}\n`;
}
