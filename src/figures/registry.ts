/**
 * Every chart by id: how its rows are prepared from the records, its title and one-sentence
 * takeaway, its text alternative, its data table and which data files hold its data. The story,
 * country pages, embeds and images all render charts through this table.
 */
import { eventsByCountry, type Content } from '../model/content';
import { cached } from '../util/memo';
import { deporteeRows, type DeporteeRows } from '../derive/deportees';
import { statusGroups, type StatusGroup } from '../derive/status';
import { timelineRows } from '../derive/timeline';
import { mapRows } from '../derive/map';
import { deporteesTable, deporteesTakeaway, describeDeportees } from '../words/deportees';
import { describeStatus, statusTable, statusTakeaway } from '../words/status';
import { describeTimeline, timelineTable, timelineTakeaway, timelineTitle } from '../words/timeline';
import { describeMap, mapTable, mapTakeaway } from '../words/map';
import { deportees } from '../charts/deportees';
import { status } from '../charts/status';
import { timeline } from '../charts/timeline';
import { map } from '../charts/map';
import type { ChartId } from '../model/vocabulary';
import { stateKey, type ChartState } from '../model/chartState';
import type { ChartTable } from '../derive/table';
import type { Chart } from '../charts/types';

export interface ChartSpec<Rows> {
  title: (content: Content, state: ChartState) => string;
  prepare: (content: Content, state: ChartState) => Rows;
  takeaway: (rows: Rows, content: Content) => string;
  describe: (rows: Rows) => string;
  table: (rows: Rows) => ChartTable;
  render: Chart<Rows>;
  /** The data files (under /data/) that hold what the chart shows. */
  data: 'countries' | 'events';
  /** Ids of the sources behind what the chart shows. */
  sources: (content: Content, rows: Rows) => string[];
  /** Width of the desktop render, and of the phone render where the layout changes. */
  widths: { wide: number; narrow: number };
}

const countrySources = (content: Content, slugs: Set<string>) =>
  content.countries.filter((c) => slugs.has(c.slug)).flatMap((c) => [...c.sources, ...Object.values(c.figures).flatMap((f) => f.sources)]);

const deporteesSpec: ChartSpec<DeporteeRows> = {
  title: () => 'Deportees received and pledged, by country',
  prepare: (content, state) => deporteeRows(content.countries, state),
  takeaway: (rows) => deporteesTakeaway(rows),
  describe: (rows) => describeDeportees(rows),
  table: (rows) => deporteesTable(rows),
  render: deportees,
  data: 'countries',
  sources: (content, rows) => content.countries
    .filter((c) => rows.known.some((r) => r.slug === c.slug))
    .flatMap((c) => Object.values(c.figures).flatMap((f) => f.sources)),
  widths: { wide: 960, narrow: 360 },
};

const statusSpec: ChartSpec<StatusGroup[]> = {
  title: () => 'Where each negotiation stands',
  prepare: (content, state) => statusGroups(content.countries, state),
  takeaway: (groups) => statusTakeaway(groups),
  describe: (groups) => describeStatus(groups),
  table: (groups) => statusTable(groups),
  render: status,
  data: 'countries',
  sources: (content, groups) => countrySources(content, new Set(groups.flatMap((g) => g.countries.map((c) => c.slug)))),
  widths: { wide: 960, narrow: 360 },
};

type TimelineRows = ReturnType<typeof timelineRows>;
/** Each event's place in content.events, by id. */
const orderMemo = new WeakMap<Content, Map<string, number>>();
const eventOrder = (content: Content) => cached(orderMemo, content, () => new Map(content.events.map((e, i) => [e.id, i])));

/**
 * The events a timeline state can show: with `country` or `countries`, only theirs and the
 * milestones (events of no country), in the records' order; else all. A country's timeline then
 * costs its own events, not the whole record.
 */
const byCountryMemo = new WeakMap<Content, { byCountry: Map<string, Content['events']>; milestones: Content['events'] }>();
function candidates(content: Content, state: ChartState): Content['events'] {
  const slugs = state.country !== undefined ? [state.country] : state.countries?.length ? state.countries : undefined;
  if (!slugs) return content.events;
  const grouped = cached(byCountryMemo, content, () => ({
    byCountry: eventsByCountry(content.events),
    milestones: content.events.filter((e) => e.countries.length === 0),
  }));
  const order = eventOrder(content);
  const picked = new Set([...grouped.milestones, ...slugs.flatMap((slug) => grouped.byCountry.get(slug) ?? [])]);
  return [...picked].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Rows by content and state: a chart's title, figure, embed and images all ask for the same rows. */
const timelineMemo = new WeakMap<Content, Map<string, TimelineRows>>();
const prepareTimeline = (content: Content, state: ChartState): TimelineRows =>
  cached(cached(timelineMemo, content, () => new Map()), stateKey(state), () =>
    timelineRows(candidates(content, state), content.countries, state, {
      start: content.story!.period.from.start,
      end: content.story!.period.to.end,
      keyEvents: content.story!.key_events,
    }));
const timelineSpec: ChartSpec<TimelineRows> = {
  title: (content, state) => timelineTitle(content.countries.find((c) => c.slug === state.country)?.name ?? state.country, prepareTimeline(content, state)),
  prepare: prepareTimeline,
  takeaway: (rows) => timelineTakeaway(rows),
  describe: (rows) => describeTimeline(rows),
  table: (rows) => timelineTable(rows),
  render: timeline,
  data: 'events',
  sources: (content, rows) => {
    // In the records' order (by date), as the source line lists kinds by first appearance.
    const order = eventOrder(content);
    const ids = [...new Set(rows.lanes.flatMap((l) => l.marks.map((m) => m.id)))].sort((a, b) => order.get(a)! - order.get(b)!);
    return ids.flatMap((id) => content.events[order.get(id)!].sources);
  },
  widths: { wide: 960, narrow: 360 },
};

type MapRows = ReturnType<typeof mapRows>;
const mapSpec: ChartSpec<MapRows> = {
  title: () => 'Where the United States has sought to send deportees',
  prepare: (content, state) => mapRows(content.countries, state),
  takeaway: (rows) => mapTakeaway(rows),
  describe: (rows) => describeMap(rows),
  table: (rows) => mapTable(rows),
  render: map,
  data: 'countries',
  sources: (content, rows) => countrySources(content, new Set(rows.features.map((f) => f.slug))),
  widths: { wide: 960, narrow: 360 },
};

export const CHARTS = {
  deportees: deporteesSpec,
  timeline: timelineSpec,
  map: mapSpec,
  status: statusSpec,
} as const satisfies Record<ChartId, unknown>;

export type { ChartId };
