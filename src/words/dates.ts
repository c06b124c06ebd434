/**
 * Dates in words, as a reader sees them: "12 March 2025", "late March 2025", "between February
 * and June 2025". The records keep the date as the editor wrote it (src/model/dates.ts).
 */
import { spanEnds, type PartialDate } from '../model/dates';
import { cached } from '../util/memo';
import { INTL_TAG, type Locale } from './locale';

const FORMS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  monthYear: { month: 'long', year: 'numeric' },
  month: { month: 'long' },
  shortMonth: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day `YYYY-MM-DD` (or a month's first day) in one of the {@link FORMS}, by Intl.DateTimeFormat in UTC. */
function formatDay(iso: string, form: keyof typeof FORMS, locale: Locale): string {
  const format = cached(formats, `${locale} ${form}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { ...FORMS[form], timeZone: 'UTC' }));
  return format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** "12 March 2025". */
export const dayWords = (iso: string, locale: Locale = 'en') => formatDay(iso, 'day', locale);
/** "12 March", for a range whose year is said once. */
export const dayMonthWords = (iso: string, locale: Locale = 'en') => formatDay(iso, 'dayMonth', locale);
/** "March 2025", from any day of the month. */
export const monthYearWords = (iso: string, locale: Locale = 'en') => formatDay(iso, 'monthYear', locale);

/** The name of a month (0 for January), in full ("September") or short ("Sept" in British English). */
export function monthName(month: number, width: 'long' | 'short' = 'long', locale: Locale = 'en'): string {
  return formatDay(`2025-${String(month + 1).padStart(2, '0')}-01`, width === 'long' ? 'month' : 'shortMonth', locale);
}

function singleLabel(p: PartialDate): string {
  if (p.precision === 'day') return dayWords(p.start);
  const month = monthYearWords(p.start);
  if (p.precision === 'month') return month;
  return `${p.precision} ${month}`;
}

function dateWords(date: PartialDate): string {
  if (date.precision !== 'span') return singleLabel(date);
  const [first, second] = spanEnds(date);
  // Within one month, by day: "between 16 and 30 June 2025", not "between 16 June and June 2025".
  const dayOrMonth = (p: PartialDate) => p.precision === 'day' || p.precision === 'month';
  if (date.start.slice(0, 7) === date.end.slice(0, 7) && dayOrMonth(first) && dayOrMonth(second)) {
    if (first.precision === 'month' && second.precision === 'month') return singleLabel(first);
    return `between ${Number(date.start.slice(8))} and ${Number(date.end.slice(8))} ${monthYearWords(date.start)}`;
  }
  const [a, b] = [first, second].map(singleLabel);
  const ya = a.slice(-4);
  const yb = b.slice(-4);
  return ya === yb ? `between ${a.slice(0, -5)} and ${b}` : `between ${a} and ${b}`;
}

/**
 * Dates in words, by date object. Formatting is most of what a timeline mark costs, and a build
 * writes the same records' dates for every chart it draws; records are never changed once loaded.
 */
const written = new WeakMap<PartialDate, string>();

/**
 * A date in words, as a reader sees it: "12 March 2025", "March 2025", "late March 2025",
 * "between February and June 2025", "between 16 and 30 June 2025".
 */
export function formatPartialDate(date: PartialDate, _locale: Locale = 'en'): string {
  return cached(written, date, () => dateWords(date));
}
