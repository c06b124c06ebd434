/**
 * Rows for the `deportees` chart: per country, what it received, how many of those returned
 * home, and what it pledged. Countries with no number are listed as such, never as zero.
 * The words for them are in src/words/deportees.ts.
 */
import type { ChartState } from '../model/chartState';
import type { Country, CountryFigure } from '../model/schema';
import type { Status } from '../model/vocabulary';
import { countryFilter } from './filter';

/** A figure as the chart needs it: its value and how vague the source is (words/format.ts writes it out). */
export type Measure = Pick<CountryFigure, 'value' | 'unit' | 'approx' | 'qualifier'>;

export interface DeporteeRow {
  slug: string;
  name: string;
  status: Status;
  received?: Measure;
  returned?: Measure;
  pledged?: Measure;
}

export interface DeporteeRows {
  /** Countries with at least one number, largest first. */
  known: DeporteeRow[];
  /** Countries named in the story with no number reported, by name. */
  unknown: { slug: string; name: string; status: Status }[];
}

const measure = (f: CountryFigure | undefined): Measure | undefined =>
  f && { value: f.value, unit: f.unit, approx: f.approx, qualifier: f.qualifier };

const size = (row: DeporteeRow) => Math.max(row.received?.value ?? 0, row.pledged?.value ?? 0);

/** Shapes countries into chart rows; the state's country filters (./filter.ts) apply. */
export function deporteeRows(countries: Country[], state: ChartState = {}): DeporteeRows {
  const shown = countries.filter(countryFilter('deportees', state));
  const rows: DeporteeRow[] = shown.map((c) => ({
    slug: c.slug,
    name: c.name,
    status: c.status,
    received: measure(c.figures.received),
    returned: measure(c.figures.returned),
    pledged: measure(c.figures.pledged),
  }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
  return {
    known: rows.filter((r) => r.received || r.pledged).sort((a, b) => Number(Boolean(b.received)) - Number(Boolean(a.received)) || size(b) - size(a) || byName(a, b)),
    unknown: rows.filter((r) => !r.received && !r.pledged).map(({ slug, name, status }) => ({ slug, name, status })).sort(byName),
  };
}
