/**
 * The one list of charts the site publishes on their own: each chart's overview, each story
 * step's state and each country's timeline. Embeds, oEmbed answers and image files are all made
 * for exactly these, at addresses built from {@link imageKey}.
 */
import type { ChartState } from '../model/chartState';
import { stateKey } from '../model/chartState';
import type { SiteContent } from '../model/content';
import { CHART_IDS, type ChartId } from '../model/vocabulary';
import { everyStorySteps } from '../words/story';

export interface ChartTarget {
  chart: ChartId;
  /** null for the chart's overview; a story step's id or a country's slug otherwise. */
  key: string | null;
  state: ChartState;
  /** A story step's chart: it also has an image at 360 px, for the story read without JavaScript. */
  step?: boolean;
  /** The follow-up story (its slug) a step belongs to; undefined for the main story's steps and other charts. */
  story?: string;
}

/** `deportees`, `deportees/<step-id>`, `timeline/<slug>`: a target's path, without extension. */
export const imageKey = (chart: ChartId, key?: string | null): string => (key ? `${chart}/${key}` : chart);

/**
 * Every chart published on its own, overviews first, then the stories' steps, then each country's
 * timeline (a country with no dated event has none, as on its page). Two targets at one address
 * must show the same chart, and no address may also be another's newsletter image: either is an
 * error that names the step to rename.
 */
export function chartTargets(content: SiteContent): ChartTarget[] {
  const targets: ChartTarget[] = CHART_IDS.map((chart) => ({ chart, key: null, state: {} }));
  for (const { story, steps } of everyStorySteps(content)) {
    for (const step of steps) targets.push({ chart: step.chart, key: step.id, state: step.state, step: true, ...(story ? { story } : {}) });
  }
  for (const c of content.countries) if (content.eventsOf(c.slug).length) targets.push({ chart: 'timeline', key: c.slug, state: { country: c.slug } });
  const byPath = new Map<string, ChartTarget>();
  const unique: ChartTarget[] = [];
  for (const t of targets) {
    const path = imageKey(t.chart, t.key);
    const seen = byPath.get(path);
    if (!seen) {
      byPath.set(path, t);
      unique.push(t);
    } else if (stateKey(seen.state) !== stateKey(t.state)) {
      throw new Error(`Two different charts would be /images/${path}.png: rename the story step "${t.key}".`);
    }
  }
  for (const [path, t] of byPath) {
    if (byPath.has(`${path}-640`)) throw new Error(`/images/${path}-640.png would be both a newsletter image and a story step's card: rename the story step "${byPath.get(`${path}-640`)!.key}".`);
    if (t.step && byPath.has(`${path}-360`)) throw new Error(`/images/${path}-360.svg would be both a step's image for readers without JavaScript and a story step's drawing: rename the story step "${byPath.get(`${path}-360`)!.key}".`);
  }
  return unique;
}

/** The pages with an Open Graph image of their own: `index`, `sources`, `stories/<slug>`, `countries/<slug>`. */
export function ogPages(content: SiteContent): string[] {
  return ['index', 'sources', ...content.stories.map((s) => `stories/${s.slug}`), ...content.countries.map((c) => `countries/${c.slug}`)];
}
