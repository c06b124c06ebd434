/**
 * The one reading of a chart state's country filters, for every chart: which countries it shows.
 */
import { chartState, type ChartState } from '../model/chartState';
import type { ChartId, Status } from '../model/vocabulary';

/**
 * Whether a country is in view: `country` keeps only that one, `countries` only those,
 * `statuses` only countries with those statuses (a country of unknown status is then left out);
 * an unset or empty filter keeps every country. Only the settings `chart` uses count
 * (CHART_SETTINGS in src/model/chartState.ts): the map, for one, ignores `country` and `countries`.
 * `highlight` never filters: the charts mute the other countries instead.
 */
export function countryFilter(chart: ChartId, fullState: ChartState): (country: { slug: string; status?: Status }) => boolean {
  const state = chartState(chart, fullState);
  const only = state.countries?.length ? new Set(state.countries) : null;
  const statuses = state.statuses?.length ? new Set<string>(state.statuses) : null;
  return (c) => (state.country === undefined || c.slug === state.country)
    && (!only || only.has(c.slug))
    && (!statuses || (c.status !== undefined && statuses.has(c.status)));
}
