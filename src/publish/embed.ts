/**
 * The copy-paste embed snippet other newsrooms put in their articles: an iframe that sizes itself
 * with /embed.js (pym messages), with heights reserved before the embed reports its own.
 */
import type { ChartId } from '../model/vocabulary';
import { escapeXml } from '../util/xml';

/** What can be embedded: a chart, or the country tracker. */
export type EmbedId = ChartId | 'tracker';

/** The id a host page and the embed use to recognise each other's messages. */
export function childId(chart: EmbedId, key: string | null): string {
  return `tcd-${chart}${key ? `-${key}` : ''}`;
}

/** Heights to reserve before the embed reports its own, from the drawings' heights. */
export function reservedHeights(wideSvg: string, narrowSvg: string): { wide: number; narrow: number } {
  const height = (svg: string, width: number) => {
    // A fluid drawing (width="100%", no viewBox) is as tall at every width.
    const fluid = /^<svg\b[^>]*\swidth="100%"[^>]*\sheight="([\d.]+)"/.exec(svg) ?? /^<svg\b[^>]*\sheight="([\d.]+)"[^>]*\swidth="100%"/.exec(svg);
    // ... unless it grows with its width (the map: data-height-per-width, from its data-layout-width).
    const tag = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const perWidth = Number(/\sdata-height-per-width="([\d.]+)"/.exec(tag)?.[1]);
    const from = Number(/\sdata-layout-width="([\d.]+)"/.exec(tag)?.[1]);
    if (fluid && perWidth > 0 && from > 0) return Math.round(Number(fluid[1]) + perWidth * (width - from));
    return fluid ? Math.round(Number(fluid[1])) : 400;
  };
  // Title, takeaway, source and credit lines around the drawing.
  return { wide: height(wideSvg, 640) + 220, narrow: height(narrowSvg, 340) + 300 };
}

/**
 * Heights to reserve for the tracker's embed: its controls, count, a table that scrolls in a box
 * of 32rem at most, and the download and credit lines, as Chromium lays them out at 640 and 340 px
 * (tests/browser/tracker.test.ts measures them again).
 */
export const TRACKER_HEIGHTS = { wide: 822, narrow: 1035 } as const;

export interface SnippetInput {
  chart: EmbedId;
  key: string | null;
  title: string;
  heights: { wide: number; narrow: number };
  /** The embed page's absolute URL, and /embed.js's. */
  page: string;
  script: string;
}

/** The copy-paste snippet: an iframe that sizes itself with /embed.js. */
export function embedSnippet({ chart, key, title, heights, page, script }: SnippetInput): string {
  const id = childId(chart, key);
  return [
    `<iframe src="${page}?childId=${id}" title="${escapeXml(title)}" data-tcd-embed="${id}" data-height-wide="${heights.wide}" data-height-narrow="${heights.narrow}" width="100%" height="${heights.wide}" loading="lazy" scrolling="no" frameborder="0"></iframe>`,
    `<script src="${script}" async></script>`,
  ].join('\n');
}
