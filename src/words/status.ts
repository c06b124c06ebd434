/**
 * The `status` chart in words: its takeaway, its text alternative and its data table.
 */
import type { StatusGroup } from '../derive/status';
import type { ChartTable } from '../derive/table';
import { formatList } from './list';
import type { Locale } from './locale';
import { message } from './messages';
import type { ChartWords } from './chartWords';

/** The chart's takeaway: "Of 26 countries, 3 received deportees, … and 2 declined." */
export function statusTakeaway(groups: StatusGroup[], locale: Locale = 'en'): string {
  const total = groups.reduce((n, g) => n + g.countries.length, 0);
  const parts = groups.map((g) => message(locale, `statusPhrase.${g.status}`, { count: g.countries.length }));
  return message(locale, 'status.takeaway', { total, list: formatList(parts, locale) });
}

/** The main values in words. */
export function describeStatus(groups: StatusGroup[], locale: Locale = 'en'): string {
  const total = groups.reduce((n, g) => n + g.countries.length, 0);
  const parts = groups.map((g) => message(locale, 'status.describeGroup', { status: message(locale, `status.${g.status}`).toLowerCase(), names: g.countries.map((c) => c.name).join(', ') }));
  return message(locale, 'status.describe', { total, groups: parts.join('; ') });
}

/** The data behind the chart. */
export function statusTable(groups: StatusGroup[], locale: Locale = 'en'): ChartTable {
  return {
    columns: [message(locale, 'table.country'), message(locale, 'table.region'), message(locale, 'table.status')],
    rows: groups.flatMap((g) => g.countries.map((c) => ({ key: c.slug, cells: [c.name, message(locale, `region.${c.region}`), message(locale, `status.${g.status}`)] }))),
  };
}

/** The status chart in words. */
export const statusWords: ChartWords<StatusGroup[]> = {
  title: (_rows, _country, locale = 'en') => message(locale, 'status.title'),
  takeaway: statusTakeaway,
  describe: describeStatus,
  table: statusTable,
};
