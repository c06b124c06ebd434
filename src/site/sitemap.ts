/**
 * The sitemap, wired to the site: @astrojs/sitemap writes `/sitemap-index.xml` and the sitemap it
 * lists, with absolute addresses under SITE_URL and BASE_PATH, after the build; this gives it
 * which pages to list and each page's `lastmod`.
 *
 * It lists the pages for readers that Astro wrote, less the embeds (each says `noindex`); Astro
 * leaves out the 404 page itself, and the pages at old addresses are written after Astro
 * (scripts/build.ts), so it never sees them. Each page's `lastmod` is when the newest record it
 * shows last changed (src/publish/pageRecords.ts), by the same git dates and the same rule as the
 * page's own "Last updated" line, so the two never disagree.
 *
 * This runs in Astro's own process when the build is done, outside the pages, so it reads the
 * records itself: from the snapshot `npm run build` hands Astro (src/validation/snapshot.ts),
 * else by loading and checking content/ as the check does.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { siteContent } from '../derive/siteContent';
import type { SiteContent } from '../model/content';
import { readerPages } from '../publish/pageRecords';
import { checkedContent, formatReport, loadContent } from '../validation/load';
import { readSnapshot } from '../validation/snapshot';
import { newestUpdate } from './lastUpdated';
import { contentRoot } from './root';

/** The records of this build. */
function buildContent(root: string): SiteContent {
  const file = process.env.CONTENT_SNAPSHOT;
  const snapshot = file ? readSnapshot(file, root) : undefined;
  if (snapshot) {
    const content = checkedContent(snapshot.files);
    if (content.story) return siteContent({ ...content, story: content.story });
  }
  const loaded = loadContent(root);
  if (loaded.issues.length || !loaded.story) throw new Error(`Invalid content.\n${formatReport(loaded.issues)}`);
  return siteContent({ ...loaded, story: loaded.story });
}

/**
 * Each reader page's `lastmod` (as the page's "Last updated" gives it: a commit's date and time with
 * its offset, or the story's publication day), by its path under the base path: `/countries/kosovo/`.
 */
export function pageLastmods(content: SiteContent, root: string = contentRoot()): Map<string, string> {
  const fallback = content.story.published.start;
  return new Map(readerPages(content).map((page) => [page.path, newestUpdate(page.records, fallback, root).datetime]));
}

/** An address under the site's base URL as a path under the base path (`/countries/kosovo/`), or undefined. */
export function sitePath(url: string, baseUrl: string): string | undefined {
  return url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : undefined;
}

/**
 * The sitemap integration, for astro.config.mjs: `site` and `base` as given to Astro (SITE_URL and
 * BASE_PATH). The sitemap's XML holds only `<loc>` and `<lastmod>`, without the namespaces for
 * news, images and videos that it does not use.
 */
export function siteMap({ site, base }: { site: string; base: string }): AstroIntegration {
  const baseUrl = new URL(base.replace(/\/?$/, '/'), site).href;
  let lastmods: Map<string, string> | undefined;
  return sitemap({
    filter: (url) => !sitePath(url, baseUrl)?.startsWith('/embed/'),
    serialize: (item) => {
      lastmods ??= pageLastmods(buildContent(contentRoot()));
      const path = sitePath(item.url, baseUrl);
      // A page with no rule of its own is still listed, without a date; tests/furniture.test.ts
      // asks for a date on every page, so a new kind of page gets a rule.
      const lastmod = path === undefined ? undefined : lastmods.get(path);
      return { url: item.url, ...(lastmod ? { lastmod } : {}) };
    },
    namespaces: { news: false, xhtml: false, image: false, video: false },
  });
}
