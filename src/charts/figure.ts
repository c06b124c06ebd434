/**
 * Everything a page needs to show one chart: its SVG for wide and narrow screens, title,
 * takeaway, source line and data table. Pure: the same records give the same bytes.
 */
import type { Content } from '../model/load';
import { sourceLine } from '../lib/sourceLine';
import { createDocument } from './dom';
import { CHARTS, type ChartId, type ChartSpec } from './registry';
import type { ChartState, ChartTable } from './types';

export interface RenderedFigure {
  id: string;
  chart: ChartId;
  title: string;
  takeaway: string;
  /** The chart drawn for wide screens. */
  wide: string;
  /** The chart drawn for phones. */
  narrow: string;
  source: string;
  table: ChartTable;
  /** Which data files hold the chart's data: "countries" or "events". */
  data: 'countries' | 'events';
}

const document = createDocument();

/** Renders a chart with a state; `id` must be unique on the page. */
export function renderFigure(chart: ChartId, content: Content, { id, state = {}, shared }: { id: string; state?: ChartState; shared?: Set<string> }): RenderedFigure {
  const spec = CHARTS[chart] as unknown as ChartSpec<unknown>;
  const rows = spec.prepare(content, state);
  const title = spec.title(content, state);
  const description = spec.describe(rows);
  const draw = (width: number, suffix: string) =>
    spec.render(rows, { document, width, id: `${id}-${suffix}`, title, description, state, shared }).outerHTML;
  return {
    id,
    chart,
    title,
    takeaway: spec.takeaway(rows, content),
    wide: draw(spec.widths.wide, 'wide'),
    narrow: draw(spec.widths.narrow, 'narrow'),
    source: sourceLine(spec.sources(content, rows), content.sources),
    table: spec.table(rows),
    data: spec.data,
  };
}
