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
import { siteName } from './meta';
import { absoluteUrl, embedPathsIn, OG_IMAGE_SIZE, ogImage, pathsIn } from './paths';
import type { Locale } from '../words/locale';
import { trackerTitle } from '../words/tracker';

/** The copy-paste snippet of a chart, with the heights its drawings need. */
export function snippetFor(target: { chart: EmbedId; key: string | null }, title: string, heights: { wide: number; narrow: number }, locale: Locale = 'en'): string {
  const embedPaths = embedPathsIn(locale);
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
export function oembedFor(target: ChartTarget, content: SiteContent, locale: Locale = 'en') {
  const figure = renderFigure(target.chart, content, { id: 'oembed', state: target.state, locale });
  const heights = embedHeights(figure);
  return oembed({
    title: CHARTS[target.chart].title(content, target.state, locale),
    provider: { name: siteName(locale), url: absoluteUrl(pathsIn(locale).home()) },
    author: (target.story ? content.followUp(target.story) : content.story).byline,
    html: snippetFor(target, figure.title, heights, locale),
    height: heights.wide,
    thumbnail: { url: absoluteUrl(embedPathsIn(locale).image(target.chart, target.key, 'png')), width: 1200, height: 675 },
  });
}

/** The tracker's copy-paste snippet. */
export function trackerSnippet(locale: Locale = 'en'): string {
  return snippetFor({ chart: 'tracker', key: null }, trackerTitle(locale), TRACKER_HEIGHTS, locale);
}

/** The tracker's oEmbed answer; its picture is the tracker page's social card (the status chart's). */
export function trackerOembed(content: SiteContent, locale: Locale = 'en') {
  return oembed({
    title: trackerTitle(locale),
    provider: { name: siteName(locale), url: absoluteUrl(pathsIn(locale).home()) },
    author: content.story.byline,
    html: trackerSnippet(locale),
    height: TRACKER_HEIGHTS.wide,
    thumbnail: { url: absoluteUrl(ogImage(pathsIn(locale).countries())), ...OG_IMAGE_SIZE },
  });
}
