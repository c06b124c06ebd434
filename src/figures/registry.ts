/**
 * Every chart by id: how its rows are prepared from the records, what it says in words (title,
 * takeaway, text alternative, data table), how it is drawn, which data files hold its data and
 * which sources it rests on. The story, country pages, embeds and images all render charts
 * through this table.
 */
import { deporteeRows, type DeporteeRows } from '../derive/deportees';
import { mapRows, type MapRows } from '../derive/map';
import { statusGroups, type StatusGroup } from '../derive/status';
import type { ChartTable } from '../derive/table';
import { timelineRows, type TimelineRows } from '../derive/timeline';
import { eventOrder, timelineEvents } from '../derive/timelineEvents';
import { deportees } from '../charts/deportees';
import { map } from '../charts/map';
import { status, STATUS_BANDS } from '../charts/status';
import { timeline } from '../charts/timeline';
import type { Chart } from '../charts/types';
import { CHART_SETTINGS, stateKey, type ChartSetting, type ChartState } from '../model/chartState';
import type { Content } from '../model/content';
import type { ChartId } from '../model/vocabulary';
import { cached } from '../util/memo';
import type { ChartWords } from '../words/chartWords';
import type { Locale } from '../words/locale';
import { deporteesWords } from '../words/deportees';
import { mapWords } from '../words/map';
import { statusWords } from '../words/status';
import { timelineWords } from '../words/timeline';

export interface ChartSpec<Rows> {
  title: (content: Content, state: ChartState, locale?: Locale) => string;
  prepare: (content: Content, state: ChartState) => Rows;
  takeaway: (rows: Rows, locale?: Locale) => string;
  describe: (rows: Rows, locale?: Locale) => string;
  table: (rows: Rows, locale?: Locale) => ChartTable;
  render: Chart<Rows>;
  /** The data files (under /data/) that hold what the chart shows. */
  data: 'countries' | 'events';
  /** Ids of the sources behind what the chart shows. */
  sources: (content: Content, rows: Rows) => string[];
  /**
   * `fluid`: one drawing for every width, laid out at the narrowest (see src/charts/svg.ts,
   * fluidRoot); or `bands`: fluid drawings laid out at each of these widths, where the layout itself
   * must change (chips that flow into rows), each shown from its width to the next one's.
   */
  widths: 'fluid' | { bands: readonly number[] };
  /** The state settings the chart uses (CHART_SETTINGS): a story step may set these and no other. */
  settings: readonly ChartSetting[];
}

type Parts<Rows> = Pick<ChartSpec<Rows>, 'prepare' | 'render' | 'data' | 'sources'> & { fluid: true | readonly number[] };

/** A chart from its rows, its words and its drawing: fluid, or fluid in bands. */
function chart<Rows>(id: ChartId, words: ChartWords<Rows>, parts: Parts<Rows>): ChartSpec<Rows> {
  return {
    ...parts,
    settings: CHART_SETTINGS[id],
    title: (content, state, locale) => words.title(parts.prepare(content, state), content.countries.find((c) => c.slug === state.country)?.name ?? state.country, locale),
    takeaway: (rows, locale) => words.takeaway(rows, locale),
    describe: (rows, locale) => words.describe(rows, locale),
    table: (rows, locale) => words.table(rows, locale),
    widths: parts.fluid === true ? 'fluid' : { bands: parts.fluid },
  };
}

const countrySources = (content: Content, slugs: Set<string>) =>
  content.countries.filter((c) => slugs.has(c.slug)).flatMap((c) => [...c.sources, ...Object.values(c.figures).flatMap((f) => f.sources)]);

/** Rows by content and state: a chart's title, figure, embed and images all ask for the same rows. */
const timelineMemo = new WeakMap<Content, Map<string, TimelineRows>>();
const prepareTimeline = (content: Content, state: ChartState): TimelineRows =>
  cached(cached(timelineMemo, content, () => new Map()), stateKey(state), () =>
    timelineRows(timelineEvents(content, state), content.countries, state, {
      start: content.story!.period.from.start,
      end: content.story!.period.to.end,
      keyEvents: content.story!.key_events,
    }));

export const CHARTS = {
  deportees: chart<DeporteeRows>('deportees', deporteesWords, {
    prepare: (content, state) => deporteeRows(content.countries, state),
    render: deportees,
    fluid: true,
    data: 'countries',
    sources: (content, rows) => content.countries
      .filter((c) => rows.known.some((r) => r.slug === c.slug))
      .flatMap((c) => Object.values(c.figures).flatMap((f) => f.sources)),
  }),
  timeline: chart<TimelineRows>('timeline', timelineWords, {
    prepare: prepareTimeline,
    render: timeline,
    fluid: true,
    data: 'events',
    sources: (content, rows) => {
      // In the records' order (by date), as the source line lists kinds by first appearance.
      const order = eventOrder(content);
      const ids = [...new Set(rows.lanes.flatMap((l) => l.marks.map((m) => m.id)))].sort((a, b) => order.get(a)! - order.get(b)!);
      return ids.flatMap((id) => content.events[order.get(id)!].sources);
    },
  }),
  map: chart<MapRows>('map', mapWords, {
    prepare: (content, state) => mapRows(content.countries, state),
    render: map,
    fluid: true,
    data: 'countries',
    sources: (content, rows) => countrySources(content, new Set(rows.features.map((f) => f.slug))),
  }),
  status: chart<StatusGroup[]>('status', statusWords, {
    prepare: (content, state) => statusGroups(content.countries, state),
    render: status,
    fluid: STATUS_BANDS,
    data: 'countries',
    sources: (content, groups) => countrySources(content, new Set(groups.flatMap((g) => g.countries.map((c) => c.slug)))),
  }),
} as const satisfies Record<ChartId, unknown>;

export type { ChartId };
