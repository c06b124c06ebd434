/**
 * The image files' door to Astro: the site's stylesheets and content feed src/images/, whose
 * endpoints under src/pages/[...lang]/images/ write `/images/<chart>[/<key>].svg`, `.png`, `-640.png` and
 * `/images/og/<page>.png`. In `astro dev` each image is drawn only when the browser asks for it.
 */
import globalCss from '../styles/global.css?raw';
import deporteesCss from '../charts/deportees.css?raw';
import mapCss from '../charts/map.css?raw';
import statusCss from '../charts/status.css?raw';
import timelineCss from '../charts/timeline.css?raw';
import { imageFiles, imageLook } from '../images/imageFiles';
import type { SiteContent } from '../model/content';
import type { Locale } from '../words/locale';
import { getContent, localizedPaths } from './content';
import { siteName } from './meta';

const files = new Map<Locale, { content: SiteContent; files: ReturnType<typeof imageFiles> }>();

async function current(locale: Locale, given?: SiteContent): Promise<ReturnType<typeof imageFiles>> {
  const content = given ?? await getContent(locale);
  let made = files.get(locale);
  if (made?.content !== content) {
    made = {
      content,
      files: imageFiles(content, {
        ...imageLook(globalCss, { deportees: deporteesCss, map: mapCss, status: statusCss, timeline: timelineCss }),
        credit: siteName(locale),
        locale,
        // `npm run build` keeps the PNGs of earlier builds there (src/images/imageCache.ts).
        cacheDir: process.env.IMAGE_CACHE_DIR || undefined,
      }),
    };
    files.set(locale, made);
  }
  return made.files;
}

/** `/images/<path>.svg`: the drawing fixed at 960 px, standalone, in `locale`'s words. */
export const chartSvgFile = async (path: string, locale: Locale = 'en'): Promise<string> => (await current(locale)).svg(path);

/** `/images/<path>.png`: a card, a newsletter image (`…-640`) or an Open Graph card (`og/…`). */
export const pngFile = async (path: string, locale: Locale = 'en'): Promise<Buffer> => (await current(locale)).png(path, { alone: import.meta.env.DEV });

/** Every PNG path under /images/ (without `.png`) but the Open Graph cards, in every language: for getStaticPaths. */
export const chartPngPaths = () => localizedPaths(async (content, locale) => (await current(locale, content)).pngPaths().filter((p) => !p.startsWith('og/')).map((path) => ({ params: { path } })));

/** The Open Graph cards' paths under /images/og/, without `.png`, in every language. */
export const ogPngPaths = () => localizedPaths(async (content, locale) => (await current(locale, content)).ogPages().map((page) => ({ params: { page } })));

/** Every SVG path under /images/, without `.svg`, in every language. */
export const svgPaths = () => localizedPaths(async (content, locale) => (await current(locale, content)).svgPaths().map((path) => ({ params: { path } })));
