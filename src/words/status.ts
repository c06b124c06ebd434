/**
 * The `status` chart in words: its takeaway, its text alternative and its data table.
 */
import type { StatusGroup } from '../derive/status';
import type { ChartTable } from '../derive/table';
import { REGIONS } from '../model/vocabulary';
import { formatList } from './list';
import type { Locale } from './locale';
import type { ChartWords } from './chartWords';

/** How a count of countries with a status reads in a sentence: "3 received deportees". */
const STATUS_PHRASES: Record<StatusGroup['status'], [string, string]> = {
  received: ['received deportees', 'received deportees'],
  transit: ['lets them pass through', 'let them pass through'],
  agreed: ['agreed to take some', 'agreed to take some'],
  destination: ['was a flight\'s destination', 'were flights\' destinations'],
  negotiating: ['is negotiating', 'are negotiating'],
  considering: ['is considering it', 'are considering it'],
  approached: ['was approached', 'were approached'],
  targeted: ['was only named as a target', 'were only named as targets'],
  declined: ['declined', 'declined'],
};

/** The chart's takeaway: "Of 26 countries, 3 received deportees, … and 2 declined." */
export function statusTakeaway(groups: StatusGroup[], _locale: Locale = 'en'): string {
  const total = groups.reduce((n, g) => n + g.countries.length, 0);
  const parts = groups.map((g) => `${g.countries.length} ${STATUS_PHRASES[g.status][g.countries.length === 1 ? 0 : 1]}`);
  return `Of ${total} ${total === 1 ? 'country' : 'countries'}, ${formatList(parts)}.`;
}

/** The main values in words. */
export function describeStatus(groups: StatusGroup[], _locale: Locale = 'en'): string {
  const total = groups.reduce((n, g) => n + g.countries.length, 0);
  const parts = groups.map((g) => `${g.label.toLowerCase()}: ${g.countries.map((c) => c.name).join(', ')}`);
  return `${total} countries by where their talks with the United States stand. ${parts.join('; ')}.`;
}

/** The data behind the chart. */
export function statusTable(groups: StatusGroup[], _locale: Locale = 'en'): ChartTable {
  return {
    columns: ['Country', 'Region', 'Status'],
    rows: groups.flatMap((g) => g.countries.map((c) => ({ key: c.slug, cells: [c.name, REGIONS[c.region].label, g.label] }))),
  };
}

/** The status chart in words. */
export const statusWords: ChartWords<StatusGroup[]> = {
  title: () => 'Where each negotiation stands',
  takeaway: statusTakeaway,
  describe: describeStatus,
  table: statusTable,
};
