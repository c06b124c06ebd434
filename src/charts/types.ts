/**
 * The contract every chart follows: `(rows, options) → SVG`. Rows come from pure functions in
 * src/derive/; a chart only draws. The same module serves the story, country pages, embeds and
 * static images, so everything a page needs is an option, never a global.
 */
import type { ChartState } from '../model/chartState';
import type { Locale } from '../words/locale';

export interface ChartOptions {
  /** The DOM the SVG is built with: linkedom at build time, the page's own in a browser. */
  document: Document;
  /** The narrowest box the drawing is laid out for, in CSS pixels; it is fluid (see fluidRoot in svg.ts) and never scaled. */
  width: number;
  /** A prefix for ids inside the SVG, unique on the page. */
  id: string;
  /** The chart's name, written into the SVG's <title>. */
  title: string;
  /** The main values in a sentence or two, written into the SVG's <desc>. */
  description: string;
  state?: ChartState;
  /** The reader's language: every word the drawing writes is in it. English when left out. */
  locale?: Locale;
  /**
   * Shapes already drawn in another SVG of the same page, by id. A chart that finds its large,
   * unchanging geometry here refers to it with <use> instead of drawing it again; one that does
   * not draws it with that id and adds it. Leave out for a standalone SVG.
   */
  shared?: Set<string>;
}

/** A chart module's render function. */
export type Chart<Rows> = (rows: Rows, options: ChartOptions) => SVGSVGElement;
