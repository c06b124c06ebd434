/**
 * Rows for the negotiation timeline: one lane per country, each event a mark that keeps the
 * precision its date was written with (a day, a month, part of a month, or a span). Pure data
 * shaping: no DOM, no pixels. The chart in src/charts/timeline/ only draws what this returns.
 */
import type { ChartState } from '../model/chartState';
import type { DatePrecision, PartialDate } from '../model/dates';
import type { Country, Event } from '../model/schema';
import type { EventType } from '../model/vocabulary';
import { countryFilter } from './filter';

/**
 * The 19 event types in seven families of marks, plus the milestone, drawn as an annotation line.
 * Every event type belongs to exactly one family (a test checks it). The chart gives each family
 * its shape (src/charts/timeline/symbols.ts) and the words give it its name (src/words/timeline.ts).
 */
export const EVENT_FAMILIES = {
  asks: ['request', 'meeting', 'deadline', 'negotiation'],
  documents: ['cable', 'memo'],
  yes: ['consideration', 'pledge', 'agreement'],
  no: ['refusal'],
  moved: ['flight', 'transfer', 'return', 'detention', 'release'],
  money: ['payment'],
  other: ['lawsuit', 'statement'],
  milestone: ['milestone'],
} as const satisfies Record<string, readonly EventType[]>;

export type FamilyId = keyof typeof EVENT_FAMILIES;

/** The family of each event type. */
export const FAMILY_OF = Object.fromEntries(
  (Object.entries(EVENT_FAMILIES) as [FamilyId, readonly EventType[]][]).flatMap(([id, types]) => types.map((t) => [t, id])),
) as Record<EventType, FamilyId>;

export interface Mark {
  /** The event's id (its file name). */
  id: string;
  type: EventType;
  family: FamilyId;
  title: string;
  /** The date as the record gives it (src/words/dates.ts writes it out). */
  date: PartialDate;
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
  /** Marks to annotate with a rule and a short label: every milestone and the story's key events, by date. */
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

/** The mark of one event, with the names of all its countries. */
function markOf(e: Event, nameOf: (slug: string) => string): Mark {
  return {
    id: e.id,
    type: e.type,
    family: FAMILY_OF[e.type],
    title: e.title,
    date: e.date,
    start: e.date.start,
    end: e.date.end,
    precision: e.date.precision,
    point: e.date.precision === 'day',
    countries: e.countries.map(nameOf),
  };
}

/**
 * Shapes events into lanes for the timeline.
 *
 * - `state.country`: only that country's lane (milestones stay, as context).
 * - `state.countries`: only these countries' lanes.
 * - `state.statuses`: only lanes of countries with these statuses.
 * - `state.types`: only events of these types.
 * - `state.from` / `state.to` (YYYY-MM-DD) narrow the x domain, which defaults to the story's period; marks
 *   entirely outside it are dropped, marks that overlap it are kept whole.
 * - `state.highlight` is not applied here: the chart mutes the other lanes.
 *
 * Every filter runs before an event's mark is built, so an event in no lane shown costs a few
 * comparisons: a country page scans all events but builds marks only for its own. An event in
 * several lanes shares one mark.
 *
 * `period` is the story's: its first and last day, and its key events (`key_events` in the story's
 * front matter), which the chart annotates besides every milestone.
 */
export function timelineRows(
  events: Event[],
  countries: Country[],
  state: ChartState = {},
  period: { start: string; end: string; keyEvents?: readonly string[] },
): TimelineRows {
  const start = state.from && state.from > period.start ? state.from : period.start;
  const end = state.to && state.to < period.end ? state.to : period.end;
  const bySlug = new Map(countries.map((c) => [c.slug, c]));
  const nameOf = (slug: string) => bySlug.get(slug)?.name ?? slug;
  const types = state.types ? new Set<string>(state.types) : null;
  const shown = countryFilter('timeline', state);
  const inView = (slug: string) => shown({ slug, status: bySlug.get(slug)?.status });

  const lanes = new Map<string, Lane>();
  const milestones: Mark[] = [];
  for (const e of events) {
    if (types && !types.has(e.type)) continue;
    if (e.date.end < start || e.date.start > end) continue;
    if (e.countries.length === 0) {
      milestones.push(markOf(e, nameOf));
      continue;
    }
    let mark: Mark | undefined;
    for (let i = 0; i < e.countries.length; i++) {
      const slug = e.countries[i];
      // A country listed twice gets the event once.
      if (e.countries.indexOf(slug) !== i || !inView(slug)) continue;
      mark ??= markOf(e, nameOf);
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

  const keyEvents = new Set(period.keyEvents);
  const keyed = new Map<string, Mark>(milestones.map((m) => [m.id, m]));
  for (const lane of ordered) {
    for (const m of lane.marks) {
      if (keyEvents.has(m.id)) keyed.set(m.id, m);
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

/**
 * Above this many distinct country events the timeline stops drawing events one by one and counts
 * them by country and month instead (see {@link timelineDense}). One drawn event costs about
 * 500 bytes of SVG and a row of the data table: 150 make a drawing of some 75 KB (twice on a page,
 * wide and narrow) and a table too long to read, about four times the 39 events of the first
 * reporting.
 */
export const DENSE_EVENTS = 150;

/**
 * With several lanes, the timeline also counts by month when one country has more than this many
 * events starting in the same month. Dates known only to the month are bars over the whole month,
 * so they all overlap and stack one under the other; on a phone a month is 20–60 px, room for one
 * to four symbols. More than five in a month would stack a lane beyond a few tracks. A single lane
 * (a country page) never stacks: each event has a line of its own, so {@link DENSE_LINES} applies.
 */
export const DENSE_MONTH = 5;

/**
 * A single lane gives each event a labelled line of its own, so its height grows with its events:
 * above this many it counts by month too. Forty lines already make a drawing taller than a phone
 * screen (and a newsletter image some 4,000 px tall); a country's page lists every event under it.
 */
export const DENSE_LINES = 40;

export interface MonthCounts {
  /** Every calendar month (UTC) the domain touches, in order: its first day. */
  months: { start: string }[];
  /** Per lane, in lane order: how many of its events fall in each month. */
  counts: number[][];
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * Each lane's events by calendar month, for the dense timeline. An event counts in the month of
 * its first possible day; one that began before the dates shown counts in the first month shown.
 */
export function timelineMonthCounts(rows: TimelineRows): MonthCounts {
  const first = monthIndex(rows.start);
  const months = Array.from({ length: monthIndex(rows.end) - first + 1 }, (_, i) => {
    const year = Math.floor((first + i) / 12);
    const month = (first + i) % 12;
    return { start: `${year}-${String(month + 1).padStart(2, '0')}-01` };
  });
  const counts = rows.lanes.map((lane) => {
    const row = months.map(() => 0);
    for (const m of lane.marks) row[monthIndex(m.start < rows.start ? rows.start : m.start) - first]++;
    return row;
  });
  return { months, counts };
}

/**
 * Whether the timeline counts events by country and month instead of drawing each: when the rows
 * hold more than {@link DENSE_EVENTS} distinct country events, or, with several lanes, one lane
 * has more than {@link DENSE_MONTH} in a month, or a single lane has more than {@link DENSE_LINES}. It depends on the rows only, never on the width,
 * so the wide and narrow drawings, the takeaway and the data table always agree.
 */
export function timelineDense(rows: TimelineRows): boolean {
  const ids = new Set<string>();
  for (const lane of rows.lanes) for (const m of lane.marks) ids.add(m.id);
  if (ids.size > DENSE_EVENTS) return true;
  if (rows.lanes.length === 1) return ids.size > DENSE_LINES;
  return rows.lanes.length > 1 && timelineMonthCounts(rows).counts.some((row) => row.some((n) => n > DENSE_MONTH));
}
