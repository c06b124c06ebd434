/**
 * Rows for the negotiation timeline: one lane per country, each event a mark that keeps the
 * precision its date was written with (a day, a month, part of a month, or a span). Pure data
 * shaping: no DOM, no pixels. The chart in src/charts/timeline.ts only draws what this returns.
 */
import type { ChartState } from '../charts/types';
import { formatPartialDate, type DatePrecision } from '../model/dates';
import type { Country, Event } from '../model/schema';
import { EVENT_TYPES, type EventType } from '../model/vocabulary';

/** The filled symbols of d3-shape (`symbolsFill`), by name; `rule` is the milestone's vertical line. */
export type SymbolName = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';

export interface EventFamily {
  /** Shown in the chart's legend. */
  label: string;
  /** The mark's shape, so a family never depends on colour alone. */
  symbol: SymbolName | 'rule';
  /** Degrees the symbol is turned: the cross turned 45° reads as "×", the triangle turned 90° as "→". */
  rotate: number;
  types: readonly EventType[];
}

/**
 * The 19 event types in seven families of marks, plus the milestone, drawn as an annotation line.
 * Every event type belongs to exactly one family (a test checks it).
 */
export const EVENT_FAMILIES = {
  asks: { label: 'Asks and talks', symbol: 'circle', rotate: 0, types: ['request', 'meeting', 'deadline', 'negotiation'] },
  documents: { label: 'Cable or memo', symbol: 'square', rotate: 0, types: ['cable', 'memo'] },
  yes: { label: 'Yes or maybe', symbol: 'triangle', rotate: 0, types: ['consideration', 'pledge', 'agreement'] },
  no: { label: 'Refusal', symbol: 'cross', rotate: 45, types: ['refusal'] },
  moved: { label: 'People moved or held', symbol: 'diamond', rotate: 0, types: ['flight', 'transfer', 'return', 'detention', 'release'] },
  money: { label: 'Payment', symbol: 'star', rotate: 0, types: ['payment'] },
  other: { label: 'Lawsuit or statement', symbol: 'wye', rotate: 0, types: ['lawsuit', 'statement'] },
  milestone: { label: 'Key date', symbol: 'rule', rotate: 0, types: ['milestone'] },
} as const satisfies Record<string, EventFamily>;

export type FamilyId = keyof typeof EVENT_FAMILIES;

/** The family of each event type. */
export const FAMILY_OF = Object.fromEntries(
  (Object.entries(EVENT_FAMILIES) as [FamilyId, EventFamily][]).flatMap(([id, f]) => f.types.map((t) => [t, id])),
) as Record<EventType, FamilyId>;

/**
 * Dates the chart annotates with a rule and a label, besides every milestone: the State
 * Department cable of 12 March 2025 that named nine target nations.
 */
export const KEY_DATES: readonly { day: string; type: EventType }[] = [{ day: '2025-03-12', type: 'cable' }];

export interface Mark {
  /** The event's id (its file name). */
  id: string;
  type: EventType;
  family: FamilyId;
  title: string;
  /** The date in words: "12 March 2025", "late March 2025", "between February and June 2025". */
  dateLabel: string;
  /** First day the date can mean, YYYY-MM-DD. */
  start: string;
  /** Last day the date can mean, YYYY-MM-DD. */
  end: string;
  precision: DatePrecision;
  /** True when the date is known to the day. */
  point: boolean;
  /** Names of every country the event involves (all of them, even outside the lanes shown). */
  countries: string[];
}

export interface Lane {
  slug: string;
  name: string;
  /** In date order: first possible day, then the narrower date first. */
  marks: Mark[];
}

export interface TimelineRows {
  /** One per country with events in view, ordered by the first day of its earliest event, then name. */
  lanes: Lane[];
  /** Events that involve no country (type milestone), drawn across every lane. */
  milestones: Mark[];
  /** Marks to annotate with a rule and a short label: every milestone and the KEY_DATES events, by date. */
  keyDates: Mark[];
  /** First day of the x domain, YYYY-MM-DD. */
  start: string;
  /** Last day of the x domain, YYYY-MM-DD. */
  end: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By first possible day, then the narrower date first (as comparePartialDates), then id. */
const byDate = (a: Mark, b: Mark) => cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.id, b.id);

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Shapes events into lanes for the timeline.
 *
 * - `state.country`: only that country's lane (milestones stay, as context).
 * - `state.statuses`: only lanes of countries with these statuses.
 * - `state.types`: only events of these types.
 * - `state.from` / `state.to` (YYYY-MM-DD) narrow the x domain, which defaults to `period`; marks
 *   entirely outside it are dropped, marks that overlap it are kept whole.
 * - `state.highlight` is not applied here: the chart mutes the other lanes.
 */
export function timelineRows(
  events: Event[],
  countries: Country[],
  state: ChartState = {},
  period: { start: string; end: string },
): TimelineRows {
  const start = state.from && state.from > period.start ? state.from : period.start;
  const end = state.to && state.to < period.end ? state.to : period.end;
  const bySlug = new Map(countries.map((c) => [c.slug, c]));
  const nameOf = (slug: string) => bySlug.get(slug)?.name ?? slug;
  const types = state.types ? new Set<string>(state.types) : null;
  const statuses = state.statuses ? new Set<string>(state.statuses) : null;

  const lanes = new Map<string, Lane>();
  const milestones: Mark[] = [];
  for (const e of events) {
    if (types && !types.has(e.type)) continue;
    if (e.date.end < start || e.date.start > end) continue;
    const mark: Mark = {
      id: e.id,
      type: e.type,
      family: FAMILY_OF[e.type],
      title: e.title,
      dateLabel: formatPartialDate(e.date),
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      point: e.date.precision === 'day',
      countries: e.countries.map(nameOf),
    };
    if (e.countries.length === 0) {
      milestones.push(mark);
      continue;
    }
    for (const slug of new Set(e.countries)) {
      if (state.country !== undefined && slug !== state.country) continue;
      if (state.countries?.length && !state.countries.includes(slug)) continue;
      const status = bySlug.get(slug)?.status;
      if (statuses && (!status || !statuses.has(status))) continue;
      let lane = lanes.get(slug);
      if (!lane) lanes.set(slug, (lane = { slug, name: nameOf(slug), marks: [] }));
      lane.marks.push(mark);
    }
  }

  for (const lane of lanes.values()) lane.marks.sort(byDate);
  milestones.sort(byDate);
  const ordered = [...lanes.values()].sort(
    (a, b) => cmp(a.marks[0].start, b.marks[0].start) || byName(a.name, b.name),
  );

  const keyed = new Map<string, Mark>(milestones.map((m) => [m.id, m]));
  for (const lane of ordered) {
    for (const m of lane.marks) {
      if (KEY_DATES.some((k) => m.point && m.start === k.day && m.type === k.type)) keyed.set(m.id, m);
    }
  }

  return { lanes: ordered, milestones, keyDates: [...keyed.values()].sort(byDate), start, end };
}

/** Every distinct mark in the rows (an event in several lanes counts once), milestones included, by date. */
export function timelineMarks(rows: TimelineRows): Mark[] {
  const all = new Map<string, Mark>();
  for (const m of rows.milestones) all.set(m.id, m);
  for (const lane of rows.lanes) for (const m of lane.marks) all.set(m.id, m);
  return [...all.values()].sort(byDate);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayWords(iso: string): { day: string; year: string } {
  const [y, m, d] = iso.split('-').map(Number);
  return { day: `${d} ${MONTHS[m - 1]}`, year: String(y) };
}

/** "from 1 January to 30 June 2025" (both years when they differ), or "on 20 January 2025". */
function rangeWords(a: string, b: string): string {
  const x = dayWords(a);
  const y = dayWords(b);
  if (a === b) return `on ${x.day} ${x.year}`;
  return x.year === y.year ? `from ${x.day} to ${y.day} ${y.year}` : `from ${x.day} ${x.year} to ${y.day} ${y.year}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The main values in one or two sentences, for the SVG's <desc>. */
export function describeTimeline(rows: TimelineRows): string {
  const marks = timelineMarks(rows);
  if (marks.length === 0) return 'The timeline shows no events for this selection.';
  const countryEvents = marks.filter((m) => m.family !== 'milestone');
  const first = marks.reduce((a, m) => (m.start < a ? m.start : a), marks[0].start);
  const last = marks.reduce((a, m) => (m.end > a ? m.end : a), marks[0].end);
  const from = first < rows.start ? rows.start : first;
  const to = last > rows.end ? rows.end : last;
  const exact = countryEvents.filter((m) => m.point).length;
  const keyDates = rows.milestones.length
    ? ` and ${plural(rows.milestones.length, 'key date in US politics', 'key dates in US politics')}`
    : '';
  const lanes = rows.lanes.length;
  const precision = exact === countryEvents.length
    ? 'all are dated to the day'
    : exact === 0
      ? 'none is dated to the day, only to a month, part of a month or a range'
      : `${exact} ${exact === 1 ? 'is' : 'are'} dated to the day, the others only to a month, part of a month or a range`;
  let sentence = countryEvents.length
    ? `The timeline shows ${plural(countryEvents.length, 'event', 'events')} involving ${plural(lanes, 'country', 'countries')}${keyDates}, ${rangeWords(from, to)}; ${countryEvents.length === 1 ? precision.replace(/^all are/, 'it is').replace(/^none is/, 'it is not') : precision}.`
    : `The timeline shows ${plural(rows.milestones.length, 'key date', 'key dates')} and no country events, ${rangeWords(from, to)}.`;
  if (lanes > 1) {
    const most = Math.max(...rows.lanes.map((l) => l.marks.length));
    const busiest = rows.lanes.filter((l) => l.marks.length === most).map((l) => l.name).sort(byName);
    sentence += busiest.length === 1
      ? ` ${busiest[0]} has the most events, ${most}.`
      : ` ${listWords(busiest)} have the most events, ${most} each.`;
  }
  return sentence;
}

export interface TimelineTable {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/** The data behind the chart, one row per event in date order, for the HTML table under it. */
export function timelineTable(rows: TimelineRows): TimelineTable {
  return {
    columns: ['Date', 'Country', 'Type', 'Event'],
    rows: timelineMarks(rows).map((m) => ({
      key: m.id,
      cells: [m.dateLabel, m.countries.length ? m.countries.join(', ') : '—', EVENT_TYPES[m.type].label, m.title],
    })),
  };
}
