/**
 * Everything a page needs to show one chart: its fluid drawing (or drawings, in bands), title,
 * takeaway, source line and data table. Pure: the same records give the same bytes.
 */
import { randomBytes } from 'node:crypto';
import type { Content } from '../model/content';
import { cached } from '../util/memo';
import type { Locale } from '../words/locale';
import { sourceLine } from '../words/sourceLine';
import { createDocument } from './dom';
import { CHARTS, type ChartId, type ChartSpec } from './registry';
import { stateKey, type ChartState } from '../model/chartState';
import type { ChartTable } from '../derive/table';
import { FLUID_MIN_WIDTH, fluidHeight } from '../charts/svg';

export interface RenderedFigure {
  id: string;
  chart: ChartId;
  title: string;
  takeaway: string;
  /** What the chart shows, in words: its drawing's text alternative. */
  description: string;
  /**
   * The chart's drawing for a box 960 px wide, and for one 360 px wide: the same fluid drawing
   * (src/charts/svg.ts, fluidRoot), or, for a chart drawn in bands, the band each width falls in.
   * Image files fix them at those widths.
   */
  wide: string;
  narrow: string;
  /** A chart drawn in bands: its fluid drawings by the narrowest box each is for, narrowest first. */
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
export function renderFigure(chart: ChartId, content: Content, { id, state = {}, shared, locale = 'en' }: { id: string; state?: ChartState; shared?: Set<string>; locale?: Locale }): RenderedFigure {
  if (shared && PAGE_DEPENDENT.has(chart)) return draw(chart, content, id, state, shared, locale);
  const figures = cached(drawn, content, () => new Map<string, RenderedFigure>());
  const figure = cached(figures, `${locale} ${chart} ${stateKey(state)}`, () => draw(chart, content, ID_TOKEN, state, undefined, locale));
  const withId = (text: string) => text.replaceAll(ID_TOKEN, id);
  return { ...figure, id, wide: withId(figure.wide), narrow: withId(figure.narrow), bands: figure.bands?.map((b) => ({ min: b.min, svg: withId(b.svg) })) };
}

function draw(chart: ChartId, content: Content, id: string, state: ChartState, shared: Set<string> | undefined, locale: Locale): RenderedFigure {
  const spec = CHARTS[chart] as unknown as ChartSpec<unknown>;
  const rows = spec.prepare(content, state);
  const title = spec.title(content, state, locale);
  const description = spec.describe(rows, locale);
  const render = (width: number, suffix: string) =>
    spec.render(rows, { document, width, id: `${id}-${suffix}`, title, description, state, shared, locale }).outerHTML;
  const bands = spec.widths === 'fluid'
    ? undefined
    : spec.widths.bands.map((min) => ({ min, svg: render(min, `band${min}`) }));
  const one = bands ? undefined : render(FLUID_MIN_WIDTH, 'fluid');
  const at = (width: number) => one ?? bandAt(bands!, width).svg;
  return {
    id,
    chart,
    title,
    takeaway: spec.takeaway(rows, locale),
    description,
    wide: at(960),
    narrow: at(360),
    bands,
    source: sourceLine(spec.sources(content, rows), content.sources, locale),
    table: spec.table(rows, locale),
    data: spec.data,
  };
}

/** The band a box of this width falls in: the widest that starts at or below it (the narrowest below them all). */
function bandAt<B extends { min: number }>(bands: readonly B[], width: number): B {
  return [...bands].reverse().find((b) => b.min <= width) ?? bands[0];
}

/** The drawing a box of this width shows: a fluid chart's one drawing, or the band the width falls in. */
export function drawingAt(figure: Pick<RenderedFigure, 'wide' | 'bands'>, width: number): string {
  return figure.bands ? bandAt(figure.bands, width).svg : figure.wide;
}

/** How tall the drawing a box of this width shows is there, in CSS pixels. */
export function drawingHeightAt(figure: Pick<RenderedFigure, 'wide' | 'bands'>, width: number): number {
  return fluidHeight(drawingAt(figure, width), width);
}
