/**
 * The image files of a chart, as SVG text: the standalone chart (for /images/<chart>.svg and the
 * newsletter PNG) and the 1200×675 social card. Pure: the same records, stylesheets and fonts
 * give the same bytes. src/site/images.ts feeds it from the site; the tests from files.
 */
import type { RenderedFigure } from '../figures/render';
import type { ChartId } from '../model/vocabulary';
import { lightCustomProperties, resolveVar } from './imageCss';
import { socialCard, type CardFonts, type CardInput, type CardPalette } from './socialCard';
import { fixWidth, standaloneSvg } from './standaloneSvg';

export const CARD = { width: 1200, height: 675 } as const;
/**
 * The newsletter image: 640 CSS pixels wide, rasterised at 2×; at 1× when 2× would pass
 * `maxPixels` (an image over some 3,100 px tall, a chart of about sixty countries for phones).
 * Nobody reads an image that tall in an email at either scale, and drawing one at 2× takes
 * hundreds of megabytes.
 */
export const NEWSLETTER = { width: 640, scale: 2, maxPixels: 8_000_000 } as const;

/** The newsletter image's width in pixels, from its SVG's own width and height (see NEWSLETTER). */
export function newsletterPixelWidth(svgWidth: number, svgHeight: number): number {
  const height = (svgHeight * NEWSLETTER.width) / svgWidth;
  const scale = NEWSLETTER.width * NEWSLETTER.scale * height * NEWSLETTER.scale <= NEWSLETTER.maxPixels ? NEWSLETTER.scale : 1;
  return NEWSLETTER.width * scale;
}

/** The widths a chart is fixed at in image files: 960 px for the SVG and the cards, 360 px for newsletters. */
export const IMAGE_WIDTHS = { wide: 960, narrow: 360 } as const;

/** White space around the drawing in image files, in the drawing's units: labels may touch its edge. */
export const IMAGE_PADDING = { wide: 16, narrow: 10 } as const;

export interface ImageStyle {
  /** Each chart's own stylesheet (src/charts/<chart>.css). */
  chartCss: Record<ChartId, string>;
  /** The site's global stylesheet: its custom properties (light theme) are in scope. */
  context: string;
  /** Custom properties set for images: the fonts the build ships. */
  overrides: Record<string, string>;
  fontFamily: string;
  palette: CardPalette;
}

/** The image style from the site's stylesheets, with the shipped font family. */
export function imageStyle(globalCss: string, chartCss: Record<ChartId, string>, fontFamily: string): ImageStyle {
  const family = `'${fontFamily}', sans-serif`;
  const overrides = { '--font-sans': family, '--font-serif': family };
  const props = lightCustomProperties([globalCss, ...Object.values(chartCss)].join('\n'));
  for (const [k, v] of Object.entries(overrides)) props.set(k, v);
  const token = (name: string) => resolveVar(`var(${name})`, props);
  return {
    chartCss,
    context: [globalCss, ...Object.values(chartCss)].join('\n'),
    overrides,
    fontFamily,
    palette: { bg: token('--bg'), fg: token('--fg'), muted: token('--muted'), rule: token('--rule'), accent: token('--accent') },
  };
}

/** The chart's drawing fixed at 960 (`wide`) or 360 px (`narrow`) as a standalone SVG file. */
export function chartSvg(figure: RenderedFigure, style: ImageStyle, which: 'wide' | 'narrow' = 'wide'): string {
  return standaloneSvg(fixWidth(figure[which], IMAGE_WIDTHS[which]), {
    css: style.chartCss[figure.chart],
    context: style.context,
    overrides: style.overrides,
    background: style.palette.bg,
    fontFamily: `'${style.fontFamily}', sans-serif`,
    padding: IMAGE_PADDING[which],
  });
}

/**
 * The newsletter drawing: the chart at 360 px, for every chart. Most newsletters are read on
 * phones, which shrink a 640 px image to about 360 px: a chart drawn 960 px wide would end with
 * 4 px labels. Drawn 360 px wide, it shows the labels a phone shows, at the size they are set at,
 * and at 640 on a desktop they read large and clear.
 */
export function newsletterSvg(figure: RenderedFigure, style: ImageStyle): string {
  return chartSvg(figure, style, 'narrow');
}

/** The 1200×675 social card of a chart: its title, takeaway, drawing, source line and credit. */
export function chartCard(figure: RenderedFigure, style: ImageStyle, fonts: CardFonts, credit: string, extra: Partial<CardInput> = {}): string {
  return socialCard({
    ...CARD,
    title: figure.title,
    takeaway: figure.takeaway,
    chart: chartSvg(figure, style),
    source: `${figure.source}.`,
    credit,
    ...extra,
  }, fonts, style.palette);
}
