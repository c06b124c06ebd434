/** Every address on the site, under the configured base path (BASE_PATH). */
import { CARD } from '../images/chartImages';
import type { ChartId } from '../model/vocabulary';
import type { EmbedId } from '../publish/embed';
import { iconLinks, SITEMAP_INDEX } from '../publish/siteFiles';
import { imageUrls, type ChartImagePaths } from './imageUrls';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path such as `countries/kosovo/` joined to the base path. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const paths = {
  home: () => href(''),
  countries: () => href('countries/'),
  country: (slug: string) => href(`countries/${slug}/`),
  /** The list of sources at the foot of a country's page. */
  countrySources: (slug: string) => href(`countries/${slug}/#sources`),
  sources: () => href('sources/'),
  source: (id: string) => href(`sources/#${id}`),
  data: (file: string) => href(`data/${file}`),
  /** Every event, in order: the overview timeline and the full list. */
  events: () => href('events/'),
  /** An event's entry in the list of every event. */
  event: (id: string) => href(`events/#event-${id}`),
  corrections: () => href('corrections/'),
  updates: () => href('updates.xml'),
  /** The sitemap's index, which robots.txt names (src/site/sitemap.ts). */
  sitemap: () => href(SITEMAP_INDEX),
};

/** The `<link>` attributes of the site's icons (src/publish/siteFiles.ts), for every page's head. */
export const siteIcons = () => iconLinks(href);

/** A site path (from {@link href} or {@link paths}) as an absolute URL under SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

const urls = imageUrls(href);

/**
 * The image files of a chart, as URL paths under the base path. `key` is null (or left out) for
 * the chart's overview, a story step's id, or a country's slug for `timeline`.
 *
 * `{ svg, png, newsletter }`: e.g. for ('timeline', 'kosovo'): `/images/timeline/kosovo.svg`,
 * `/images/timeline/kosovo.png` (1200×675 card), `/images/timeline/kosovo-640.png`.
 */
export const imagePaths: (chart: ChartId, key?: string | null) => ChartImagePaths = urls.imagePaths;

/**
 * The Open Graph image (a 1200×675 PNG, as a URL path under the base path) of the page at
 * `pathname` (with or without the base path, as `Astro.url.pathname` gives it): the story's card
 * for `/`, each country's for `/countries/<slug>/`, the sources card for `/sources/`, and the
 * story's for any other page. Pass `step` (a story step's id and chart) for a link to that step,
 * `/#<id>`: its image is the step's own chart card. Make it absolute with `absoluteUrl`.
 */
export const ogImage: (pathname: string, step?: { id: string; chart: ChartId }) => string = urls.ogImage;

/** Every social card and Open Graph image is this size (og:image:width / og:image:height). */
export const OG_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const;

const suffix = (key: string | null) => (key ? `/${key}` : '');

/**
 * The addresses of an embed, a chart (see src/figures/targets.ts) or the tracker: its page, oEmbed
 * answer and, for charts, images.
 */
export const embedPaths = {
  page: (chart: EmbedId, key: string | null) => href(`embed/${chart}${suffix(key)}/`),
  oembed: (chart: EmbedId, key: string | null) => href(`oembed/${chart}${suffix(key)}.json`),
  image: (chart: ChartId, key: string | null, kind: 'svg' | '360.svg' | 'png' | '640.png') => {
    const files = imagePaths(chart, key);
    return { svg: files.svg, '360.svg': files.narrowSvg, png: files.png, '640.png': files.newsletter }[kind];
  },
  script: () => href('embed.js'),
};
