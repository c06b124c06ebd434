/**
 * Embeds, wired to the site: every embeddable chart (src/figures/targets.ts) and the country
 * tracker, each with its copy-paste snippet and oEmbed answer, under SITE_URL and BASE_PATH.
 */
import { CHARTS } from '../figures/registry';
import { drawingHeightAt, renderFigure, type RenderedFigure } from '../figures/render';
import type { ChartTarget } from '../figures/targets';
import type { SiteContent } from '../model/content';
import { embedSnippet, reservedHeights, TRACKER_HEIGHTS, type EmbedId } from '../publish/embed';
import { oembed } from '../publish/oembed';
import { SITE_NAME } from './meta';
import { absoluteUrl, embedPaths, OG_IMAGE_SIZE, ogImage, paths } from './paths';
import { trackerTitle } from '../words/tracker';

/** The copy-paste snippet of a chart, with the heights its drawings need. */
export function snippetFor(target: { chart: EmbedId; key: string | null }, title: string, heights: { wide: number; narrow: number }): string {
  return embedSnippet({
    chart: target.chart, key: target.key, title, heights,
    page: absoluteUrl(embedPaths.page(target.chart, target.key)),
    script: absoluteUrl(embedPaths.script()),
  });
}

/** The heights an embed of this drawn chart reserves (publish/embed.ts, reservedHeights). */
export function embedHeights(figure: RenderedFigure): { wide: number; narrow: number } {
  return reservedHeights({ wide: drawingHeightAt(figure, 640), narrow: drawingHeightAt(figure, 340) });
}

/** The oEmbed answer of an embeddable chart. */
export function oembedFor(target: ChartTarget, content: SiteContent) {
  const figure = renderFigure(target.chart, content, { id: 'oembed', state: target.state });
  const heights = embedHeights(figure);
  return oembed({
    title: CHARTS[target.chart].title(content, target.state),
    provider: { name: SITE_NAME, url: absoluteUrl(paths.home()) },
    author: content.story.byline,
    html: snippetFor(target, figure.title, heights),
    height: heights.wide,
    thumbnail: { url: absoluteUrl(embedPaths.image(target.chart, target.key, 'png')), width: 1200, height: 675 },
  });
}

/** The tracker's copy-paste snippet. */
export function trackerSnippet(): string {
  return snippetFor({ chart: 'tracker', key: null }, trackerTitle(), TRACKER_HEIGHTS);
}

/** The tracker's oEmbed answer; its picture is the tracker page's social card (the status chart's). */
export function trackerOembed(content: SiteContent) {
  return oembed({
    title: trackerTitle(),
    provider: { name: SITE_NAME, url: absoluteUrl(paths.home()) },
    author: content.story.byline,
    html: trackerSnippet(),
    height: TRACKER_HEIGHTS.wide,
    thumbnail: { url: absoluteUrl(ogImage(paths.countries())), ...OG_IMAGE_SIZE },
  });
}
