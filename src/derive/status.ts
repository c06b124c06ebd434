/**
 * Rows for the `status` chart: every country as a named unit, grouped by where its negotiation
 * stands (strongest commitment first) and, inside a group, by region.
 */
import type { ChartState } from '../model/chartState';
import type { Country } from '../model/schema';
import { countryFilter } from './filter';
import { REGIONS, STATUSES, type Region, type Status } from '../model/vocabulary';

export interface StatusGroup {
  status: Status;
  label: string;
  meaning: string;
  countries: { slug: string; name: string; region: Region }[];
}

const regionOrder = Object.keys(REGIONS) as Region[];

/** Groups countries by status, in the vocabulary's order; the state's country filters (./filter.ts) apply. */
export function statusGroups(countries: Country[], state: ChartState = {}): StatusGroup[] {
  const shown = countryFilter('status', state);
  return (Object.keys(STATUSES) as Status[])
    .map((status) => ({
      status,
      label: STATUSES[status].label,
      meaning: STATUSES[status].meaning,
      countries: countries
        .filter((c) => c.status === status && shown(c))
        .map(({ slug, name, region }) => ({ slug, name, region }))
        .sort((a, b) => regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region) || a.name.localeCompare(b.name, 'en')),
    }))
    .filter((g) => g.countries.length > 0);
}
