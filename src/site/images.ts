/**
 * Static images of the charts, rendered at build time from the same SVG the pages show:
 *
 * - `/images/<chart>.svg` (or `/images/<chart>/<key>.svg`): the wide drawing, standalone and styled;
 * - `/images/<chart>.png`: a 1200×675 social card (title, takeaway, drawing, source, credit);
 * - `/images/<chart>-640.png`: the phone drawing, 640 px wide at 2×, for newsletters;
 *
 * for each chart's overview, each story step (key: the step's id) and each country's timeline
 * (`timeline/<slug>`); and an Open Graph card for the story, each country and the sources page
 * under `/images/og/`. Pages link them through {@link imagePaths} and {@link ogImage}.
 */
import globalCss from '../styles/global.css?raw';
import deporteesCss from '../charts/deportees.css?raw';
import mapCss from '../charts/map.css?raw';
import statusCss from '../charts/status.css?raw';
import timelineCss from '../charts/timeline.css?raw';
import { availableParallelism } from 'node:os';
import { renderFigure, type RenderedFigure } from '../figures/render';
import { stateKey, type ChartState } from '../model/chartState';
import { CARD, chartCard, chartSvg, imageStyle, NEWSLETTER, newsletterPixelWidth, newsletterSvg, type ImageStyle } from '../images/chartImages';
import { figureLabel, formatValue } from '../words/format';
import { imageKey, imageUrls, type ChartImagePaths } from './imageUrls';
import { cachedRaster } from '../images/imageCache';
import { FONT_FAMILY, rasterize, shippedFontMetrics } from '../images/raster';
import { svgRoot } from '../images/standaloneSvg';
import { socialCard, type CardFonts } from '../images/socialCard';
import { sourceLine } from '../words/sourceLine';
import { storyBlocks } from '../words/story';
import { CHART_IDS, FIGURE_IDS, REGIONS, SOURCE_KINDS, STATUSES, type ChartId } from '../model/vocabulary';
import type { SiteContent } from '../model/content';
import { getContent } from './content';
import { SITE_NAME } from './meta';
import { href, paths } from './paths';

/** Every social card and Open Graph image is this size (og:image:width / og:image:height). */
export const OG_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const;
/** The newsletter image's width in CSS pixels; the file is twice as wide. Its height follows the chart. */
export const NEWSLETTER_WIDTH = NEWSLETTER.width;

const keyPath = imageKey;
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

/** A chart that gets image files: an overview (key null), a story step, or a country's timeline. */
export interface ImageTarget {
  chart: ChartId;
  key: string | null;
  state: ChartState;
}


/** Every chart with image files, overviews first; two targets at one address must draw the same chart. */
export function imageTargets(content: SiteContent): ImageTarget[] {
  const layout = storyBlocks(content.story.body, { countries: content.countries, sources: content.sources, sourceHref: paths.source });
  const targets: ImageTarget[] = CHART_IDS.map((chart) => ({ chart, key: null, state: {} }));
  for (const block of layout.blocks) if (block.kind === 'step') targets.push({ chart: block.chart, key: block.id, state: block.state });
  // As on the country pages: a country with no dated event has no timeline.
  for (const c of content.countries) if (content.eventsOf(c.slug).length) targets.push({ chart: 'timeline', key: c.slug, state: { country: c.slug } });
  const byPath = new Map<string, ImageTarget>();
  const unique: ImageTarget[] = [];
  for (const t of targets) {
    const path = keyPath(t.chart, t.key);
    const seen = byPath.get(path);
    if (!seen) {
      byPath.set(path, t);
      unique.push(t);
    } else if (stateKey(seen.state) !== stateKey(t.state)) {
      throw new Error(`Two different charts would be /images/${path}.png: rename the story step "${t.key}".`);
    }
  }
  for (const path of byPath.keys()) {
    if (byPath.has(`${path}-640`)) throw new Error(`/images/${path}-640.png would be both a newsletter image and a story step's card: rename the story step "${byPath.get(`${path}-640`)!.key}".`);
  }
  return unique;
}

/** The pages with an Open Graph image of their own: `index`, `sources`, `countries/<slug>`. */
export function ogPages(content: SiteContent): string[] {
  return ['index', 'sources', ...content.countries.map((c) => `countries/${c.slug}`)];
}

// ---------------------------------------------------------------------------------------------
// Rendering. One build renders every image once; the PNGs are rasterised in worker threads
// (src/images/raster.ts) while Astro writes the files one by one, or read from the PNGs of
// earlier builds when their SVG is unchanged (src/images/imageCache.ts).

let style: ImageStyle | undefined;
const imageStyleOnce = () => (style ??= imageStyle(globalCss, { deportees: deporteesCss, map: mapCss, status: statusCss, timeline: timelineCss }, FONT_FAMILY));
let fonts: CardFonts | undefined;
const cardFonts = () => (fonts ??= { family: FONT_FAMILY, ...shippedFontMetrics() });

/** A target's figure; renderFigure draws each (chart, state) once per build. */
function figureOf(content: SiteContent, target: ImageTarget): RenderedFigure {
  // Ids inside the drawing only need to be unique within the file.
  return renderFigure(target.chart, content, { id: `image-${keyPath(target.chart, target.key).replace(/\//g, '-')}`, state: target.state });
}

let targets: { content: SiteContent; byPath: Map<string, ImageTarget> } | undefined;
function findTarget(content: SiteContent, path: string): { target: ImageTarget } {
  if (targets?.content !== content) targets = { content, byPath: new Map(imageTargets(content).map((t) => [keyPath(t.chart, t.key), t])) };
  const target = targets.byPath.get(path);
  if (!target) throw new Error(`No chart has the image /images/${path}`);
  return { target };
}

/** `/images/<path>.svg`: the wide drawing, standalone. */
export async function chartSvgFile(path: string): Promise<string> {
  const content = await getContent();
  return chartSvg(figureOf(content, findTarget(content, path).target), imageStyleOnce());
}

/** Every PNG path under /images/, without `.png`: cards, newsletter images (`…-640`), Open Graph cards (`og/…`). */
function pngList(content: SiteContent): string[] {
  return [
    ...imageTargets(content).flatMap((t) => [keyPath(t.chart, t.key), `${keyPath(t.chart, t.key)}-640`]),
    ...ogPages(content).map((page) => `og/${page}`),
  ];
}

/**
 * The PNG whose bytes another path shares, if any: a country's timeline card is its Open Graph
 * card (the country's name, status, figures and timeline), drawn once for both addresses.
 */
function sameImageAs(content: SiteContent, path: string): string | undefined {
  const slug = /^og\/countries\/(.+)$/.exec(path)?.[1];
  return slug !== undefined && content.eventsOf(slug).length > 0 ? `timeline/${slug}` : undefined;
}

/** The SVG a PNG is rasterised from, and the PNG's width in pixels when it is not the SVG's own. */
function pngSource(content: SiteContent, path: string): { svg: string; width?: number } {
  if (path.startsWith('og/')) return { svg: ogCardSvg(content, path.slice(3)) };
  const newsletter = path.endsWith('-640');
  const { target } = findTarget(content, newsletter ? path.slice(0, -4) : path);
  if (!newsletter && target.chart === 'timeline' && target.key !== null && target.key === target.state.country) {
    return { svg: ogCardSvg(content, `countries/${target.key}`) };
  }
  const figure = figureOf(content, target);
  return newsletter
    ? newsletterSource(newsletterSvg(figure, imageStyleOnce()))
    : { svg: chartCard(figure, imageStyleOnce(), cardFonts(), SITE_NAME) };
}

function newsletterSource(svg: string): { svg: string; width: number } {
  const { width, height } = svgRoot(svg);
  return { svg, width: newsletterPixelWidth(width, height) };
}

/** The SVG of the Open Graph card of `page` (see {@link ogPages}). */
export function ogCardSvg(content: SiteContent, page: string): string {
  const s = imageStyleOnce();
  if (page === 'index') {
    const map = figureOf(content, { chart: 'map', key: null, state: {} });
    return chartCard(map, s, cardFonts(), SITE_NAME, { title: content.story.title, source: content.story.byline });
  }
  if (page === 'sources') {
    const counts = new Map<string, number>();
    for (const source of content.sources) counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
    const kinds = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const label = (kind: string, n: number) => {
      const word = SOURCE_KINDS[kind as keyof typeof SOURCE_KINDS].label;
      return n === 1 ? word : `${word}s`;
    };
    // The four largest kinds, and the rest together when there are more than five.
    const shown = kinds.length > 5 ? kinds.slice(0, 4) : kinds;
    const rest = kinds.slice(shown.length);
    const figuresRow = shown.map(([kind, n]) => ({ value: String(n), label: label(kind, n) }));
    if (rest.length) {
      figuresRow.push({
        value: String(rest.reduce((n, [, m]) => n + m, 0)),
        label: `Other: ${rest.map(([kind, n]) => label(kind, n).toLowerCase().replace(/^dhs/, 'DHS')).join(', ')}`,
      });
    }
    return socialCard({
      ...CARD,
      kicker: 'Sources and method',
      title: `The ${content.sources.length} sources behind every figure and event`,
      takeaway: 'Cables, memos and notes known only through the published reporting are marked as such; vague numbers keep their “about” or “up to”.',
      figures: figuresRow,
      credit: SITE_NAME,
    }, cardFonts(), s.palette);
  }
  const slug = /^countries\/(.+)$/.exec(page)?.[1];
  if (!slug) throw new Error(`No Open Graph image for "${page}"`);
  const country = content.country(slug);
  const status = STATUSES[country.status];
  // The figures with a fixed meaning (received, returned, pledged), in that order.
  const figuresRow = Object.keys(FIGURE_IDS)
    .filter((id) => country.figures[id])
    .map((id) => ({ value: formatValue(country.figures[id]), label: figureLabel(id, country.figures[id]) }));
  const hasTimeline = content.eventsOf(slug).length > 0;
  const timeline = hasTimeline ? figureOf(content, { chart: 'timeline', key: slug, state: { country: slug } }) : undefined;
  const sourceIds = [...country.sources, ...Object.values(country.figures).flatMap((f) => f.sources)];
  return socialCard({
    ...CARD,
    kicker: `${REGIONS[country.region].label} · ${status.label}`,
    title: country.name,
    takeaway: `${country.name} ${status.meaning}.`,
    figures: figuresRow,
    chart: timeline ? chartSvg(timeline, s) : undefined,
    source: `${sourceLine(sourceIds, content.sources)}.`,
    credit: SITE_NAME,
  }, cardFonts(), s.palette);
}

let pending: Promise<Map<string, { job: Promise<Buffer>; readers: number }>> | undefined;

/**
 * Starts rasterising every PNG, in order, a few more at a time than there are raster workers;
 * each file's endpoint awaits its own. An SVG is composed (on the main thread) only when its turn
 * comes, and a PNG is let go once written, so memory stays flat however many images there are.
 */
async function startAll(): Promise<Map<string, { job: Promise<Buffer>; readers: number }>> {
  const content = await getContent();
  let free = 2 * Math.max(1, availableParallelism());
  const waiting: (() => void)[] = [];
  const acquire = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  const jobs = new Map<string, { job: Promise<Buffer>; readers: number }>();
  const paths = pngList(content);
  for (const path of paths) {
    if (sameImageAs(content, path)) continue;
    const job = acquire()
      .then(() => {
        const source = pngSource(content, path);
        // `npm run build` keeps the PNGs of earlier builds there (src/images/imageCache.ts).
        return cachedRaster(source.svg, { width: source.width, dir: process.env.IMAGE_CACHE_DIR || undefined });
      })
      .finally(release);
    job.catch(() => {}); // reported by the endpoint that awaits it
    jobs.set(path, { job, readers: 1 });
  }
  for (const path of paths) {
    const same = sameImageAs(content, path);
    if (same) jobs.get(same)!.readers++;
  }
  return jobs;
}

/** `/images/<path>.png`: a card, a newsletter image (`…-640`) or an Open Graph card (`og/…`). */
export async function pngFile(path: string): Promise<Buffer> {
  const content = await getContent();
  const key = sameImageAs(content, path) ?? path;
  if (import.meta.env.DEV) {
    // While writing, render only what the browser asks for.
    if (!pngList(content).includes(path)) throw new Error(`No image /images/${path}.png`);
    const source = pngSource(content, key);
    return rasterize(source.svg, { width: source.width });
  }
  pending ??= startAll();
  const jobs = await pending;
  const entry = jobs.get(key);
  if (!entry) throw new Error(`No image /images/${path}.png`);
  // Let the bytes go once every address that shares them is written.
  if (--entry.readers === 0) jobs.delete(key);
  return entry.job;
}

/** Every PNG path under /images/ (without `.png`) but the Open Graph cards: for getStaticPaths. */
export async function chartPngPaths(): Promise<string[]> {
  return pngList(await getContent()).filter((p) => !p.startsWith('og/'));
}

/** The Open Graph cards' paths under /images/og/, without `.png`. */
export async function ogPngPaths(): Promise<string[]> {
  return ogPages(await getContent());
}

/** Every SVG path under /images/, without `.svg`. */
export async function svgPaths(): Promise<string[]> {
  return imageTargets(await getContent()).map((t) => keyPath(t.chart, t.key));
}
