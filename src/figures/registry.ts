/**
 * Every chart by id: how its rows are prepared from the records, its title and one-sentence
 * takeaway, its text alternative, its data table and which data files hold its data. The story,
 * country pages, embeds and images all render charts through this table.
 */
import { eventsByCountry, type Content } from '../model/content';
import { formatCount } from '../words/format';
import { cached } from '../util/memo';
import { deporteeRows, deporteesTable, describeDeportees, type DeporteeRows } from '../derive/deportees';
import { describeStatus, statusGroups, statusTable, type StatusGroup } from '../derive/status';
import { describeTimeline, timelineDense, timelineMarks, timelineRows, timelineTable } from '../derive/timeline';
import { describeMap, mapRows, mapTable } from '../derive/map';
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
  takeaway: (rows) => {
    const top = rows.known.find((r) => r.received);
    const total = rows.known.length + rows.unknown.length;
    return top
      ? `${top.name} took ${top.received!.label} deportees, the most reported; for ${rows.unknown.length} of the ${total} countries no number is reported.`
      : `For ${rows.unknown.length} of the ${total} countries no number is reported.`;
  },
  describe: describeDeportees,
  table: deporteesTable,
  render: deportees,
  data: 'countries',
  sources: (content, rows) => content.countries
    .filter((c) => rows.known.some((r) => r.slug === c.slug))
    .flatMap((c) => Object.values(c.figures).flatMap((f) => f.sources)),
  widths: { wide: 960, narrow: 360 },
};

/** How a count of countries with a status reads in a sentence: "3 received deportees". */
const STATUS_PHRASES: Record<StatusGroup['status'], [string, string]> = {
  received: ['received deportees', 'received deportees'],
  transit: ['lets them pass through', 'let them pass through'],
  agreed: ['agreed to take some', 'agreed to take some'],
  destination: ['was a flight\'s destination', 'were flights\' destinations'],
  negotiating: ['is negotiating', 'are negotiating'],
  considering: ['is considering it', 'are considering it'],
  approached: ['was approached', 'were approached'],
  targeted: ['was only named as a target', 'were only named as targets'],
  declined: ['declined', 'declined'],
};

const statusSpec: ChartSpec<StatusGroup[]> = {
  title: () => 'Where each negotiation stands',
  prepare: (content, state) => statusGroups(content.countries, state),
  takeaway: (groups) => {
    const total = groups.reduce((n, g) => n + g.countries.length, 0);
    const parts = groups.map((g) => `${g.countries.length} ${STATUS_PHRASES[g.status][g.countries.length === 1 ? 0 : 1]}`);
    return `Of ${total} ${total === 1 ? 'country' : 'countries'}, ${parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`;
  },
  describe: describeStatus,
  table: statusTable,
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
    }));
const timelineSpec: ChartSpec<TimelineRows> = {
  title: (content, state) => {
    if (!state.country) return 'How each negotiation unfolded';
    const name = content.countries.find((c) => c.slug === state.country)?.name ?? state.country;
    return `${name}: the negotiation, ${timelineDense(prepareTimeline(content, state)) ? 'month by month' : 'event by event'}`;
  },
  prepare: prepareTimeline,
  takeaway: (rows) => {
    // An event with several countries sits in each of their lanes: count it once.
    const events = timelineMarks(rows).filter((m) => m.family !== 'milestone').length;
    if (timelineDense(rows)) {
      return rows.lanes.length === 1
        ? `${formatCount(events)} dated events; each cell counts the events in a month.`
        : `${formatCount(events)} events across ${rows.lanes.length} countries; each cell counts a country's events in a month.`;
    }
    return rows.lanes.length === 1
      ? `${events} dated event${events === 1 ? '' : 's'}; a bar means the reporting gives only a month or a span, not a day.`
      : `${events} events across ${rows.lanes.length} countries; a bar means the reporting gives only a month or a span, not a day.`;
  },
  describe: describeTimeline,
  table: timelineTable,
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
  takeaway: (rows) => {
    const received = rows.features.filter((f) => f.status === 'received').map((f) => f.name);
    return `The ${rows.features.length} countries asked or named stretch from Latin America to Central Asia; ${received.length} have received deportees.`;
  },
  describe: describeMap,
  table: mapTable,
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
