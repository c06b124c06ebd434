/**
 * What a chart shows: the story's steps, country pages and embeds all set charts through a state.
 * A state is data (plain strings), so the same state names the same drawing everywhere.
 */
import type { EventType, Status } from './vocabulary';

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
