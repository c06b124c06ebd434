/**
 * Rows for the `deportees` chart: per country, what it received, how many of those returned
 * home, and what it pledged. Countries with no number are listed as such, never as zero.
 */
import type { ChartState } from '../model/chartState';
import type { Country, CountryFigure } from '../model/schema';
import type { Status } from '../model/vocabulary';
import { formatValue } from '../words/format';

export interface Measure {
  value: number;
  /** As a reader sees it: "about 300", "up to 50". */
  label: string;
  approx: boolean;
}

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
  f && { value: f.value, label: formatValue(f), approx: f.approx };

const size = (row: DeporteeRow) => Math.max(row.received?.value ?? 0, row.pledged?.value ?? 0);

/** Shapes countries into chart rows; `state.statuses` and `state.country` filter them. */
export function deporteeRows(countries: Country[], state: ChartState = {}): DeporteeRows {
  const shown = countries.filter((c) =>
    (!state.statuses?.length || state.statuses.includes(c.status)) && (!state.country || c.slug === state.country)
    && (!state.countries?.length || state.countries.includes(c.slug)));
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

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The main values in words, for the chart's description. */
export function describeDeportees(rows: DeporteeRows): string {
  const received = rows.known.filter((r) => r.received).map((r) =>
    `${r.name} ${r.received!.label}${r.returned ? ` (${r.returned.label} of whom have returned home)` : ''}`);
  const pledged = rows.known.filter((r) => r.pledged).map((r) => `${r.name} ${r.pledged!.label}`);
  const parts: string[] = [];
  if (received.length) parts.push(`Deportees received: ${list(received)}.`);
  if (pledged.length) parts.push(`Pledged to take: ${list(pledged)}.`);
  if (rows.unknown.length) parts.push(`No number is reported for ${rows.unknown.length} other ${rows.unknown.length === 1 ? 'country' : 'countries'}.`);
  return parts.join(' ');
}

/** The data behind the chart, as a table. */
export function deporteesTable(rows: DeporteeRows) {
  const cell = (m?: Measure) => m?.label ?? 'not reported';
  return {
    columns: ['Country', 'Received', 'Returned home', 'Pledged'],
    numeric: [false, true, true, true],
    rows: [...rows.known, ...rows.unknown].map((r) => ({
      key: r.slug,
      cells: [r.name, cell((r as DeporteeRow).received), cell((r as DeporteeRow).returned), cell((r as DeporteeRow).pledged)],
    })),
  };
}
