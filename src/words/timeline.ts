/**
 * The negotiation timeline in words: its title, takeaway, text alternative and data table, the
 * names of its families of marks, and its dates.
 */
import { timelineDense, timelineMarks, type FamilyId, type TimelineRows } from '../derive/timeline';
import type { ChartTable } from '../derive/table';
import { dayMonthWords, dayWords, formatPartialDate, monthYearWords } from './dates';
import { formatCount } from './format';
import { formatList } from './list';
import { INTL_TAG, type Locale } from './locale';
import { message, type MessageKey } from './messages';
import type { ChartWords } from './chartWords';

/** A family's name in the chart's legend: "Asks and talks". */
export const familyLabel = (family: FamilyId, locale: Locale = 'en') => message(locale, `family.${family}`);

/** A month's name and year, from its first day: "March 2025". */
export function monthLabel(start: string, locale: Locale = 'en'): string {
  return monthYearWords(start, locale);
}

/** "from 1 January to 30 June 2025" (both years when they differ), or "on 20 January 2025". */
function rangeWords(a: string, b: string, locale: Locale): string {
  if (a === b) return message(locale, 'timeline.on', { day: dayWords(a, locale) });
  const first = a.slice(0, 4) === b.slice(0, 4) ? dayMonthWords(a, locale) : dayWords(a, locale);
  return message(locale, 'timeline.fromTo', { first, last: dayWords(b, locale) });
}

/** Which lanes have the most events, in a sentence: a name, a list, or past three names a count. */
function busiestWords(rows: TimelineRows, locale: Locale): string {
  const lanes = rows.lanes.length;
  const most = Math.max(...rows.lanes.map((l) => l.marks.length));
  const busiest = rows.lanes.filter((l) => l.marks.length === most).map((l) => l.name).sort((a, b) => a.localeCompare(b, INTL_TAG[locale]));
  // Past three names (a tracker of many countries can tie dozens), a count reads better than a list.
  if (busiest.length === 1) return message(locale, 'timeline.mostOne', { name: busiest[0], most });
  if (busiest.length <= 3) return message(locale, 'timeline.mostFew', { names: formatList(busiest, locale), most });
  if (busiest.length === lanes) return message(locale, 'timeline.mostAll', { lanes, most });
  return message(locale, 'timeline.mostMany', { count: busiest.length, most });
}

/** The main values in one or two sentences, for the SVG's <desc>. */
export function describeTimeline(rows: TimelineRows, locale: Locale = 'en'): string {
  const marks = timelineMarks(rows);
  if (marks.length === 0) return message(locale, 'timeline.none');
  const countryEvents = marks.filter((m) => m.family !== 'milestone');
  const first = marks.reduce((a, m) => (m.start < a ? m.start : a), marks[0].start);
  const last = marks.reduce((a, m) => (m.end > a ? m.end : a), marks[0].end);
  const range = rangeWords(first < rows.start ? rows.start : first, last > rows.end ? rows.end : last, locale);
  const exact = countryEvents.filter((m) => m.point).length;
  const keyDates = rows.milestones.length ? message(locale, 'timeline.keyDates', { count: rows.milestones.length }) : '';
  const lanes = rows.lanes.length;
  const count = countryEvents.length;
  const precision = exact === count
    ? message(locale, 'timeline.allExact', { count })
    : exact === 0 ? message(locale, 'timeline.noneExact', { count }) : message(locale, 'timeline.someExact', { exact });
  let sentence = count
    ? message(locale, 'timeline.describe', { events: count, lanes, keyDates, range, precision })
    : message(locale, 'timeline.describeKeyDatesOnly', { count: rows.milestones.length, range });
  if (lanes > 1) sentence += busiestWords(rows, locale);
  if (timelineDense(rows)) sentence += message(locale, 'timeline.dense', { lanes: lanes > 1 ? 'many' : 'one' });
  return sentence;
}

/**
 * The data behind the chart, for the HTML table under it: one row per event in date order, or,
 * when the chart counts events by month ({@link timelineDense}), one row per country in lane order
 * with its number of events and the dates of its first and latest.
 */
export function timelineTable(rows: TimelineRows, locale: Locale = 'en'): ChartTable {
  const column = (key: MessageKey) => message(locale, key);
  if (timelineDense(rows)) {
    return {
      columns: [column('table.country'), column('table.events'), column('table.first'), column('table.latest')],
      numeric: [false, true, false, false],
      keys: 'countries',
      rows: rows.lanes.map((l) => ({
        key: l.slug,
        cells: [l.name, formatCount(l.marks.length, locale), formatPartialDate(l.marks[0].date, locale), formatPartialDate(l.marks[l.marks.length - 1].date, locale)],
      })),
    };
  }
  return {
    columns: [column('table.date'), column('table.country'), column('table.type'), column('table.event')],
    rows: timelineMarks(rows).map((m) => ({
      key: m.id,
      cells: [formatPartialDate(m.date, locale), m.countries.length ? m.countries.join(', ') : '—', message(locale, `eventType.${m.type}`), m.title],
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
function laneSubject(rows: TimelineRows): 'negotiation' | 'deportations' | 'records' {
  const families = new Set(rows.lanes.flatMap((l) => l.marks.map((m) => m.family)));
  if (NEGOTIATION_FAMILIES.some((f) => families.has(f))) return 'negotiation';
  if (families.has('moved')) return 'deportations';
  return 'records';
}

/**
 * The chart's title: the overview's, or a country's, saying what its events are about ("Kosovo:
 * the negotiation, event by event", "Panama: deportations, event by event"; month by month when
 * the chart counts events by month). `country` is the country's name.
 */
export function timelineTitle(country: string | undefined, rows: TimelineRows, locale: Locale = 'en'): string {
  if (country === undefined) return message(locale, 'timeline.title');
  return message(locale, 'timeline.countryTitle', { country, subject: laneSubject(rows), dense: timelineDense(rows) ? 'yes' : 'no' });
}

/** The chart's takeaway: how many events, across how many countries, and what a bar or a cell means. */
export function timelineTakeaway(rows: TimelineRows, locale: Locale = 'en'): string {
  // An event with several countries sits in each of their lanes: count it once.
  const events = timelineMarks(rows).filter((m) => m.family !== 'milestone').length;
  const lanes = rows.lanes.length;
  if (timelineDense(rows)) return message(locale, lanes === 1 ? 'timeline.takeawayDenseOne' : 'timeline.takeawayDense', { events, lanes });
  return message(locale, lanes === 1 ? 'timeline.takeawayOne' : 'timeline.takeaway', { events, lanes });
}

/** The timeline in words. */
export const timelineWords: ChartWords<TimelineRows> = {
  title: (rows, country, locale) => timelineTitle(country, rows, locale),
  takeaway: timelineTakeaway,
  describe: describeTimeline,
  table: timelineTable,
};
