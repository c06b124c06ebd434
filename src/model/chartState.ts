/**
 * What a chart shows: the story's steps, country pages and embeds all set charts through a state.
 * A state is data (plain strings), so the same state names the same drawing everywhere.
 */
import type { ChartId, EventType, Status } from './vocabulary';

export interface ChartState {
  /** Country slugs drawn with emphasis; the others recede. */
  highlight?: string[];
  /** One country only (the timeline draws its single lane, for the country's page). */
  country?: string;
  /** Only these countries: the timeline's lanes, the deportees' rows, the status chips. */
  countries?: string[];
  /** First day shown, `YYYY-MM-DD`. */
  from?: string;
  /** Last day shown, `YYYY-MM-DD`. */
  to?: string;
  /** Only countries with these statuses. */
  statuses?: Status[];
  /** Only events of these types. */
  types?: EventType[];
}

/**
 * A state as text, keys sorted and unset keys left out, so that equal states share one drawing
 * (and one set of rows), and two states compare by what they say.
 */
export function stateKey(state: ChartState): string {
  const keys = (Object.keys(state) as (keyof ChartState)[]).filter((k) => state[k] !== undefined).sort();
  return JSON.stringify(keys.map((k) => [k, state[k]]));
}

/** A setting of a chart's state, as a story step writes it: `highlight=…`, `from=…`. */
export type ChartSetting = keyof ChartState;

/**
 * The settings each chart uses, declared once: the check refuses a step that sets any other, the
 * chart catalogue (src/figures/registry.ts) hands each chart only these, and the rows of each
 * chart (src/derive/) read no other.
 */
export const CHART_SETTINGS = {
  deportees: ['highlight', 'countries', 'statuses'],
  timeline: ['highlight', 'country', 'countries', 'from', 'to', 'statuses', 'types'],
  map: ['highlight', 'statuses'],
  status: ['highlight', 'countries', 'statuses'],
} as const satisfies Record<ChartId, readonly ChartSetting[]>;

/** The part of a state that `chart` uses: the same drawing, whatever else the state says. */
export function chartState(chart: ChartId, state: ChartState): ChartState {
  const uses: readonly ChartSetting[] = CHART_SETTINGS[chart];
  return Object.fromEntries(Object.entries(state).filter(([key]) => uses.includes(key as ChartSetting))) as ChartState;
}
