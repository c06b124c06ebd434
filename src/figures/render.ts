/**
 * Everything a page needs to show one chart: its SVG for wide and narrow screens, title,
 * takeaway, source line and data table. Pure: the same records give the same bytes.
 */
import { randomBytes } from 'node:crypto';
import type { Content } from '../model/content';
import { cached } from '../util/memo';
import { sourceLine } from '../words/sourceLine';
import { createDocument } from './dom';
import { CHARTS, type ChartId, type ChartSpec } from './registry';
import { stateKey, type ChartState } from '../model/chartState';
import type { ChartTable } from '../derive/table';
import { FLUID_MIN_WIDTH } from '../charts/svg';

export interface RenderedFigure {
  id: string;
  chart: ChartId;
  title: string;
  takeaway: string;
  /** The chart drawn for wide screens; for a fluid chart, its one drawing for every width. */
  wide: string;
  /** The chart drawn for phones; for a fluid chart, the same drawing as `wide`. */
  narrow: string;
  /** One drawing for every width (see src/charts/svg.ts, fluidRoot): `wide` and `narrow` are the same. */
  fluid: boolean;
  /**
   * Fluid drawings by the narrowest box each is for, narrowest first, when the chart is drawn in
   * bands (`wide` and `narrow` are then the bands an image 960 and 360 px wide falls in).
   */
  bands?: { min: number; svg: string }[];
  source: string;
  table: ChartTable;
  /** Which data files hold the chart's data: "countries" or "events". */
  data: 'countries' | 'events';
}

const document = createDocument();

/**
 * Figures already drawn, by content, chart, state and id. A page, its embed, its oEmbed answer and
 * its images all draw the same chart: each is drawn once per build. The id is left as a token and
 * filled in on the way out, so one drawing serves every id.
 */
const drawn = new WeakMap<Content, Map<string, RenderedFigure>>();
const ID_TOKEN = `figure${randomBytes(8).toString('hex')}`;
/** Charts whose drawing depends on what the page already holds (map.ts reuses shapes through `shared`). */
const PAGE_DEPENDENT: ReadonlySet<ChartId> = new Set(['map']);

/** Renders a chart with a state; `id` must be unique on the page. */
export function renderFigure(chart: ChartId, content: Content, { id, state = {}, shared }: { id: string; state?: ChartState; shared?: Set<string> }): RenderedFigure {
  if (shared && PAGE_DEPENDENT.has(chart)) return draw(chart, content, id, state, shared);
  const figures = cached(drawn, content, () => new Map<string, RenderedFigure>());
  const figure = cached(figures, `${chart} ${stateKey(state)}`, () => draw(chart, content, ID_TOKEN, state, undefined));
  const withId = (text: string) => text.replaceAll(ID_TOKEN, id);
  return { ...figure, id, wide: withId(figure.wide), narrow: withId(figure.narrow), bands: figure.bands?.map((b) => ({ min: b.min, svg: withId(b.svg) })) };
}

function draw(chart: ChartId, content: Content, id: string, state: ChartState, shared: Set<string> | undefined): RenderedFigure {
  const spec = CHARTS[chart] as unknown as ChartSpec<unknown>;
  const rows = spec.prepare(content, state);
  const title = spec.title(content, state);
  const description = spec.describe(rows);
  const render = (width: number, suffix: string) =>
    spec.render(rows, { document, width, id: `${id}-${suffix}`, title, description, state, shared }).outerHTML;
  const fluid = spec.widths === 'fluid' ? render(FLUID_MIN_WIDTH, 'fluid') : undefined;
  const bands = typeof spec.widths === 'object' && 'bands' in spec.widths
    ? spec.widths.bands.map((min) => ({ min, svg: render(min, `band${min}`) }))
    : undefined;
  // The band a box of this width shows: the widest band that starts at or below it.
  const band = (width: number) => [...bands!].reverse().find((b) => b.min <= width) ?? bands![0];
  const widths = typeof spec.widths === 'object' && 'wide' in spec.widths ? spec.widths : undefined;
  return {
    id,
    chart,
    title,
    takeaway: spec.takeaway(rows),
    wide: fluid ?? (bands ? band(960).svg : render(widths!.wide, 'wide')),
    narrow: fluid ?? (bands ? band(360).svg : render(widths!.narrow, 'narrow')),
    fluid: fluid !== undefined,
    bands,
    source: sourceLine(spec.sources(content, rows), content.sources),
    table: spec.table(rows),
    data: spec.data,
  };
}

/**
 * The drawing to size a box of this width by: a fluid chart's one drawing, the band the width falls
 * in, or, for a chart drawn at 960 and 360 px, the phone drawing up to 360 px and the desktop one wider.
 */
export function drawingAt(figure: Pick<RenderedFigure, 'wide' | 'narrow' | 'bands'>, width: number): string {
  if (figure.bands) return ([...figure.bands].reverse().find((b) => b.min <= width) ?? figure.bands[0]).svg;
  return width > 360 ? figure.wide : figure.narrow;
}
