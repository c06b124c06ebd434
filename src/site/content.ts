/**
 * The one door to astro:content. Pages get plain typed records from here, never Astro entries.
 * In `astro dev` the records are validated on every request, so an invalid record shows the
 * check's report in the browser's error overlay instead of a page with the entry missing.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { siteContent } from '../derive/siteContent';
import { formatReport, loadContent } from '../validation/load';
import type { SiteContent } from '../model/content';
import type { Country, Event, Source } from '../model/schema';
import { contentRoot } from './root';

let cached: Promise<SiteContent> | undefined;

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
 * All validated content, ready for pages. In `astro dev` the records are read from the files on
 * every request, as `npm run check` reads them: a page never waits for the content store to catch
 * up with a save (its watcher can miss one while the machine is busy).
 */
export async function getContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) {
    const result = loadContent(contentRoot());
    const { issues } = result;
    if (issues.length) {
      const first = issues[0];
      // Astro's error overlay reads title, hint and loc: loc shows the editor's own file and line.
      throw Object.assign(new Error(formatReport(issues)), {
        name: 'ContentError',
        title: `${issues.length} problem${issues.length === 1 ? '' : 's'} in content/`,
        hint: 'Fix the lines listed above and save: this page reloads. `npm run check` prints the same list.',
        loc: { file: join(contentRoot(), first.file), line: first.line, column: first.column },
      });
    }
    return siteContent({ ...result, story: result.story! });
  }
  cached ??= read();
  return cached;
}
