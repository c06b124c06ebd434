/**
 * The country tracker's words: its columns and what sorting each one means, its cells (a vague
 * figure keeps "about" or "up to", an unknown one reads "not reported") and the count of what is shown.
 */
import { MAIN_FIGURES } from '../derive/dataset';
import type { MainFigure, TrackerRow } from '../derive/tracker';
import { REGIONS, STATUS_ORDER } from '../model/vocabulary';
import { formatValue } from './format';
import type { Locale } from './locale';
import { message } from './messages';

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

/** Sorting in each direction, by what a column holds. */
const byText = (locale: Locale) => ({ kind: 'text', first: 'ascending', ascending: message(locale, 'tracker.sort.aToZ'), descending: message(locale, 'tracker.sort.zToA'), numeric: false }) as const;
const byNumber = (locale: Locale) => ({ kind: 'number', first: 'descending', ascending: message(locale, 'tracker.sort.smallest'), descending: message(locale, 'tracker.sort.largest'), numeric: true }) as const;

/** The tracker's columns, in the order the table shows them. */
export function trackerColumns(locale: Locale = 'en'): TrackerColumn[] {
  const label = (id: TrackerColumn['id']) => message(locale, `tracker.column.${id}`);
  return [
    { id: 'name', label: label('name'), ...byText(locale) },
    { id: 'status', label: label('status'), kind: 'rank', first: 'ascending', ascending: message(locale, 'tracker.sort.strongest'), descending: message(locale, 'tracker.sort.weakest'), numeric: false },
    { id: 'region', label: label('region'), ...byText(locale) },
    ...MAIN_FIGURES.map((id) => ({ id, label: label(id), ...byNumber(locale) })),
    { id: 'latest', label: label('latest'), kind: 'date', first: 'descending', ascending: message(locale, 'tracker.sort.oldest'), descending: message(locale, 'tracker.sort.newest'), numeric: false },
    { id: 'sources', label: label('sources'), ...byNumber(locale) },
  ];
}

/** A main figure as the tracker shows it: "about 300", "up to 50", or null when not reported. */
export function trackerFigure(row: TrackerRow, id: MainFigure, locale: Locale = 'en'): string | null {
  const f = row.figures[id];
  return f ? formatValue(f, locale) : null;
}

/** The value a column sorts by, written into the cell; null (no value) sorts last either way. */
export function sortValue(row: TrackerRow, id: TrackerColumn['id'], locale: Locale = 'en'): string | null {
  switch (id) {
    case 'name': return row.name;
    case 'status': return String(STATUS_ORDER.indexOf(row.status));
    case 'region': return message(locale, `region.${row.region}`);
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
export function trackerFilters(rows: readonly TrackerRow[], locale: Locale = 'en') {
  return {
    statuses: STATUS_ORDER.filter((id) => rows.some((r) => r.status === id)).map((id) => ({ id, label: message(locale, `status.${id}`) })),
    regions: (Object.keys(REGIONS) as (keyof typeof REGIONS)[])
      .filter((id) => rows.some((r) => r.region === id))
      .map((id) => ({ id, label: message(locale, `region.${id}`) })),
  };
}

/**
 * The count of what is shown, as templates the browser fills in ({shown}, {column}, {direction});
 * `first` is the sentence a reader sees before any change, with or without JavaScript.
 */
export function trackerCount(total: number, locale: Locale = 'en') {
  const sorted = message(locale, 'tracker.sorted', { column: '{column}', direction: '{direction}' });
  const status = trackerColumns(locale).find((c) => c.id === 'status')!;
  const all = message(locale, 'tracker.all', { total });
  return {
    all,
    some: message(locale, 'tracker.some', { shown: '{shown}', total }),
    none: message(locale, 'tracker.none', { total }),
    sorted,
    first: message(locale, 'tracker.first', { all, sorted: message(locale, 'tracker.sorted', { column: status.label.toLowerCase(), direction: status.ascending }) }),
  };
}

/** The words of the tracker's controls, links and empty cells. */
export function trackerControls(locale: Locale = 'en') {
  return {
    search: message(locale, 'tracker.search'),
    status: message(locale, 'tracker.column.status'),
    allStatuses: message(locale, 'tracker.allStatuses'),
    region: message(locale, 'tracker.column.region'),
    allRegions: message(locale, 'tracker.allRegions'),
    reset: message(locale, 'tracker.reset'),
    noEvent: message(locale, 'tracker.noEvent'),
    /** Read after a sources count by screen readers: "3 sources cited on Kosovo's page". */
    sourcesFor: (name: string, count: number) => message(locale, 'tracker.sourcesFor', { name, count }),
    csv: message(locale, 'tracker.csv'),
    json: message(locale, 'tracker.json'),
    /** The file a download of some rows is saved as; the whole table is tracker.csv. */
    csvSelection: message(locale, 'tracker.csvSelection'),
    notReported: message(locale, 'tracker.notReported'),
  };
}

/** The tracker's title, on its page, in its embed and in its oEmbed answer. */
export function trackerTitle(locale: Locale = 'en'): string {
  return message(locale, 'tracker.title');
}
