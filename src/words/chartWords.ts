/** What every chart says in words: the same four parts for each, so the catalogue treats them alike. */
import type { ChartTable } from '../derive/table';
import type { Locale } from './locale';

export interface ChartWords<Rows> {
  /** The chart's title; `country` is the name of the one country its state shows, if any. */
  title: (rows: Rows, country: string | undefined, locale?: Locale) => string;
  /** One sentence under the title: what to see. */
  takeaway: (rows: Rows, locale?: Locale) => string;
  /** The main values in words, the drawing's text alternative. */
  describe: (rows: Rows, locale?: Locale) => string;
  /** The data behind the chart, as a table. */
  table: (rows: Rows, locale?: Locale) => ChartTable;
}
