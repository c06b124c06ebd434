/**
 * The `deportees` chart in words: its takeaway, its text alternative and its data table. A vague
 * figure keeps its words ("about 300"); a country with no number reads "not reported", never 0.
 */
import type { DeporteeRow, DeporteeRows, Measure } from '../derive/deportees';
import type { ChartTable } from '../derive/table';
import { formatValue } from './format';
import { formatList } from './list';
import type { Locale } from './locale';
import type { ChartWords } from './chartWords';


/** The main values in words, for the chart's description. */
export function describeDeportees(rows: DeporteeRows, _locale: Locale = 'en'): string {
  const received = rows.known.filter((r) => r.received).map((r) =>
    `${r.name} ${formatValue(r.received!)}${r.returned ? ` (${formatValue(r.returned)} of whom have returned home)` : ''}`);
  const pledged = rows.known.filter((r) => r.pledged).map((r) => `${r.name} ${formatValue(r.pledged!)}`);
  const parts: string[] = [];
  if (received.length) parts.push(`Deportees received: ${formatList(received)}.`);
  if (pledged.length) parts.push(`Pledged to take: ${formatList(pledged)}.`);
  if (rows.unknown.length) parts.push(`No number is reported for ${rows.unknown.length} other ${rows.unknown.length === 1 ? 'country' : 'countries'}.`);
  return parts.join(' ');
}

/** The data behind the chart, as a table. */
export function deporteesTable(rows: DeporteeRows, _locale: Locale = 'en'): ChartTable {
  const cell = (m?: Measure) => (m ? formatValue(m) : 'not reported');
  return {
    columns: ['Country', 'Received', 'Returned home', 'Pledged'],
    numeric: [false, true, true, true],
    rows: [...rows.known, ...rows.unknown].map((r) => ({
      key: r.slug,
      cells: [r.name, cell((r as DeporteeRow).received), cell((r as DeporteeRow).returned), cell((r as DeporteeRow).pledged)],
    })),
  };
}

/** The chart's one-sentence takeaway: who took the most, and how many countries report no number. */
export function deporteesTakeaway(rows: DeporteeRows, _locale: Locale = 'en'): string {
  const top = rows.known.find((r) => r.received);
  const total = rows.known.length + rows.unknown.length;
  return top
    ? `${top.name} took ${formatValue(top.received!)} deportees, the most reported; for ${rows.unknown.length} of the ${total} countries no number is reported.`
    : `For ${rows.unknown.length} of the ${total} countries no number is reported.`;
}

/** The deportees chart in words. */
export const deporteesWords: ChartWords<DeporteeRows> = {
  title: () => 'Deportees received and pledged, by country',
  takeaway: deporteesTakeaway,
  describe: describeDeportees,
  table: deporteesTable,
};
