/**
 * The data contract: the rows behind /data/*.csv and /data/*.json, built from validated records.
 * Unknown is empty (CSV) or null (JSON), never 0.
 */
import { csvFormatRow } from 'd3-dsv';
import { comparePartialDates } from '../model/dates';
import type { Country, CountryFigure, Event, Source } from '../model/schema';

export type Row = Record<string, string | number | boolean | null | string[]>;

/** A column of a CSV file, as described in datapackage.json. */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
}

const MAIN_FIGURES = ['received', 'returned', 'pledged'] as const;

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

function figureColumns(id: string, f: CountryFigure | undefined): Row {
  return {
    [id]: f ? f.value : null,
    [`${id}_approx`]: f ? f.approx : null,
    [`${id}_qualifier`]: f?.qualifier ?? null,
    [`${id}_as_of`]: f ? f.as_of.text : null,
  };
}

/** Countries in name order, one flat row each, with the main figures. */
export function countryRows(countries: Country[]): Row[] {
  return [...countries]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((c) => ({
      slug: c.slug,
      name: c.name,
      iso3: c.iso3,
      region: c.region,
      status: c.status,
      ...MAIN_FIGURES.reduce<Row>((row, id) => ({ ...row, ...figureColumns(id, c.figures[id]) }), {}),
      sources: c.sources,
    }));
}

/** Countries for countries.json: the flat columns plus every figure in full. */
export function countryRecords(countries: Country[]) {
  const bySlug = new Map(countries.map((c) => [c.slug, c]));
  return countryRows(countries).map((row) => {
    const c = bySlug.get(row.slug as string)!;
    const figures = Object.fromEntries(
      Object.entries(c.figures).map(([id, f]) => [id, { ...f, as_of: f.as_of.text, qualifier: f.qualifier ?? null }]),
    );
    return { ...row, figures };
  });
}

/** Events in date order. */
export function sortEvents(events: Event[]): Event[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Events in date order, one flat row each. */
export function eventRows(events: Event[]): Row[] {
  return sortEvents(events).map((e) => ({
    id: e.id,
    date: e.date.text,
    date_precision: e.date.precision,
    date_start: e.date.start,
    date_end: e.date.end,
    countries: e.countries,
    type: e.type,
    title: e.title,
    sources: e.sources,
  }));
}

/** Events for events.json: the flat columns plus figures, quotes and the Markdown summary. */
export function eventRecords(events: Event[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  return eventRows(events).map((row) => {
    const e = byId.get(row.id as string)!;
    return { ...row, figures: e.figures.map((f) => ({ ...f, qualifier: f.qualifier ?? null })), quotes: e.quotes, summary: e.body.trim() };
  });
}

/** Sources for sources.json, in id order. */
export function sourceRecords(sources: Source[]) {
  return [...sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, kind: s.kind,
      date: s.date?.text ?? null, date_start: s.date?.start ?? null, date_end: s.date?.end ?? null,
      url: s.url ?? null, reported_in: s.reported_in ?? null, author: s.author ?? null, notes: s.notes ?? null,
    }));
}

function cell(value: Row[string]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/** RFC 4180 CSV: a header line, CRLF line ends, quoting where needed. */
export function toCsv(rows: Row[], columns: Column[]): string {
  const lines = [csvFormatRow(columns.map((c) => c.name))];
  for (const row of rows) lines.push(csvFormatRow(columns.map((c) => cell(row[c.name] ?? null))));
  return `${lines.join('\r\n')}\r\n`;
}

/** Which records cite each source. */
export function citations(countries: Country[], events: Event[], sources: Source[]) {
  const index = new Map<string, { countries: string[]; events: string[]; sources: string[] }>();
  const entry = (id: string) => {
    if (!index.has(id)) index.set(id, { countries: [], events: [], sources: [] });
    return index.get(id)!;
  };
  const add = (list: string[], id: string) => { if (!list.includes(id)) list.push(id); };
  for (const c of countries) {
    const ids = [...c.sources, ...Object.values(c.figures).flatMap((f) => f.sources), ...c.quotes.map((q) => q.source)];
    for (const id of ids) add(entry(id).countries, c.slug);
  }
  for (const e of sortEvents(events)) for (const id of [...e.sources, ...e.quotes.map((q) => q.source)]) add(entry(id).events, e.id);
  for (const s of sources) if (s.reported_in) add(entry(s.reported_in).sources, s.id);
  return index;
}
