/**
 * Rows for the `status` chart: every country as a named unit, grouped by where its negotiation
 * stands (strongest commitment first) and, inside a group, by region.
 */
import type { ChartState } from '../model/chartState';
import type { Country } from '../model/schema';
import { REGIONS, STATUSES, type Region, type Status } from '../model/vocabulary';

export interface StatusGroup {
  status: Status;
  label: string;
  meaning: string;
  countries: { slug: string; name: string; region: Region }[];
}

const regionOrder = Object.keys(REGIONS) as Region[];

/** Groups countries by status, in the vocabulary's order; `state.statuses` keeps only some groups. */
export function statusGroups(countries: Country[], state: ChartState = {}): StatusGroup[] {
  return (Object.keys(STATUSES) as Status[])
    .filter((status) => !state.statuses?.length || state.statuses.includes(status))
    .map((status) => ({
      status,
      label: STATUSES[status].label,
      meaning: STATUSES[status].meaning,
      countries: countries
        .filter((c) => c.status === status && (!state.countries?.length || state.countries.includes(c.slug)))
        .map(({ slug, name, region }) => ({ slug, name, region }))
        .sort((a, b) => regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region) || a.name.localeCompare(b.name, 'en')),
    }))
    .filter((g) => g.countries.length > 0);
}

/** The main values in words. */
export function describeStatus(groups: StatusGroup[]): string {
  const total = groups.reduce((n, g) => n + g.countries.length, 0);
  const parts = groups.map((g) => `${g.label.toLowerCase()}: ${g.countries.map((c) => c.name).join(', ')}`);
  return `${total} countries by where their talks with the United States stand. ${parts.join('; ')}.`;
}

/** The data behind the chart. */
export function statusTable(groups: StatusGroup[]) {
  return {
    columns: ['Country', 'Region', 'Status'],
    rows: groups.flatMap((g) => g.countries.map((c) => ({ key: c.slug, cells: [c.name, REGIONS[c.region].label, g.label] }))),
  };
}
