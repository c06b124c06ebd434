/**
 * The image files' door to Astro: the site's stylesheets and content feed src/images/, whose
 * endpoints under src/pages/images/ write `/images/<chart>[/<key>].svg`, `.png`, `-640.png` and
 * `/images/og/<page>.png`. In `astro dev` each image is drawn only when the browser asks for it.
 */
import globalCss from '../styles/global.css?raw';
import deporteesCss from '../charts/deportees.css?raw';
import mapCss from '../charts/map.css?raw';
import statusCss from '../charts/status.css?raw';
import timelineCss from '../charts/timeline.css?raw';
import { imageFiles, imageLook } from '../images/imageFiles';
import type { SiteContent } from '../model/content';
import { getContent, staticPaths } from './content';
import { SITE_NAME } from './meta';

let files: { content: SiteContent; files: ReturnType<typeof imageFiles> } | undefined;

async function current(given?: SiteContent): Promise<ReturnType<typeof imageFiles>> {
  const content = given ?? await getContent();
  if (files?.content !== content) {
    files = {
      content,
      files: imageFiles(content, {
        ...imageLook(globalCss, { deportees: deporteesCss, map: mapCss, status: statusCss, timeline: timelineCss }),
        credit: SITE_NAME,
        // `npm run build` keeps the PNGs of earlier builds there (src/images/imageCache.ts).
        cacheDir: process.env.IMAGE_CACHE_DIR || undefined,
      }),
    };
  }
  return files.files;
}

/** `/images/<path>.svg`: the drawing fixed at 960 px, standalone. */
export const chartSvgFile = async (path: string): Promise<string> => (await current()).svg(path);

/** `/images/<path>.png`: a card, a newsletter image (`…-640`) or an Open Graph card (`og/…`). */
export const pngFile = async (path: string): Promise<Buffer> => (await current()).png(path, { alone: import.meta.env.DEV });

/** Every PNG path under /images/ (without `.png`) but the Open Graph cards: for getStaticPaths. */
export const chartPngPaths = (): Promise<string[]> => staticPaths(async (content) => (await current(content)).pngPaths().filter((p) => !p.startsWith('og/')));

/** The Open Graph cards' paths under /images/og/, without `.png`. */
export const ogPngPaths = (): Promise<string[]> => staticPaths(async (content) => (await current(content)).ogPages());

/** Every SVG path under /images/, without `.svg`. */
export const svgPaths = (): Promise<string[]> => staticPaths(async (content) => (await current(content)).svgPaths());
