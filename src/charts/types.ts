/**
 * The contract every chart follows: `(rows, options) → SVG`. Rows come from pure functions in
 * src/lib/; a chart only draws. The same module serves the story, country pages, embeds and
 * static images, so everything a page needs is an option, never a global.
 */
import type { EventType, Status } from '../model/vocabulary';

/** What a chart shows: the story's steps, country pages and embeds all set charts through this. */
export interface ChartState {
  /** Country slugs drawn with emphasis; the others recede. */
  highlight?: string[];
  /** One country only (the timeline draws its single lane, for the country's page). */
  country?: string;
  /** Only these countries: the timeline's lanes, the deportees' rows, the status chips. */
  countries?: string[];
  /** First day shown, `YYYY-MM-DD`. */
  from?: string;
  /** Last day shown, `YYYY-MM-DD`. */
  to?: string;
  /** Only countries with these statuses. */
  statuses?: Status[];
  /** Only events of these types. */
  types?: EventType[];
}

export interface ChartOptions {
  /** The DOM the SVG is built with: linkedom at build time, the page's own in a browser. */
  document: Document;
  /** Width of the drawing in CSS pixels; the SVG scales with its viewBox. */
  width: number;
  /** A prefix for ids inside the SVG, unique on the page. */
  id: string;
  /** The chart's name, written into the SVG's <title>. */
  title: string;
  /** The main values in a sentence or two, written into the SVG's <desc>. */
  description: string;
  state?: ChartState;
  /**
   * Shapes already drawn in another SVG of the same page, by id. A chart that finds its large,
   * unchanging geometry here refers to it with <use> instead of drawing it again; one that does
   * not draws it with that id and adds it. Leave out for a standalone SVG.
   */
  shared?: Set<string>;
}

/** A chart module's render function. */
export type Chart<Rows> = (rows: Rows, options: ChartOptions) => SVGSVGElement;

/** The data behind a chart, shown as an HTML table under it. */
export interface ChartTable {
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric?: boolean[];
  /**
   * What the rows' keys are: country slugs or event ids. Left out, the figure's `data` decides; a
   * chart sets it when its rows stand for something else (the dense timeline lists countries).
   */
  keys?: 'countries' | 'events';
  /** `key` is the country slug or event id the row stands for. */
  rows: { key: string; cells: string[] }[];
}

/**
 * A state as text, keys sorted and unset keys left out, so that equal states share one drawing
 * (and one set of rows), and two states compare by what they say.
 */
export function stateKey(state: ChartState): string {
  const keys = (Object.keys(state) as (keyof ChartState)[]).filter((k) => state[k] !== undefined).sort();
  return JSON.stringify(keys.map((k) => [k, state[k]]));
}
