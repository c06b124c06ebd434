/** Every address on the site, under the configured base path (BASE_PATH). */
import { CARD } from '../images/chartImages';
import type { ChartId } from '../model/vocabulary';
import type { EmbedId } from '../publish/embed';
import { iconLinks, SITEMAP_INDEX } from '../publish/siteFiles';
import { editionOf, editionPrefix, LOCALES, type Locale } from '../words/locale';
import { imageUrls, type ChartImagePaths } from './imageUrls';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');


/** A site path such as `countries/kosovo/` joined to the base path, in `locale`'s edition (English by default). */
export function href(path: string, locale: Locale = 'en'): string {
  return `${base}${editionPrefix(locale)}${path.replace(/^\//, '')}`;
}

/** `pathname` (with or without the base path) as a site path from `/`, read for its edition. */
const editionAt = (pathname: string) => editionOf(`/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')}`);

/** The language of the page at `pathname` (with the base path, as `Astro.url.pathname` gives it). */
export const localeOfPath = (pathname: string): Locale => editionAt(pathname).locale;

/** The same page as `pathname` in `locale`'s edition: `/countries/panama/` ↔ `/es/countries/panama/`. */
export const inLocale = (pathname: string, locale: Locale): string => href(editionAt(pathname).rest, locale);

/** Every address of a reader's pages, in one language's edition. */
export function pathsIn(locale: Locale) {
  const at = (path: string) => href(path, locale);
  return {
    home: () => at(''),
    /** Every story: the main story and its follow-ups. */
    stories: () => at('stories/'),
    /** A story's page: the main story (no slug) or a follow-up. */
    story: (slug?: string) => at(slug ? `stories/${slug}/` : ''),
    countries: () => at('countries/'),
    country: (slug: string) => at(`countries/${slug}/`),
    /** The list of sources at the foot of a country's page. */
    countrySources: (slug: string) => at(`countries/${slug}/#sources`),
    sources: () => at('sources/'),
    source: (id: string) => at(`sources/#${id}`),
    data: (file: string) => at(`data/${file}`),
    /** Every event, in order: the overview timeline and the full list. */
    events: () => at('events/'),
    /** An event's entry in the list of every event. */
    event: (id: string) => at(`events/#event-${id}`),
    corrections: () => at('corrections/'),
    updates: () => at('updates.xml'),
    /** The sitemap's index, which robots.txt names (src/site/sitemap.ts): one for every language. */
    sitemap: () => href(SITEMAP_INDEX),
  };
}

/** The English edition's addresses. */
export const paths = pathsIn('en');

/** The `<link>` attributes of the site's icons (src/publish/siteFiles.ts), for every page's head. */
export const siteIcons = () => iconLinks(href);

/** A site path (from {@link href} or {@link paths}) as an absolute URL under SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

const urls = Object.fromEntries(LOCALES.map((l) => [l, imageUrls((path) => href(path, l))])) as Record<Locale, ReturnType<typeof imageUrls>>;

/**
 * The image files of a chart, as URL paths under the base path, in `locale`'s words (each edition
 * has its own, under its prefix). `key` is null (or left out) for the chart's overview, a story
 * step's id, or a country's slug for `timeline`.
 *
 * `{ svg, png, newsletter }`: e.g. for ('timeline', 'kosovo'): `/images/timeline/kosovo.svg`,
 * `/images/timeline/kosovo.png` (1200×675 card), `/images/timeline/kosovo-640.png`.
 */
export const imagePaths = (chart: ChartId, key?: string | null, locale: Locale = 'en'): ChartImagePaths => urls[locale].imagePaths(chart, key);

/**
 * The Open Graph image (a 1200×675 PNG, as a URL path under the base path) of the page at
 * `pathname` (with or without the base path, as `Astro.url.pathname` gives it), in the page's
 * language: the story's card for `/`, each country's for `/countries/<slug>/`, the sources card
 * for `/sources/`, and the story's for any other page. Pass `step` (a story step's id and chart)
 * for a link to that step, `/#<id>`: its image is the step's own chart card. Make it absolute with
 * `absoluteUrl`.
 */
export const ogImage = (pathname: string, step?: { id: string; chart: ChartId }): string => urls[localeOfPath(pathname)].ogImage(pathname, step);

/** Every social card and Open Graph image is this size (og:image:width / og:image:height). */
export const OG_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const;

const suffix = (key: string | null) => (key ? `/${key}` : '');

/**
 * The addresses of an embed, a chart (see src/figures/targets.ts) or the tracker: its page, oEmbed
 * answer and, for charts, images.
 */
export function embedPathsIn(locale: Locale) {
  return {
    page: (chart: EmbedId, key: string | null) => href(`embed/${chart}${suffix(key)}/`, locale),
    oembed: (chart: EmbedId, key: string | null) => href(`oembed/${chart}${suffix(key)}.json`, locale),
    image: (chart: ChartId, key: string | null, kind: 'svg' | '360.svg' | 'png' | '640.png') => {
      const files = imagePaths(chart, key, locale);
      return { svg: files.svg, '360.svg': files.narrowSvg, png: files.png, '640.png': files.newsletter }[kind];
    },
    /** The one script every embedding page loads, whatever the language of its charts. */
    script: () => href('embed.js'),
  };
}

/** The English edition's embeds. */
export const embedPaths = embedPathsIn('en');
