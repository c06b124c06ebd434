import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { countryRows, eventRows } from '../derive/dataset';
import { COUNTRY_COLUMNS, EVENT_COLUMNS, toCsv } from './csv';
import { country, event, figure } from '../../tests/helpers/records';

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF, quotes around commas and quotes, empty for null', () => {
    const csv = toCsv(countryRows([country('zed', 'Zed, "the" land', { pledged: figure(50, '2025-05-12', { approx: true, qualifier: 'up to' }) })]), COUNTRY_COLUMNS);
    const [header, row, end] = csv.split('\r\n');
    expect(header.split(',')).toEqual(COUNTRY_COLUMNS.map((c) => c.name));
    expect(row).toBe('zed,"Zed, ""the"" land",AAA,africa,approached,,,,,,,,,50,true,up to,2025-05-12,a');
    expect(end).toBe('');
    expect(csvParse(csv)[0].name).toBe('Zed, "the" land');
  });
  it('joins lists with "; "', () => {
    const csv = toCsv(eventRows([event('e1', '2025-03 late', ['a', 'b'])]), EVENT_COLUMNS);
    expect(csvParse(csv)[0]).toMatchObject({ countries: 'a; b', date: '2025-03 late', date_precision: 'late', date_start: '2025-03-21', date_end: '2025-03-31' });
  });
});
