/**
 * Each reader page's `lastmod` in the sitemap (./sitemap.ts): when the newest record the page shows
 * last changed (src/publish/pageRecords.ts), by the same git dates and the same rule as the page's
 * own "Last updated" line, so the two never disagree. The check works them out while it has the
 * records in hand (scripts/check.ts) and leaves them beside the snapshot for Astro's process.
 */
import type { SiteContent } from '../model/content';
import { translationFile } from '../model/translation';
import { readerPages } from '../publish/pageRecords';
import { newestUpdate } from './lastUpdated';
import { contentRoot } from './root';

/**
 * Each reader page's `lastmod` (as the page's "Last updated" gives it: a commit's date and time with
 * its offset, or the story's publication day), by its path under the base path: `/countries/kosovo/`.
 */
export function pageLastmods(content: SiteContent, root: string = contentRoot(), editions: readonly string[] = []): Map<string, string> {
  const fallback = content.story.published.start;
  return new Map(readerPages(content).flatMap((page) => [
    [page.path, newestUpdate(page.records, page.since ?? fallback, root).datetime],
    // A page of another language's edition changes with its records and with their translations.
    ...editions.map((l): [string, string] => [`/${l}${page.path}`, newestUpdate(withTranslations(page.records, l), page.since ?? fallback, root).datetime]),
  ]));
}

/** Record files and, beside each, its translation into `locale`: what a page of that edition shows. */
export const withTranslations = (files: readonly string[], locale: string): string[] => files.flatMap((f) => [f, translationFile(f, locale)]);
