/**
 * Every address the site publishes, as paths under the site's base path (`/` is the story,
 * `/#<step>` a step in it, `/stories/<slug>/#<step>` one in a follow-up), and where each old name of a renamed record now points. Other
 * newsrooms embed and link these addresses: data/published-urls.txt keeps the list, and the check
 * refuses a change that drops one without an alias (src/review/urls.ts).
 */
import { chartTargets, imageKey, ogPages } from '../figures/targets';
import type { SiteContent } from '../model/content';
import type { ChartId } from '../model/vocabulary';
import { everyStorySteps } from '../words/story';
import { ROBOTS, SITE_ICONS, SITEMAP_FILES } from './siteFiles';

/** An old address and the one it now leads to. */
export interface Redirect {
  from: string;
  to: string;
}

/** The files of each language's edition (under its prefix, `/es/updates.xml`), and those the site has once. */
const EDITION_FILES = [
  '/updates.xml', '/embed/tracker/', '/oembed/tracker.json', '/data/countries.csv', '/data/countries.json', '/data/events.csv', '/data/events.json', '/data/sources.json', '/data/tracker.csv', '/data/datapackage.json',
];
const SITE_FILES = ['/embed.js', ...SITE_ICONS.map((icon) => icon.path), ROBOTS, ...SITEMAP_FILES];

/** A story's page: `/` for the main story, `/stories/<slug>/` for a follow-up. */
export const storyPage = (slug?: string) => (slug ? `/stories/${slug}/` : '/');

/** `paths` in English, and again under each other edition's prefix: `/countries/` and `/es/countries/`. */
const inEditions = (paths: string[], editions: readonly string[]) => [...paths, ...editions.flatMap((l) => paths.map((p) => `/${l}${p}`))];

/**
 * The embed, oEmbed answer and image files of a chart target (see src/figures/targets.ts); a story
 * step's also its image at 360 px, which the story shows readers without JavaScript.
 */
const chartPaths = (chart: ChartId, key: string | null, step = false): string[] => {
  const path = imageKey(chart, key);
  return [`/embed/${path}/`, `/oembed/${path}.json`, `/images/${path}.svg`, ...(step ? [`/images/${path}-360.svg`] : []), `/images/${path}.png`, `/images/${path}-640.png`];
};

/**
 * Every published address, sorted: pages, fragments (steps, events, sources), files, embeds and
 * images, in English and in each of `editions` (the published languages besides English, `es`).
 */
export function publishedPaths(content: SiteContent, editions: readonly string[] = []): string[] {
  return [...new Set([
    ...inEditions([
      '/', '/stories/', '/countries/', '/events/', '/sources/', '/corrections/',
      ...content.stories.map((s) => storyPage(s.slug)),
      ...content.countries.map((c) => `/countries/${c.slug}/`),
      ...everyStorySteps(content).flatMap(({ story, steps }) => steps.map((s) => `${storyPage(story)}#${s.id}`)),
      ...content.events.map((e) => `/events/#event-${e.id}`),
      ...content.sources.map((s) => `/sources/#${s.id}`),
      ...EDITION_FILES,
      ...chartTargets(content).flatMap((t) => chartPaths(t.chart, t.key, t.step)),
      ...ogPages(content).map((page) => `/images/og/${page}.png`),
    ], editions),
    ...SITE_FILES,
  ])].sort();
}

/** Where every old name (a record's or a step's `aliases`) leads: each of its addresses to the new one's, in every edition built. */
export function aliasRedirects(content: SiteContent, editions: readonly string[] = []): Redirect[] {
  const redirects: Redirect[] = [];
  const add = (from: string[], to: string[]) => {
    const targets = inEditions(to, editions);
    inEditions(from, editions).forEach((f, i) => redirects.push({ from: f, to: targets[i] }));
  };
  for (const c of content.countries) {
    for (const old of c.aliases) {
      add([`/countries/${old}/`, `/images/og/countries/${old}.png`], [`/countries/${c.slug}/`, `/images/og/countries/${c.slug}.png`]);
      // A country with dated events has a timeline of its own, under its slug.
      if (content.eventsOf(c.slug).length) add(chartPaths('timeline', old), chartPaths('timeline', c.slug));
    }
  }
  for (const e of content.events) for (const old of e.aliases) add([`/events/#event-${old}`], [`/events/#event-${e.id}`]);
  for (const s of content.sources) for (const old of s.aliases) add([`/sources/#${old}`], [`/sources/#${s.id}`]);
  for (const { story, steps } of everyStorySteps(content)) {
    const page = storyPage(story);
    for (const step of steps) {
      for (const old of step.aliases) add([`${page}#${old}`, ...chartPaths(step.chart, old, true)], [`${page}#${step.id}`, ...chartPaths(step.chart, step.id, true)]);
    }
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
