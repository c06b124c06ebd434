/**
 * The rows behind /data/*.csv and /data/*.json, built from validated records (their columns
 * and the CSV format are in src/publish/csv.ts). Unknown is null, never 0.
 */
import { comparePartialDates } from '../model/dates';
import type { Country, CountryFigure, Event, Source } from '../model/schema';

/** One record as a flat row: what a CSV line or a JSON object holds. */
export type Row = Record<string, string | number | boolean | null | string[]>;

/** The figures with a fixed meaning, each in columns of its own. */
export const MAIN_FIGURES = ['received', 'returned', 'pledged'] as const;

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

/** Every source a country cites, in its own list, its figures and its quotes (a source may come more than once). */
export const countrySourceIds = (c: Country): string[] =>
  [...c.sources, ...Object.values(c.figures).flatMap((f) => f.sources), ...c.quotes.map((q) => q.source)];

/** Every source an event cites, in its own list and its quotes (a source may come more than once). */
export const eventSourceIds = (e: Event): string[] => [...e.sources, ...e.quotes.map((q) => q.source)];

/** Which records cite each source. */
export function citations(countries: Country[], events: Event[], sources: Source[]) {
  const index = new Map<string, { countries: string[]; events: string[]; sources: string[] }>();
  const entry = (id: string) => {
    if (!index.has(id)) index.set(id, { countries: [], events: [], sources: [] });
    return index.get(id)!;
  };
  const add = (list: string[], id: string) => { if (!list.includes(id)) list.push(id); };
  for (const c of countries) {
    for (const id of countrySourceIds(c)) add(entry(id).countries, c.slug);
  }
  for (const e of sortEvents(events)) for (const id of eventSourceIds(e)) add(entry(id).events, e.id);
  for (const s of sources) if (s.reported_in) add(entry(s.reported_in).sources, s.id);
  return index;
}
