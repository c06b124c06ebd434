/**
 * The `deportees` chart in words: its takeaway, its text alternative and its data table. A vague
 * figure keeps its words ("about 300"); a country with no number reads "not reported", never 0.
 */
import type { DeporteeRow, DeporteeRows, Measure } from '../derive/deportees';
import type { ChartTable } from '../derive/table';
import { agreementCount as countOf, formatValue, notReported } from './format';
import { formatList } from './list';
import type { Locale } from './locale';
import { message } from './messages';
import type { ChartWords } from './chartWords';

/** The main values in words, for the chart's description. */
export function describeDeportees(rows: DeporteeRows, locale: Locale = 'en'): string {
  const value = (m: Measure) => formatValue(m, locale);
  const received = rows.known.filter((r) => r.received).map((r) => r.returned
    ? message(locale, 'deportees.receivedReturnedItem', { name: r.name, value: value(r.received!), returned: value(r.returned), back: countOf(r.returned) })
    : message(locale, 'deportees.receivedItem', { name: r.name, value: value(r.received!) }));
  const pledged = rows.known.filter((r) => r.pledged).map((r) => message(locale, 'deportees.pledgedItem', { name: r.name, value: value(r.pledged!) }));
  const parts: string[] = [];
  if (received.length) parts.push(message(locale, 'deportees.describeReceived', { list: formatList(received, locale) }));
  if (pledged.length) parts.push(message(locale, 'deportees.describePledged', { list: formatList(pledged, locale) }));
  if (rows.unknown.length) parts.push(message(locale, 'deportees.describeUnknown', { count: rows.unknown.length }));
  return parts.join(' ');
}

/** The data behind the chart, as a table. */
export function deporteesTable(rows: DeporteeRows, locale: Locale = 'en'): ChartTable {
  const cell = (m?: Measure) => (m ? formatValue(m, locale) : notReported(locale));
  return {
    columns: [message(locale, 'table.country'), message(locale, 'table.received'), message(locale, 'table.returnedHome'), message(locale, 'table.pledged')],
    numeric: [false, true, true, true],
    rows: [...rows.known, ...rows.unknown].map((r) => ({
      key: r.slug,
      cells: [r.name, cell((r as DeporteeRow).received), cell((r as DeporteeRow).returned), cell((r as DeporteeRow).pledged)],
    })),
  };
}

/** The chart's one-sentence takeaway: who took the most, and how many countries report no number. */
export function deporteesTakeaway(rows: DeporteeRows, locale: Locale = 'en'): string {
  const top = rows.known.find((r) => r.received);
  const counts = { unknown: rows.unknown.length, total: rows.known.length + rows.unknown.length };
  return top
    ? message(locale, 'deportees.takeaway', { name: top.name, value: formatValue(top.received!, locale), count: countOf(top.received!), ...counts })
    : message(locale, 'deportees.takeawayNone', counts);
}

/** The deportees chart in words. */
export const deporteesWords: ChartWords<DeporteeRows> = {
  title: (_rows, _country, locale = 'en') => message(locale, 'deportees.title'),
  takeaway: deporteesTakeaway,
  describe: describeDeportees,
  table: deporteesTable,
};
