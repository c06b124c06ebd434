/**
 * The image files of one build, from the charts the site publishes on their own
 * (src/figures/targets.ts): for each, `<path>.svg` (the drawing fixed at 960 px, standalone), `<path>.png`
 * (a 1200×675 social card), `<path>-640.png` (the drawing at 360 px, for newsletters) and, for a
 * story step, `<path>-360.svg` (the same drawing, standalone: the story read without JavaScript); and an Open
 * Graph card for the story, the sources page and each country under `og/`.
 *
 * PNGs are rasterised in worker threads (./raster.ts) while Astro writes the files one by one, or
 * read from the PNGs of earlier builds when their SVG is unchanged (./imageCache.ts).
 */
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { renderFigure, type RenderedFigure } from '../figures/render';
import { chartTargets, imageKey, ogPages, type ChartTarget } from '../figures/targets';
import type { SiteContent } from '../model/content';
import type { ChartId } from '../model/vocabulary';
import type { Locale } from '../words/locale';
import { chartCard, chartSvg, imageStyle, newsletterPixelWidth, newsletterSvg, type ImageStyle } from './chartImages';
import { cachedRaster } from './imageCache';
import { ogCardSvg, type CardContext } from './ogCards';
import { FONT_FAMILY, rasterize, shippedFontMetrics } from './raster';
import type { CardFonts } from './socialCard';
import { svgRoot } from './standaloneSvg';
import { cached } from '../util/memo';

export interface ImageOptions {
  style: ImageStyle;
  fonts: CardFonts;
  /** The site's name, the credit on every card. */
  credit: string;
  /** Where the PNGs of earlier builds are kept; none: every PNG is drawn. */
  cacheDir?: string;
  /** The language of the images' words; English when not given. */
  locale?: Locale;
}

/**
 * How every image of the site looks: the site's stylesheet and each chart's own (as text), and the
 * fonts shipped in fonts/.
 */
export function imageLook(globalCss: string, chartCss: Record<ChartId, string>): Pick<ImageOptions, 'style' | 'fonts'> {
  return { style: imageStyle(globalCss, chartCss, FONT_FAMILY), fonts: { family: FONT_FAMILY, ...shippedFontMetrics() } };
}

/** The image files of `content`. Each figure is drawn once, whichever file asks first. */
export function imageFiles(content: SiteContent, { style, fonts, credit, cacheDir, locale = 'en' }: ImageOptions) {
  const targets = new Map(chartTargets(content).map((t) => [imageKey(t.chart, t.key), t]));
  const ogList = ogPages(content);

  // Ids inside a PNG's drawing only need to be unique within the file: every PNG's share one
  // prefix, so that two files showing the same drawing are the same SVG, drawn once. An SVG file
  // may be pasted inline beside another, so its ids are its path's.
  const figureOf = (target: ChartTarget, id = 'image'): RenderedFigure =>
    renderFigure(target.chart, content, { id, state: target.state, locale });
  const cards: CardContext = {
    style, fonts, credit, locale,
    figure: (chart, key) => figureOf({ chart, key, state: key === null ? {} : { country: key } }),
  };
  const findTarget = (path: string): ChartTarget => {
    const target = targets.get(path);
    if (!target) throw new Error(`No chart has the image /images/${path}`);
    return target;
  };

  const narrowSvgs = new Map<string, string>();

  /** Every PNG path, without `.png`: cards, newsletter images (`…-640`), Open Graph cards (`og/…`). */
  const pngPaths = (): string[] => [
    ...[...targets.keys()].flatMap((path) => [path, `${path}-640`]),
    ...ogList.map((page) => `og/${page}`),
  ];

  /**
   * The PNG whose bytes another path shares, if any: a country's timeline card is its Open Graph
   * card (the country's name, status, figures and timeline), drawn once for both addresses.
   */
  const sameImageAs = (path: string): string | undefined => {
    const slug = /^og\/countries\/(.+)$/.exec(path)?.[1];
    return slug !== undefined && content.eventsOf(slug).length > 0 ? `timeline/${slug}` : undefined;
  };

  /** The SVG a PNG is rasterised from, and the PNG's width in pixels when it is not the SVG's own. */
  const pngSource = (path: string): { svg: string; width?: number } => {
    if (path.startsWith('og/')) return { svg: ogCardSvg(content, path.slice(3), cards) };
    const newsletter = path.endsWith('-640');
    const target = findTarget(newsletter ? path.slice(0, -4) : path);
    if (!newsletter && target.chart === 'timeline' && target.key !== null && target.key === target.state.country) {
      return { svg: ogCardSvg(content, `countries/${target.key}`, cards) };
    }
    const figure = figureOf(target);
    if (!newsletter) return { svg: chartCard(figure, style, fonts, credit) };
    const svg = newsletterSvg(figure, style);
    const { width, height } = svgRoot(svg);
    return { svg, width: newsletterPixelWidth(width, height) };
  };

  let pending: Map<string, { job: Promise<Buffer>; readers: number }> | undefined;

  /**
   * Starts rasterising every PNG, in order (p-limit starts queued calls first in, first out), a
   * few more at a time than there are raster workers; each file awaits its own. An SVG is composed
   * (on the main thread) only when its turn comes, and a PNG is let go once written, so memory
   * stays flat however many images there are.
   */
  const startAll = () => {
    const limit = pLimit(2 * Math.max(1, availableParallelism()));
    const jobs = new Map<string, { job: Promise<Buffer>; readers: number }>();
    const paths = pngPaths();
    for (const path of paths) {
      if (sameImageAs(path)) continue;
      const job = limit(() => {
        const source = pngSource(path);
        return cachedRaster(source.svg, { width: source.width, dir: cacheDir });
      });
      job.catch(() => {}); // reported by the file that awaits it
      jobs.set(path, { job, readers: 1 });
    }
    for (const path of paths) {
      const same = sameImageAs(path);
      if (same) jobs.get(same)!.readers++;
    }
    return jobs;
  };

  return {
    /**
     * `<path>.svg`: the drawing fixed at 960 px, standalone; `<path>-360.svg`: at 360 px, kept once
     * made, since the story page reads its size and then the build writes the file.
     */
    svg: (path: string): string => {
      const narrow = !targets.has(path) && path.endsWith('-360') && targets.get(path.slice(0, -4))?.step === true;
      const make = () => chartSvg(figureOf(findTarget(narrow ? path.slice(0, -4) : path), `image-${path.replace(/\//g, '-')}`), style, narrow ? 'narrow' : 'wide');
      return narrow ? cached(narrowSvgs, path, make) : make();
    },
    /** Every SVG path, without `.svg`: a story step's also at 360 px (`-360`). */
    svgPaths: (): string[] => [...targets].flatMap(([path, t]) => (t.step ? [path, `${path}-360`] : [path])),
    pngPaths,
    /** The Open Graph cards' pages (their paths under `og/`). */
    ogPages: (): string[] => ogList,
    /**
     * `<path>.png`. In a build every PNG is started at the first call and each is let go once
     * every address that shares its bytes is written; `alone` draws just the one asked for.
     */
    png: (path: string, { alone = false } = {}): Promise<Buffer> => {
      const key = sameImageAs(path) ?? path;
      if (alone) {
        if (!pngPaths().includes(path)) throw new Error(`No image /images/${path}.png`);
        const source = pngSource(key);
        return Promise.resolve(rasterize(source.svg, { width: source.width }));
      }
      pending ??= startAll();
      const entry = pending.get(key);
      if (!entry) throw new Error(`No image /images/${path}.png`);
      if (--entry.readers === 0) pending.delete(key);
      return entry.job;
    },
  };
}
