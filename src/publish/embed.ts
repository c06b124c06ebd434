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

/**
 * Heights to reserve before the embed reports its own, from the drawing's height in a box 640 and
 * 340 px wide (src/figures/render.ts, drawingHeightAt).
 */
export function reservedHeights(drawing: { wide: number; narrow: number }): { wide: number; narrow: number } {
  // Title, takeaway, source and credit lines around the drawing.
  return { wide: Math.round(drawing.wide) + 220, narrow: Math.round(drawing.narrow) + 300 };
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
