/**
 * The sitemap, wired to the site: @astrojs/sitemap writes `/sitemap-index.xml` and the sitemap it
 * lists, with absolute addresses under SITE_URL and BASE_PATH, after the build; this gives it
 * which pages to list and each page's `lastmod`.
 *
 * It lists the pages for readers that Astro wrote in every language, each with its alternates in
 * the others (`xhtml:link hreflang`), less the embeds (each says `noindex`); Astro
 * leaves out the 404 page itself, and the pages at old addresses are written after Astro
 * (scripts/build.ts), so it never sees them. Each page's `lastmod` is the date its own "Last
 * updated" line gives (./pageDates.ts), in every language built.
 *
 * This runs in Astro's own process when the build is done, outside the pages. It reads the dates
 * the check left beside the build's snapshot rather than the records: Astro loads this file with
 * its configuration, before anything else, and loading the records' checks with it cost every
 * build 0.4 s.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { besideSnapshot, waitForFile } from '../validation/snapshot';
import { editionOf, LOCALES } from '../words/locale';

/**
 * The pages' dates the check left beside the build's snapshot (./pageDates.ts), once they are
 * there. Empty, with a warning, in a build without a snapshot (a
 * bare `astro build`): its sitemap lists the pages without dates.
 */
async function builtLastmods(): Promise<Map<string, string>> {
  const snapshot = process.env.CONTENT_SNAPSHOT;
  if (!snapshot) {
    console.warn('[sitemap] This build was not started by `npm run build`, which dates the pages: the sitemap lists them without dates.');
    return new Map();
  }
  const file = besideSnapshot(snapshot, 'lastmods');
  await waitForFile(file);
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
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
  let lastmods: Promise<Map<string, string>> | undefined;
  return sitemap({
    filter: (url) => {
      const path = sitePath(url, baseUrl);
      return !(path !== undefined && editionOf(path).rest.startsWith('/embed/'));
    },
    i18n: { defaultLocale: 'en', locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    serialize: async (item) => {
      const dates = await (lastmods ??= builtLastmods());
      const path = sitePath(item.url, baseUrl);
      // A page with no rule of its own is still listed, without a date; tests/furniture.test.ts
      // asks for a date on every page, so a new kind of page gets a rule.
      const lastmod = path === undefined ? undefined : dates.get(path) ?? dates.get(editionOf(path).rest);
      return { ...item, ...(lastmod ? { lastmod } : {}) };
    },
    namespaces: { news: false, xhtml: true, image: false, video: false },
  });
}
