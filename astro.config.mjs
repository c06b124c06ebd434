// @ts-check
import { defineConfig } from 'astro/config';
import { recordsFromFile } from './src/site/recordsFromFile';
import { siteMap } from './src/site/sitemap';
import { LOCALES } from './src/words/locale';

/**
 * SITE_URL: the public origin the site is served from (canonical links, data package, feeds, sitemap).
 * BASE_PATH: the path under that origin, e.g. /graphics/third-country/.
 * The defaults serve the site from `npm run preview` on this machine.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // scripts/build.ts gives each content root its own cache, so builds of different content
  // (the tests build fixture sites) never read each other's records.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Stylesheets stay files: a strict Content-Security-Policy (style-src 'self') forbids inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay files too: the CSP is then script-src 'self' with no inline exception, and the
  // build refuses any inline script it finds (scripts/build.ts), since the site writes none.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  // English at the root, Spanish under /es/: each page is built once per language the content
  // publishes (src/pages/[...lang]/, src/site/content.ts siteLocales), and knows its own language.
  i18n: { locales: [...LOCALES], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  // In a build, the pages read the records from Astro's data store file instead of bundling them;
  // once the pages are written, the sitemap lists those for readers (src/site/sitemap.ts).
  integrations: [recordsFromFile(), siteMap({ site, base })],
  // Markdown is rendered by src/words/markdown.ts; Astro renders no Markdown pages itself.
});
