import { describe, expect, it } from 'vitest';
import { comparePartialDates, parsePartialDate } from './dates';

describe('parsePartialDate', () => {
  it('reads a day as a one-day range', () => {
    expect(parsePartialDate('2025-03-12')).toEqual({ text: '2025-03-12', precision: 'day', start: '2025-03-12', end: '2025-03-12' });
  });
  it('reads a month as the whole month, with its real length', () => {
    expect(parsePartialDate('2025-02')).toMatchObject({ precision: 'month', start: '2025-02-01', end: '2025-02-28' });
    expect(parsePartialDate('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(parsePartialDate('2025-04')).toMatchObject({ end: '2025-04-30' });
  });
  it('reads early, mid and late as thirds of the month', () => {
    expect(parsePartialDate('2025-03 early')).toMatchObject({ precision: 'early', start: '2025-03-01', end: '2025-03-10' });
    expect(parsePartialDate('2025-03 mid')).toMatchObject({ precision: 'mid', start: '2025-03-11', end: '2025-03-20' });
    expect(parsePartialDate('2025-03 late')).toMatchObject({ precision: 'late', start: '2025-03-21', end: '2025-03-31' });
    expect(parsePartialDate('2025-02 late')).toMatchObject({ end: '2025-02-28' });
  });
  it('reads a span from the start of the first date to the end of the second', () => {
    expect(parsePartialDate('2025-02/2025-06')).toMatchObject({ precision: 'span', start: '2025-02-01', end: '2025-06-30' });
    expect(parsePartialDate('2025-01-20/2025-06 late')).toMatchObject({ start: '2025-01-20', end: '2025-06-30' });
  });
  it('accepts 29 February in leap years only', () => {
    expect(parsePartialDate('2024-02-29').start).toBe('2024-02-29');
    expect(parsePartialDate('2000-02-29').start).toBe('2000-02-29');
    expect(() => parsePartialDate('2025-02-29')).toThrow('February 2025 has 28 days');
    expect(() => parsePartialDate('1900-02-29')).toThrow('February 1900 has 28 days');
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => parsePartialDate('2025-02-30')).toThrow('expected a day that exists, found "2025-02-30"');
    expect(() => parsePartialDate('2025-04-31')).toThrow('April 2025 has 30 days');
    expect(() => parsePartialDate('2025-13')).toThrow('expected a month from 01 to 12, found "13"');
    expect(() => parsePartialDate('2025-00-10')).toThrow('expected a month from 01 to 12');
    expect(() => parsePartialDate('2025-03-00')).toThrow('expected a day that exists');
  });
  it('rejects other forms with the forms it accepts', () => {
    for (const bad of ['12 March 2025', '2025/03/12', '2025-3-12', '2025-03 end', '2025', ' 2025-03', '2025-03  late']) {
      expect(() => parsePartialDate(bad), bad).toThrow(/expected/);
    }
  });
  it('rejects a span that runs backwards', () => {
    expect(() => parsePartialDate('2025-06/2025-02')).toThrow('expected the first date of a span to come before the second');
  });
});

describe('comparePartialDates', () => {
  it('orders by first possible day, narrower first', () => {
    const dates = ['2025-03', '2025-03-12', '2025-03 late', '2025-03-01', '2025-02/2025-06'].map(parsePartialDate);
    expect(dates.sort(comparePartialDates).map((d) => d.text)).toEqual(['2025-02/2025-06', '2025-03-01', '2025-03', '2025-03-12', '2025-03 late']);
  });
});
