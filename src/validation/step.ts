/**
 * A story step's settings, `:::step{#id chart=… …}`: its id, its chart, and the state it sets,
 * checked against the records and against the settings the chart uses (CHART_SETTINGS), each
 * problem at the column where its setting is written.
 */
import { CHART_SETTINGS, type ChartSetting, type ChartState } from '../model/chartState';
import { DateError, parsePartialDate } from '../model/dates';
import { CHART_IDS, EVENT_TYPES, STATUSES, type ChartId, type EventType, type Status } from '../model/vocabulary';
import { suggest } from './messages';

export interface Step {
  id: string;
  chart: ChartId;
  state: ChartState;
  /** The step's old ids: links to them still open this step. */
  aliases: string[];
}

/** Attributes a step may carry, besides its #id. */
export const STEP_ATTRIBUTES = ['chart', 'highlight', 'country', 'countries', 'from', 'to', 'statuses', 'types', 'aliases'] as const;

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids the story page already uses; a step may not take them. */
const PAGE_IDS = ['main', 'countries-heading', 'timeline-heading', 'method-heading', 'notes-heading', 'follow-ups-heading'];
/** How the check names each chart in a sentence. */
const CHART_NAMES: Record<ChartId, string> = { deportees: 'the deportees chart', timeline: 'the timeline', map: 'the map', status: 'the status chart' };

/**
 * The column (1-based) at which each setting of a directive's `{…}` starts on its line: `#id` is
 * `id`, `.name` is `class`. remark-directive keeps only the directive's own position.
 */
export function settingColumns(line: string, from: number): Map<string, number> {
  const columns = new Map<string, number>();
  let i = line.indexOf('{', from);
  if (i < 0) return columns;
  const end = (stop: RegExp) => {
    while (i < line.length && !stop.test(line[i])) i++;
  };
  for (i++; i < line.length && line[i] !== '}';) {
    if (/\s/.test(line[i])) {
      i++;
      continue;
    }
    const start = i;
    const mark = line[i] === '#' ? 'id' : line[i] === '.' ? 'class' : '';
    if (mark) i++;
    end(/[\s=}]/);
    const key = mark || line.slice(start, i);
    if (line[i] === '=') {
      const quote = line[++i];
      if (quote === '"' || quote === "'") {
        i = line.indexOf(quote, i + 1);
        i = i < 0 ? line.length : i + 1;
      } else end(/[\s}]/);
    }
    if (!columns.has(key)) columns.set(key, start + 1);
  }
  return columns;
}

/** Splits a comma-separated attribute. */
const listOf = (value: string | null | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export interface StepChecks {
  /** Reports a problem with a setting (undefined: the step as a whole) under a field name. */
  report: (setting: string | undefined, field: string, message: string) => void;
  /** Whether a country file exists; reports it when not. */
  country: (setting: string, field: string, slug: string) => boolean;
  /** The ids already taken: headings' (with their text), countries' and earlier steps'. */
  headingIds: Map<string, string>;
  isCountry: (slug: string) => boolean;
  stepIds: Set<string>;
}

/** Checks one step's attributes; returns the step, or undefined when it has a problem. */
export function checkStep(attrs: Record<string, string | null | undefined>, checks: StepChecks): Step | undefined {
  const { report } = checks;
  let ok = true;
  const fail = (setting: string | undefined, field: string, message: string) => {
    report(setting, field, message);
    ok = false;
  };
  const id = attrs.id ?? '';
  if (!id) fail(undefined, 'step', 'expected an id for the step, written {#some-id …}, used in links to it; found none');
  else if (!STEP_ID.test(id)) fail('id', 'step', `expected a step id of lowercase words joined by hyphens, found "${id}"`);
  else if (checks.headingIds.has(id)) fail('id', `step #${id}`, `expected an id no heading has, found "${id}", the id of the heading "${checks.headingIds.get(id)}": choose another`);
  // Country timelines are embedded at /embed/timeline/<slug>/; step states sit beside them.
  else if (checks.isCountry(id)) fail('id', `step #${id}`, `expected an id that is not a country's slug, found "${id}": try "${id}-talks" or similar`);
  else if (PAGE_IDS.includes(id)) fail('id', `step #${id}`, `expected an id the page does not use already, found "${id}": choose another`);
  else if (checks.stepIds.has(id)) fail('id', `step #${id}`, `expected an id no other step has, found "${id}" twice`);
  checks.stepIds.add(id);
  const where = `step #${id || '?'}`;
  for (const key of Object.keys(attrs)) {
    if (key === 'id' || key === 'class' || (STEP_ATTRIBUTES as readonly string[]).includes(key)) continue;
    const guess = suggest(key, STEP_ATTRIBUTES);
    fail(key, where, `"${key}" is not a step setting${guess ? ` (did you mean "${guess}"?)` : `: expected ${STEP_ATTRIBUTES.join(', ')}`}`);
  }
  const chart = attrs.chart ?? '';
  const known = (CHART_IDS as readonly string[]).includes(chart);
  if (!known) {
    const guess = suggest(chart, CHART_IDS);
    fail(chart ? 'chart' : undefined, `${where} chart`, `expected one of ${CHART_IDS.join(', ')}, found ${chart ? `"${chart}"` : 'nothing'}${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
  // A setting the chart does not use is refused, so that no step says more than its chart shows.
  const uses = (key: ChartSetting): boolean => {
    if (!attrs[key] || !known) return Boolean(attrs[key]);
    const allowed: readonly ChartSetting[] = CHART_SETTINGS[chart as ChartId];
    if (allowed.includes(key)) return true;
    fail(key, `${where} ${key}`, `${CHART_NAMES[chart as ChartId]} does not use "${key}"; a ${chart} step may set ${allowed.join(', ')}`);
    return false;
  };
  const state: ChartState = {};
  for (const key of ['highlight', 'countries'] as const) {
    const slugs = uses(key) ? listOf(attrs[key]) : [];
    if (!slugs.length) continue;
    if (slugs.every((slug) => checks.country(key, `${where} ${key}`, slug))) state[key] = slugs;
    else ok = false;
  }
  if (uses('country')) {
    if (checks.country('country', `${where} country`, attrs.country!)) state.country = attrs.country!;
    else ok = false;
  }
  for (const key of ['from', 'to'] as const) {
    if (!uses(key)) continue;
    try {
      const date = parsePartialDate(attrs[key]!);
      state[key] = key === 'from' ? date.start : date.end;
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      fail(key, `${where} ${key}`, e.message);
    }
  }
  if (state.from && state.to && state.from > state.to) {
    fail('from', `${where} from`, `expected "from" to come before "to", found ${attrs.from} after ${attrs.to}`);
  }
  const words = <W extends string>(key: 'statuses' | 'types', allowed: Record<W, unknown>): W[] | undefined => {
    const list = uses(key) ? listOf(attrs[key]) : [];
    const bad = list.filter((w) => !Object.hasOwn(allowed, w));
    for (const w of bad) {
      const guess = suggest(w, Object.keys(allowed));
      fail(key, `${where} ${key}`, `expected one of ${Object.keys(allowed).join(', ')}, found "${w}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    return list.length && !bad.length ? (list as W[]) : undefined;
  };
  const statuses = words<Status>('statuses', STATUSES);
  if (statuses) state.statuses = statuses;
  const types = words<EventType>('types', EVENT_TYPES);
  if (types) state.types = types;
  const aliases = listOf(attrs.aliases);
  for (const alias of aliases.filter((a) => !STEP_ID.test(a) || checks.isCountry(a) || checks.headingIds.has(a) || PAGE_IDS.includes(a))) {
    fail('aliases', `${where} aliases`, `expected an old step id of lowercase words joined by hyphens that the page uses for nothing else, found "${alias}"`);
  }
  return ok ? { id, chart: chart as ChartId, state, aliases } : undefined;
}
