/**
 * The data contract of /data/*.csv: each file's columns, with the types and descriptions
 * datapackage.json publishes, and RFC 4180 CSV. Unknown is an empty cell, never 0.
 */
import { csvFormatRow } from 'd3-dsv';
import { MAIN_FIGURES, type Row } from '../derive/dataset';

/** A column of a CSV file, as described in datapackage.json. */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
}


export const COUNTRY_COLUMNS: Column[] = [
  { name: 'slug', type: 'string', description: 'Identifier of the country in this dataset; its page is /countries/<slug>/' },
  { name: 'name', type: 'string', description: 'Country name in English' },
  { name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 code (XKX for Kosovo, a user-assigned code)' },
  { name: 'region', type: 'string', description: 'Region as the story groups countries' },
  { name: 'status', type: 'string', description: 'Where the negotiation with the United States stands (see the README\'s vocabulary)' },
  ...MAIN_FIGURES.flatMap((id): Column[] => [
    { name: id, type: 'integer', description: `Number of people ${id === 'received' ? 'received from the United States who are not citizens of the country' : id === 'returned' ? 'of those received who have returned to their countries of origin' : 'the country has said it would take'}; empty when unknown` },
    { name: `${id}_approx`, type: 'boolean', description: `true when the source gives the ${id} figure vaguely ("about", "up to"); empty when unknown` },
    { name: `${id}_qualifier`, type: 'string', description: `How the source qualifies a vague ${id} figure: about, nearly, up to, at least, more than` },
    { name: `${id}_as_of`, type: 'string', description: `Date the ${id} figure is as of, as written (YYYY-MM-DD, YYYY-MM, or YYYY-MM early|mid|late)` },
  ]),
  { name: 'sources', type: 'string', description: 'Ids of the sources the record cites, separated by "; " (see sources.json)' },
];

/** /data/tracker.csv, and the CSV a reader downloads from the tracker: a country's columns, then the tracker's own. */
export const TRACKER_COLUMNS: Column[] = [
  ...COUNTRY_COLUMNS,
  { name: 'latest_event', type: 'string', description: 'Id of the country\'s latest event (see events.csv); empty when it has none' },
  { name: 'latest_event_date', type: 'string', description: 'Date of the latest event, as written' },
  { name: 'latest_event_title', type: 'string', description: 'Headline of the latest event' },
  { name: 'sources_cited', type: 'integer', description: 'How many sources the country\'s page cites: its record\'s, its figures\' and quotes\', its events\'' },
];

export const EVENT_COLUMNS: Column[] = [
  { name: 'id', type: 'string', description: 'Identifier of the event: its file name' },
  { name: 'date', type: 'string', description: 'The date as written: YYYY-MM-DD, YYYY-MM, YYYY-MM early|mid|late, or a span A/B' },
  { name: 'date_precision', type: 'string', description: 'day, month, early, mid, late (thirds of the month) or span' },
  { name: 'date_start', type: 'date', description: 'First day the date can mean' },
  { name: 'date_end', type: 'date', description: 'Last day the date can mean' },
  { name: 'countries', type: 'string', description: 'Slugs of the countries involved, separated by "; "' },
  { name: 'type', type: 'string', description: 'What happened (see the README\'s vocabulary)' },
  { name: 'title', type: 'string', description: 'Headline of the event' },
  { name: 'sources', type: 'string', description: 'Ids of the sources, separated by "; " (see sources.json)' },
];

function cell(value: Row[string]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** The header line of a CSV file with these columns. */
export function csvHeader(columns: Column[]): string {
  return csvFormatRow(columns.map((c) => c.name));
}

/** One row as a CSV line (no line end), quoted where needed. */
export function csvLine(row: Row, columns: Column[]): string {
  return csvFormatRow(columns.map((c) => cell(row[c.name] ?? null)));
}

/** RFC 4180 CSV: a header line, CRLF line ends, quoting where needed. */
export function toCsv(rows: Row[], columns: Column[]): string {
  const lines = [csvHeader(columns), ...rows.map((row) => csvLine(row, columns))];
  return `${lines.join('\r\n')}\r\n`;
}

