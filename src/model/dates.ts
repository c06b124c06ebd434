/**
 * Dates as journalists write them: a day, a month, a part of a month ("late March"), or a span
 * between two of those when the source only bounds the date ("some time between February and
 * June"). Parsing is strict: an impossible date is an error, never rolled over to another day.
 */

export const MONTH_PARTS = ['early', 'mid', 'late'] as const;
export type MonthPart = (typeof MONTH_PARTS)[number];

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | MonthPart | 'span';

export interface PartialDate {
  /** The date exactly as the editor wrote it, e.g. `2025-03 late`. */
  text: string;
  precision: DatePrecision;
  /** First day the date can mean, `YYYY-MM-DD`. */
  start: string;
  /** Last day the date can mean, `YYYY-MM-DD`. */
  end: string;
}

/** The months in English, for the editors' messages ("June 2025 has 30 days"). */
export const ENGLISH_MONTHS: readonly string[] = ((month) => Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2025, m, 1))))(
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
);

/** The forms an editor may write, for error messages. */
export const DATE_FORMS = 'a date written YYYY-MM-DD, YYYY-MM, "YYYY-MM early|mid|late", or two of those joined by "/" for "some time between"';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Thrown with a message that finishes the sentence "expected …, found …". */
export class DateError extends Error {}

function parseSingle(text: string): PartialDate {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})|\s+(early|mid|late))?$/.exec(text);
  if (!m) throw new DateError(`expected ${DATE_FORMS}, found "${text}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    throw new DateError(`expected a month from 01 to 12, found "${m[2]}" in "${text}"`);
  }
  const last = daysInMonth(year, month);
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    if (day < 1 || day > last) {
      throw new DateError(
        `expected a day that exists, found "${text}": ${ENGLISH_MONTHS[month - 1]} ${year} has ${last} days`,
      );
    }
    return { text, precision: 'day', start: text, end: text };
  }
  const part = m[4] as MonthPart | undefined;
  if (part === 'early') return { text, precision: part, start: `${ym}-01`, end: `${ym}-10` };
  if (part === 'mid') return { text, precision: part, start: `${ym}-11`, end: `${ym}-20` };
  if (part === 'late') return { text, precision: part, start: `${ym}-21`, end: `${ym}-${pad(last)}` };
  return { text, precision: 'month', start: `${ym}-01`, end: `${ym}-${pad(last)}` };
}

/**
 * Parses a date as written in a record. Throws a {@link DateError} whose message says what was
 * expected and what was found.
 */
export function parsePartialDate(text: string): PartialDate {
  const trimmed = text.trim();
  if (trimmed !== text || /\s{2,}/.test(text)) {
    throw new DateError(`expected ${DATE_FORMS} without extra spaces, found "${text}"`);
  }
  const parts = text.split('/');
  if (parts.length === 1) return parseSingle(text);
  if (parts.length > 2) throw new DateError(`expected at most one "/" in a date span, found "${text}"`);
  const [a, b] = parts.map((p) => parseSingle(p.trim()));
  if (a.start > b.end) {
    throw new DateError(`expected the first date of a span to come before the second, found "${text}"`);
  }
  return { text, precision: 'span', start: a.start, end: b.end };
}

/** True when `text` is a valid date in one of the accepted forms. */
export function isPartialDate(text: string): boolean {
  try {
    parsePartialDate(text);
    return true;
  } catch {
    return false;
  }
}

/** The two dates a span is written with ("2025-02/2025-06"); a date that is not a span is its own both. */
export function spanEnds(date: PartialDate): [PartialDate, PartialDate] {
  if (date.precision !== 'span') return [date, date];
  const [first, second] = date.text.split('/').map((s) => parseSingle(s.trim()));
  return [first, second];
}

/** Orders dates by their first possible day, then by how narrow they are. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}
