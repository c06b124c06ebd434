/**
 * Dates in words, as a reader sees them: "12 March 2025", "late March 2025", "between February
 * and June 2025". The records keep the date as the editor wrote it (src/model/dates.ts). The same
 * words come in parts too, each day or month with its machine-readable form, for `<time>` elements.
 */
import { spanEnds, type PartialDate } from '../model/dates';
import { cached } from '../util/memo';
import { formatCount } from './format';
import { INTL_TAG, type Locale } from './locale';
import { message, messageParts } from './messages';

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

/** A day, a month or a part of one in words: "12 March 2025", "March 2025", "late March 2025"; without the year for the first end of a span that says it once. */
function singleLabel(p: PartialDate, locale: Locale, year = true): string {
  if (p.precision === 'day') return year ? dayWords(p.start, locale) : dayMonthWords(p.start, locale);
  const month = year ? monthYearWords(p.start, locale) : monthName(Number(p.start.slice(5, 7)) - 1, 'long', locale);
  if (p.precision === 'month') return month;
  return message(locale, `date.${p.precision as 'early' | 'mid' | 'late'}`, { month });
}

/**
 * A date's words in parts: plain words, and the words that name a day or a month with that day or
 * month written for machines (`datetime`: `YYYY-MM-DD` or `YYYY-MM`), as a `<time>` element wants.
 */
export type DatePart = string | { text: string; datetime: string };

/** The machine-readable form of one date: its day, or its month for a month or a part of one. */
const datetimeOf = (p: PartialDate) => (p.precision === 'day' ? p.start : p.start.slice(0, 7));

function dateParts(date: PartialDate, locale: Locale): DatePart[] {
  if (date.precision !== 'span') return [{ text: singleLabel(date, locale), datetime: datetimeOf(date) }];
  const [first, second] = spanEnds(date);
  // Within one month, by day: "between 16 and 30 June 2025", not "between 16 June and June 2025".
  const dayOrMonth = (p: PartialDate) => p.precision === 'day' || p.precision === 'month';
  if (date.start.slice(0, 7) === date.end.slice(0, 7) && dayOrMonth(first) && dayOrMonth(second)) {
    if (first.precision === 'month' && second.precision === 'month') return [{ text: singleLabel(first, locale), datetime: datetimeOf(first) }];
    // The words name the span's first and last days, whichever end is a whole month.
    return messageParts(locale, 'date.betweenDays', {
      first: { text: formatCount(Number(date.start.slice(8)), locale), datetime: date.start },
      second: { text: dayWords(date.end, locale), datetime: date.end },
    });
  }
  // The year is said once when both ends share it: "between February and June 2025".
  const sameYear = first.start.slice(0, 4) === second.start.slice(0, 4);
  const kind = (p: PartialDate) => (p.precision === 'day' ? 'day' : 'month');
  return messageParts(locale, 'date.between', {
    firstKind: kind(first),
    secondKind: kind(second),
    first: { text: singleLabel(first, locale, !sameYear), datetime: datetimeOf(first) },
    second: { text: singleLabel(second, locale), datetime: datetimeOf(second) },
  });
}

/**
 * Dates in words, by date object. Formatting is most of what a timeline mark costs, and a build
 * writes the same records' dates for every chart it draws; records are never changed once loaded.
 */
const written = { en: new WeakMap<PartialDate, string>(), es: new WeakMap<PartialDate, string>() } satisfies Record<Locale, unknown>;
const inParts = { en: new WeakMap<PartialDate, DatePart[]>(), es: new WeakMap<PartialDate, DatePart[]>() } satisfies Record<Locale, unknown>;

/**
 * A date's words as parts, for `<time>` elements (src/components/When.astro): "between 16 and 30
 * June 2025" is "between ", "16" (2025-06-16), " and ", "30 June 2025" (2025-06-30). Joined, their
 * text is {@link formatPartialDate}'s, always.
 */
export function partialDateParts(date: PartialDate, locale: Locale = 'en'): readonly DatePart[] {
  return cached(inParts[locale], date, () => dateParts(date, locale));
}

/** The words of date parts, joined. */
export const partsText = (parts: readonly DatePart[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/**
 * A date in words, as a reader sees it: "12 March 2025", "March 2025", "late March 2025",
 * "between February and June 2025", "between 16 and 30 June 2025".
 */
export function formatPartialDate(date: PartialDate, locale: Locale = 'en'): string {
  return cached(written[locale], date, () => partsText(partialDateParts(date, locale)));
}
