/**
 * Dates in words, as a reader sees them: "12 March 2025", "late March 2025", "between February
 * and June 2025". The records keep the date as the editor wrote it (src/model/dates.ts). The same
 * words come in parts too, each day or month with its machine-readable form, for `<time>` elements.
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

/**
 * A date's words in parts: plain words, and the words that name a day or a month with that day or
 * month written for machines (`datetime`: `YYYY-MM-DD` or `YYYY-MM`), as a `<time>` element wants.
 */
export type DatePart = string | { text: string; datetime: string };

/** The machine-readable form of one date: its day, or its month for a month or a part of one. */
const datetimeOf = (p: PartialDate) => (p.precision === 'day' ? p.start : p.start.slice(0, 7));

function dateParts(date: PartialDate): DatePart[] {
  if (date.precision !== 'span') return [{ text: singleLabel(date), datetime: datetimeOf(date) }];
  const [first, second] = spanEnds(date);
  // Within one month, by day: "between 16 and 30 June 2025", not "between 16 June and June 2025".
  const dayOrMonth = (p: PartialDate) => p.precision === 'day' || p.precision === 'month';
  if (date.start.slice(0, 7) === date.end.slice(0, 7) && dayOrMonth(first) && dayOrMonth(second)) {
    if (first.precision === 'month' && second.precision === 'month') return [{ text: singleLabel(first), datetime: datetimeOf(first) }];
    // The words name the span's first and last days, whichever end is a whole month.
    return ['between ', { text: String(Number(date.start.slice(8))), datetime: date.start },
      ' and ', { text: `${Number(date.end.slice(8))} ${monthYearWords(date.start)}`, datetime: date.end }];
  }
  const [a, b] = [first, second].map(singleLabel);
  // The year is said once when both ends share it: "between February and June 2025".
  const firstText = a.slice(-4) === b.slice(-4) ? a.slice(0, -5) : a;
  return ['between ', { text: firstText, datetime: datetimeOf(first) }, ' and ', { text: b, datetime: datetimeOf(second) }];
}

/**
 * Dates in words, by date object. Formatting is most of what a timeline mark costs, and a build
 * writes the same records' dates for every chart it draws; records are never changed once loaded.
 */
const written = new WeakMap<PartialDate, string>();
const inParts = new WeakMap<PartialDate, DatePart[]>();

/**
 * A date's words as parts, for `<time>` elements (src/components/When.astro): "between 16 and 30
 * June 2025" is "between ", "16" (2025-06-16), " and ", "30 June 2025" (2025-06-30). Joined, their
 * text is {@link formatPartialDate}'s, always.
 */
export function partialDateParts(date: PartialDate, _locale: Locale = 'en'): readonly DatePart[] {
  return cached(inParts, date, () => dateParts(date));
}

/** The words of date parts, joined. */
export const partsText = (parts: readonly DatePart[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/**
 * A date in words, as a reader sees it: "12 March 2025", "March 2025", "late March 2025",
 * "between February and June 2025", "between 16 and 30 June 2025".
 */
export function formatPartialDate(date: PartialDate, locale: Locale = 'en'): string {
  return cached(written, date, () => partsText(partialDateParts(date, locale)));
}
