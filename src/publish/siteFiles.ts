/**
 * The files browsers look for at the site's root: the icons every page links. Paths are under the
 * site's base path, as in ./publishedUrls.ts, which lists them with every other address.
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
