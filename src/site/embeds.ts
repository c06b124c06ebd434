/**
 * Every chart another newsroom can embed: the four overviews, each story step's state and each
 * country's timeline, with their addresses, their copy-paste snippet and their oEmbed answer.
 */
import type { ChartState } from '../model/chartState';
import { storyBlocks } from '../words/story';
import { CHART_IDS, type ChartId } from '../model/vocabulary';
import type { SiteContent } from '../model/content';
import { absoluteUrl, href, paths } from './paths';

export interface EmbedTarget {
  chart: ChartId;
  /** null for the chart's overview; a story step's id or a country's slug otherwise. */
  key: string | null;
  state: ChartState;
}

/** All embeddable charts, overviews first. */
export function embedTargets(content: SiteContent): EmbedTarget[] {
  const layout = storyBlocks(content.story.body, { countries: content.countries, sources: content.sources, sourceHref: paths.source });
  const targets: EmbedTarget[] = CHART_IDS.map((chart) => ({ chart, key: null, state: {} }));
  for (const block of layout.blocks) if (block.kind === 'step') targets.push({ chart: block.chart, key: block.id, state: block.state });
  for (const c of content.countries) {
    if (content.eventsOf(c.slug).length) targets.push({ chart: 'timeline', key: c.slug, state: { country: c.slug } });
  }
  return targets;
}

const suffix = (key: string | null) => (key ? `/${key}` : '');

export const embedPaths = {
  page: (chart: ChartId, key: string | null) => href(`embed/${chart}${suffix(key)}/`),
  oembed: (chart: ChartId, key: string | null) => href(`oembed/${chart}${suffix(key)}.json`),
  image: (chart: ChartId, key: string | null, kind: 'svg' | 'png' | '640.png') =>
    href(`images/${chart}${suffix(key)}${kind === '640.png' ? '-640.png' : `.${kind}`}`),
  script: () => href('embed.js'),
};

/** The id a host page and the embed use to recognise each other's messages. */
export function childId(chart: ChartId, key: string | null): string {
  return `tcd-${chart}${key ? `-${key}` : ''}`;
}

/** Heights to reserve before the embed reports its own, from the drawings' heights. */
export function reservedHeights(wideSvg: string, narrowSvg: string): { wide: number; narrow: number } {
  const height = (svg: string, width: number) => {
    const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    return m ? Math.round((Number(m[2]) / Number(m[1])) * width) : 400;
  };
  // Title, takeaway, source and credit lines around the drawing.
  return { wide: height(wideSvg, 640) + 220, narrow: height(narrowSvg, 340) + 300 };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The copy-paste snippet: an iframe that sizes itself with /embed.js. */
export function embedSnippet(target: EmbedTarget, title: string, heights: { wide: number; narrow: number }): string {
  const id = childId(target.chart, target.key);
  const src = `${absoluteUrl(embedPaths.page(target.chart, target.key))}?childId=${id}`;
  return [
    `<iframe src="${src}" title="${escape(title)}" data-tcd-embed="${id}" data-height-wide="${heights.wide}" data-height-narrow="${heights.narrow}" width="100%" height="${heights.wide}" loading="lazy" scrolling="no" frameborder="0"></iframe>`,
    `<script src="${absoluteUrl(embedPaths.script())}" async></script>`,
  ].join('\n');
}
