import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import { dayMonthWords, formatPartialDate, monthName, monthYearWords, partialDateParts, partsText } from './dates';

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

describe('formatPartialDate in Spanish', () => {
  const es = (text: string) => formatPartialDate(parsePartialDate(text), 'es');
  it('writes each precision as a Spanish reader says it', () => {
    expect(es('2025-05-12')).toBe('12 de mayo de 2025');
    expect(es('2025-03')).toBe('marzo de 2025');
    expect(es('2025-03 early')).toBe('principios de marzo de 2025');
    expect(es('2025-03 mid')).toBe('mediados de marzo de 2025');
    expect(es('2025-03 late')).toBe('finales de marzo de 2025');
  });
  it('says the year of a span once, and a span within a month by its days', () => {
    expect(es('2025-02/2025-06')).toBe('entre febrero y junio de 2025');
    expect(es('2024-10/2025-06')).toBe('entre octubre de 2024 y junio de 2025');
    expect(es('2025-01-20/2025-06')).toBe('entre el 20 de enero y junio de 2025');
    expect(es('2025-06-16/2025-06')).toBe('entre el 16 y el 30 de junio de 2025');
    expect(es('2025-06-03/2025-07-09')).toBe('entre el 3 de junio y el 9 de julio de 2025');
    expect(es('2025-06 early/2025-06 late')).toBe('entre principios de junio y finales de junio de 2025');
  });
  it('keeps each language apart: the same date object reads in both', () => {
    const date = parsePartialDate('2025-03 late');
    expect(formatPartialDate(date, 'es')).toBe('finales de marzo de 2025');
    expect(formatPartialDate(date)).toBe('late March 2025');
    expect(partsText(partialDateParts(date, 'es'))).toBe('finales de marzo de 2025');
  });
  it('marks each end of a Spanish span for <time>, in the words\' order', () => {
    expect(partialDateParts(parsePartialDate('2025-06-16/2025-06'), 'es')).toEqual([
      'entre el ', { text: '16', datetime: '2025-06-16' }, ' y el ', { text: '30 de junio de 2025', datetime: '2025-06-30' },
    ]);
    expect(partialDateParts(parsePartialDate('2025-06-03/2025-07-09'), 'es')).toEqual([
      'entre el ', { text: '3 de junio', datetime: '2025-06-03' }, ' y el ', { text: '9 de julio de 2025', datetime: '2025-07-09' },
    ]);
  });
});

describe('partialDateParts', () => {
  const parts = (text: string) => partialDateParts(parsePartialDate(text));
  // Dates of every precision, spans of each kind, and the spans formatPartialDate's tests write.
  const every = ['2025-03-12', '2025-03', '2025-03 early', '2025-03 mid', '2025-03 late', '2024-02 late',
    '2025-02/2025-06', '2024-10/2025-06', '2025-01-20/2025-06', '2025-06-16/2025-06', '2025-02/2025-02-12',
    '2024-02-03/2024-02', '2025-06-03/2025-06-09', '2025-06-03/2025-07-09', '2025-06 early/2025-06 late',
    '2025-06/2025-06', '2025-06-16/2025-06-16', '2024-12 late/2025-01 early', '2024-11-30/2025-02', '2025-03 mid/2025-05-02'];
  // What the HTML standard accepts in <time datetime> for a day and for a month.
  const validDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  const validMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

  it('read, joined, exactly as formatPartialDate writes the date, for every precision', () => {
    for (const text of every) expect(partsText(parts(text)), text).toBe(formatPartialDate(parsePartialDate(text)));
  });

  it('give each day a valid day and each month, or part of one, a valid month, within the date', () => {
    for (const text of every) {
      const date = parsePartialDate(text);
      for (const part of parts(text)) {
        if (typeof part === 'string') continue;
        expect(validDay(part.datetime) || validMonth(part.datetime), `${text}: ${part.datetime}`).toBe(true);
        // Every datetime names a day or month the date may mean.
        expect(part.datetime >= date.start.slice(0, part.datetime.length) && part.datetime <= date.end.slice(0, part.datetime.length), `${text}: ${part.datetime}`).toBe(true);
      }
    }
  });

  it('are one piece for a day, a month or a part of a month', () => {
    expect(parts('2025-03-12')).toEqual([{ text: '12 March 2025', datetime: '2025-03-12' }]);
    expect(parts('2025-03')).toEqual([{ text: 'March 2025', datetime: '2025-03' }]);
    expect(parts('2025-03 early')).toEqual([{ text: 'early March 2025', datetime: '2025-03' }]);
    expect(parts('2025-03 mid')).toEqual([{ text: 'mid March 2025', datetime: '2025-03' }]);
    expect(parts('2025-03 late')).toEqual([{ text: 'late March 2025', datetime: '2025-03' }]);
  });

  it('give each end of a span its own piece and datetime', () => {
    expect(parts('2025-06-16/2025-06')).toEqual(['between ', { text: '16', datetime: '2025-06-16' }, ' and ', { text: '30 June 2025', datetime: '2025-06-30' }]);
    expect(parts('2025-02/2025-06')).toEqual(['between ', { text: 'February', datetime: '2025-02' }, ' and ', { text: 'June 2025', datetime: '2025-06' }]);
    expect(parts('2024-10/2025-06')).toEqual(['between ', { text: 'October 2024', datetime: '2024-10' }, ' and ', { text: 'June 2025', datetime: '2025-06' }]);
    expect(parts('2025-01-20/2025-06')).toEqual(['between ', { text: '20 January', datetime: '2025-01-20' }, ' and ', { text: 'June 2025', datetime: '2025-06' }]);
    expect(parts('2025-02/2025-02-12')).toEqual(['between ', { text: '1', datetime: '2025-02-01' }, ' and ', { text: '12 February 2025', datetime: '2025-02-12' }]);
    expect(parts('2025-06 early/2025-06 late')).toEqual(['between ', { text: 'early June', datetime: '2025-06' }, ' and ', { text: 'late June 2025', datetime: '2025-06' }]);
  });

  it('are one piece for a span whose two ends are the same whole month', () => {
    expect(parts('2025-06/2025-06')).toEqual([{ text: 'June 2025', datetime: '2025-06' }]);
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
