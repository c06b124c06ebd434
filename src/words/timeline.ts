/**
 * The negotiation timeline in words: its title, takeaway, text alternative and data table, the
 * names of its families of marks, and its dates.
 */
import { timelineDense, timelineMarks, type FamilyId, type TimelineRows } from '../derive/timeline';
import type { ChartTable } from '../derive/table';
import { EVENT_TYPES } from '../model/vocabulary';
import { dayMonthWords, dayWords, formatPartialDate, monthYearWords } from './dates';
import { formatCount } from './format';
import { formatList } from './list';
import type { Locale } from './locale';
import type { ChartWords } from './chartWords';

/** Each family's name in the chart's legend. */
export const FAMILY_LABELS: Record<FamilyId, string> = {
  asks: 'Asks and talks',
  documents: 'Cable or memo',
  yes: 'Yes or maybe',
  no: 'Refusal',
  moved: 'People moved or held',
  money: 'Payment',
  other: 'Lawsuit or statement',
  milestone: 'Key date',
};

/** A month's name and year, from its first day: "March 2025". */
export function monthLabel(start: string, locale: Locale = 'en'): string {
  return monthYearWords(start, locale);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** "from 1 January to 30 June 2025" (both years when they differ), or "on 20 January 2025". */
function rangeWords(a: string, b: string): string {
  if (a === b) return `on ${dayWords(a)}`;
  return a.slice(0, 4) === b.slice(0, 4) ? `from ${dayMonthWords(a)} to ${dayWords(b)}` : `from ${dayWords(a)} to ${dayWords(b)}`;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The main values in one or two sentences, for the SVG's <desc>. */
export function describeTimeline(rows: TimelineRows, _locale: Locale = 'en'): string {
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
      : `${formatCount(exact)} ${exact === 1 ? 'is' : 'are'} dated to the day, the others only to a month, part of a month or a range`;
  let sentence = countryEvents.length
    ? `The timeline shows ${plural(countryEvents.length, 'event', 'events')} involving ${plural(lanes, 'country', 'countries')}${keyDates}, ${rangeWords(from, to)}; ${countryEvents.length === 1 ? precision.replace(/^all are/, 'it is').replace(/^none is/, 'it is not') : precision}.`
    : `The timeline shows ${plural(rows.milestones.length, 'key date', 'key dates')} and no country events, ${rangeWords(from, to)}.`;
  if (lanes > 1) {
    const most = Math.max(...rows.lanes.map((l) => l.marks.length));
    const busiest = rows.lanes.filter((l) => l.marks.length === most).map((l) => l.name).sort(byName);
    // Past three names (a tracker of many countries can tie dozens), a count reads better than a list.
    sentence += busiest.length === 1
      ? ` ${busiest[0]} has the most events, ${formatCount(most)}.`
      : busiest.length <= 3
        ? ` ${formatList(busiest)} have the most events, ${formatCount(most)} each.`
        : busiest.length === lanes
          ? ` All ${lanes} countries have ${plural(most, 'event', 'events')} each.`
          : ` ${busiest.length} countries have the most events, ${formatCount(most)} each.`;
  }
  if (timelineDense(rows)) sentence += ` Too many to draw one by one, the events are counted by ${lanes > 1 ? 'country and month' : 'month'}.`;
  return sentence;
}

/**
 * The data behind the chart, for the HTML table under it: one row per event in date order, or,
 * when the chart counts events by month ({@link timelineDense}), one row per country in lane order
 * with its number of events and the dates of its first and latest.
 */
export function timelineTable(rows: TimelineRows, _locale: Locale = 'en'): ChartTable {
  if (timelineDense(rows)) {
    return {
      columns: ['Country', 'Events', 'First', 'Latest'],
      numeric: [false, true, false, false],
      keys: 'countries',
      rows: rows.lanes.map((l) => ({
        key: l.slug,
        cells: [l.name, String(l.marks.length), formatPartialDate(l.marks[0].date), formatPartialDate(l.marks[l.marks.length - 1].date)],
      })),
    };
  }
  return {
    columns: ['Date', 'Country', 'Type', 'Event'],
    rows: timelineMarks(rows).map((m) => ({
      key: m.id,
      cells: [formatPartialDate(m.date), m.countries.length ? m.countries.join(', ') : '—', EVENT_TYPES[m.type].label, m.title],
    })),
  };
}

/** The families of marks that are the two governments dealing with each other: asks and talks, yes or maybe, refusal. */
const NEGOTIATION_FAMILIES: readonly FamilyId[] = ['asks', 'yes', 'no'];

/**
 * What a country's lane shows, by the families of its marks: "the negotiation" when there is an
 * ask, talks, an answer or a refusal; else "deportations" when people are moved or held; else only
 * documents, payments, lawsuits or statements, "what the reporting records".
 */
function laneSubject(rows: TimelineRows): string {
  const families = new Set(rows.lanes.flatMap((l) => l.marks.map((m) => m.family)));
  if (NEGOTIATION_FAMILIES.some((f) => families.has(f))) return 'the negotiation';
  if (families.has('moved')) return 'deportations';
  return 'what the reporting records';
}

/**
 * The chart's title: the overview's, or a country's, saying what its events are about ("Kosovo:
 * the negotiation, event by event", "Panama: deportations, event by event"; month by month when
 * the chart counts events by month). `country` is the country's name.
 */
export function timelineTitle(country: string | undefined, rows: TimelineRows, _locale: Locale = 'en'): string {
  if (country === undefined) return 'How each negotiation unfolded';
  return `${country}: ${laneSubject(rows)}, ${timelineDense(rows) ? 'month by month' : 'event by event'}`;
}

/** The chart's takeaway: how many events, across how many countries, and what a bar or a cell means. */
export function timelineTakeaway(rows: TimelineRows, _locale: Locale = 'en'): string {
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
}

/** The timeline in words. */
export const timelineWords: ChartWords<TimelineRows> = {
  title: (rows, country, locale) => timelineTitle(country, rows, locale),
  takeaway: timelineTakeaway,
  describe: describeTimeline,
  table: timelineTable,
};
