import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import { dayMonthWords, formatPartialDate, monthName, monthYearWords } from './dates';

describe('formatPartialDate', () => {
  it('writes dates as a reader says them', () => {
    expect(formatPartialDate(parsePartialDate('2025-03-12'))).toBe('12 March 2025');
    expect(formatPartialDate(parsePartialDate('2025-03'))).toBe('March 2025');
    expect(formatPartialDate(parsePartialDate('2025-03 late'))).toBe('late March 2025');
    expect(formatPartialDate(parsePartialDate('2025-02/2025-06'))).toBe('between February and June 2025');
    expect(formatPartialDate(parsePartialDate('2024-10/2025-06'))).toBe('between October 2024 and June 2025');
    expect(formatPartialDate(parsePartialDate('2025-01-20/2025-06'))).toBe('between 20 January and June 2025');
  });
  it('writes a span within one month by its days', () => {
    expect(formatPartialDate(parsePartialDate('2025-06-16/2025-06'))).toBe('between 16 and 30 June 2025');
    expect(formatPartialDate(parsePartialDate('2025-02/2025-02-12'))).toBe('between 1 and 12 February 2025');
    expect(formatPartialDate(parsePartialDate('2024-02-03/2024-02'))).toBe('between 3 and 29 February 2024');
    expect(formatPartialDate(parsePartialDate('2025-06-03/2025-06-09'))).toBe('between 3 and 9 June 2025');
    expect(formatPartialDate(parsePartialDate('2025-06-03/2025-07-09'))).toBe('between 3 June and 9 July 2025');
    expect(formatPartialDate(parsePartialDate('2025-06 early/2025-06 late'))).toBe('between early June and late June 2025');
  });
});

describe('month names', () => {
  it('come from Intl in British English: full, and short as the timeline axis writes them', () => {
    expect(monthName(8)).toBe('September');
    expect([0, 5, 8].map((m) => monthName(m, 'short'))).toEqual(['Jan', 'Jun', 'Sept']);
    expect(monthYearWords('2025-03-12')).toBe('March 2025');
    expect(dayMonthWords('2025-01-01')).toBe('1 January');
  });
});
