/**
 * The one door to astro:content. Pages get plain typed records from here, never Astro entries.
 * In `astro dev` the records are read and validated from the files on every request, so an
 * invalid record is answered with the check's report (src/site/devProblems.ts) instead of a page
 * with the entry missing, and a page never sees the loader's store half-way through an update.
 */
import { getCollection } from 'astro:content';
import { siteContent } from '../derive/siteContent';
import { formatReport, loadContent } from '../validation/load';
import type { ContentIssue } from '../validation/recordFile';
import type { SiteContent } from '../model/content';
import type { Country, Event, Source } from '../model/schema';
import { contentRoot } from './root';

let cached: Promise<SiteContent> | undefined;

/** Invalid content, met in `astro dev`: the problems `npm run check` would print. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(formatReport(issues));
    this.name = 'ContentError';
  }
}

/** The records' problems, read afresh from the files (for `astro dev`). */
export function contentProblems(): ContentIssue[] {
  return loadContent(contentRoot()).issues;
}

async function read(): Promise<SiteContent> {
  const [countryEntries, eventEntries, sourceEntries, storyEntries] = await Promise.all([
    getCollection('countries'), getCollection('events'), getCollection('sources'), getCollection('story'),
  ]);
  const storyEntry = storyEntries.find((e) => e.id === 'index');
  if (!storyEntry) throw new Error('content/story/index.md is missing');
  return siteContent({
    story: { ...storyEntry.data, body: storyEntry.body ?? '' },
    countries: countryEntries.map((e): Country => ({ ...e.data, slug: e.id, body: e.body ?? '' })),
    events: eventEntries.map((e): Event => ({ ...e.data, id: e.id, body: e.body ?? '' })),
    sources: sourceEntries.map((e): Source => ({ ...e.data, id: e.id })),
  });
}

/**
 * In `astro dev`: the records as the files say now, read on every request as `npm run check` reads
 * them, so a page never waits for the content store to catch up with a save; or the problems that
 * stop them.
 */
function readFiles(): SiteContent {
  const result = loadContent(contentRoot());
  if (result.issues.length || !result.story) throw new ContentError(result.issues);
  return siteContent({ ...result, story: result.story });
}

/** All validated content, ready for pages. */
export async function getContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return readFiles();
  cached ??= read();
  return cached;
}

/**
 * A page's getStaticPaths over the content. In `astro dev`, invalid content has no paths: the
 * address then falls to the 404 page, which the middleware answers with the problems like any other.
 */
export async function staticPaths<T>(paths: (content: SiteContent) => T[] | Promise<T[]>): Promise<T[]> {
  let content: SiteContent;
  try {
    content = await getContent();
  } catch (e) {
    if (e instanceof ContentError) return [];
    throw e;
  }
  return paths(content);
}
