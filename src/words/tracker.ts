/**
 * The country tracker's words: its columns and what sorting each one means, its cells (a vague
 * figure keeps "about" or "up to", an unknown one reads "not reported") and the count of what is shown.
 */
import type { MainFigure, TrackerRow } from '../derive/tracker';
import { REGIONS, STATUS_ORDER, STATUSES } from '../model/vocabulary';
import { formatCount, formatValue } from './format';
import type { Locale } from './locale';

/** How a column sorts: by text, by a number, by date, or by the status's rank. */
export type SortKind = 'text' | 'number' | 'date' | 'rank';

export interface TrackerColumn {
  /** The column's name in the address (`?sort=received`). */
  id: 'name' | 'status' | 'region' | MainFigure | 'latest' | 'sources';
  label: string;
  kind: SortKind;
  /** The first direction a reader gets on choosing the column: largest and newest first, A to Z. */
  first: 'ascending' | 'descending';
  /** Each direction in words, for the announcement after sorting ("Sorted by Received, largest first"). */
  ascending: string;
  descending: string;
  numeric: boolean;
}

const FIGURE_LABELS: Record<MainFigure, string> = { received: 'Received', returned: 'Returned', pledged: 'Pledged' };

const byText = { kind: 'text', first: 'ascending', ascending: 'A to Z', descending: 'Z to A', numeric: false } as const;
const byNumber = { kind: 'number', first: 'descending', ascending: 'smallest first', descending: 'largest first', numeric: true } as const;

/** The tracker's columns, in the order the table shows them. */
export function trackerColumns(_locale: Locale = 'en'): TrackerColumn[] {
  return [
    { id: 'name', label: 'Country', ...byText },
    { id: 'status', label: 'Status', kind: 'rank', first: 'ascending', ascending: 'strongest commitment first', descending: 'weakest commitment first', numeric: false },
    { id: 'region', label: 'Region', ...byText },
    ...(Object.keys(FIGURE_LABELS) as MainFigure[]).map((id) => ({ id, label: FIGURE_LABELS[id], ...byNumber })),
    { id: 'latest', label: 'Latest event', kind: 'date', first: 'descending', ascending: 'oldest first', descending: 'newest first', numeric: false },
    { id: 'sources', label: 'Sources', ...byNumber },
  ];
}

/** What a reader sees for a figure the sources do not give. */
export const NOT_REPORTED = 'not reported';

/** A main figure as the tracker shows it: "about 300", "up to 50", or null when not reported. */
export function trackerFigure(row: TrackerRow, id: MainFigure): string | null {
  const f = row.figures[id];
  return f ? formatValue(f) : null;
}

/** The value a column sorts by, written into the cell; null (no value) sorts last either way. */
export function sortValue(row: TrackerRow, id: TrackerColumn['id']): string | null {
  switch (id) {
    case 'name': return row.name;
    case 'status': return String(STATUS_ORDER.indexOf(row.status));
    case 'region': return REGIONS[row.region].label;
    case 'latest': return row.latest ? `${row.latest.date.start} ${row.latest.date.end}` : null;
    case 'sources': return String(row.sources);
    default: return row.figures[id] ? String(row.figures[id].value) : null;
  }
}

/** A name as search compares it: lower case, without accents ("São Tomé" matches "sao tome"). */
export function searchable(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The statuses and regions a reader can filter by: those the table holds, in the vocabulary's order. */
export function trackerFilters(rows: readonly TrackerRow[], _locale: Locale = 'en') {
  return {
    statuses: STATUS_ORDER.filter((id) => rows.some((r) => r.status === id)).map((id) => ({ id, label: STATUSES[id].label })),
    regions: (Object.keys(REGIONS) as (keyof typeof REGIONS)[])
      .filter((id) => rows.some((r) => r.region === id))
      .map((id) => ({ id, label: REGIONS[id].label })),
  };
}

/**
 * The count of what is shown, as templates the browser fills in ({shown}, {column}, {direction});
 * `first` is the sentence a reader sees before any change, with or without JavaScript.
 */
export function trackerCount(total: number, _locale: Locale = 'en') {
  const sorted = 'sorted by {column}, {direction}';
  const status = trackerColumns().find((c) => c.id === 'status')!;
  const all = `All ${formatCount(total)} countries`;
  return {
    all,
    some: `{shown} of ${formatCount(total)} countries`,
    none: `No country matches: 0 of ${formatCount(total)}`,
    sorted,
    first: `${all}, ${sorted.replace('{column}', status.label.toLowerCase()).replace('{direction}', status.ascending)}.`,
  };
}

/** The words of the tracker's controls, links and empty cells. */
export function trackerControls(_locale: Locale = 'en') {
  return {
    search: 'Search by name',
    status: 'Status',
    allStatuses: 'All statuses',
    region: 'Region',
    allRegions: 'All regions',
    reset: 'Show all',
    noEvent: 'none recorded',
    /** Read after a sources count by screen readers: "3 sources cited on Kosovo's page". */
    sourcesFor: (name: string, count: number) => ` ${count === 1 ? 'source' : 'sources'} cited on ${name}’s page`,
    csv: 'Download these countries as CSV',
    json: 'every country as JSON',
    /** The file a download of some rows is saved as; the whole table is tracker.csv. */
    csvSelection: 'countries-selection.csv',
    notReported: `“${NOT_REPORTED.charAt(0).toUpperCase()}${NOT_REPORTED.slice(1)}” means the sources give no number; it never means zero.`,
  };
}

/** The tracker's title, on its page, in its embed and in its oEmbed answer. */
export function trackerTitle(_locale: Locale = 'en'): string {
  return 'The countries the United States asked to take its deportees, and where each stands';
}
