/**
 * Dates in words, as a reader sees them: "12 March 2025", "late March 2025", "between February
 * and June 2025". The records keep the date as the editor wrote it (src/model/dates.ts).
 */
import { spanEnds, type PartialDate } from '../model/dates';
import { cached } from '../util/memo';
import type { Locale } from './locale';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function dayLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

function singleLabel(p: PartialDate): string {
  const [y, m] = p.start.split('-').map(Number);
  const month = `${MONTH_NAMES[m - 1]} ${y}`;
  if (p.precision === 'day') return dayLabel(p.start);
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
    const [y, m] = date.start.split('-').map(Number);
    return `between ${Number(date.start.slice(8))} and ${Number(date.end.slice(8))} ${MONTH_NAMES[m - 1]} ${y}`;
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
