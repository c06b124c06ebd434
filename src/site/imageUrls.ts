/**
 * Where the image files are: the URL paths of a chart's images and of a page's Open Graph image.
 * Pure, given the function that puts a site path under the base path (src/site/paths.ts `href`,
 * which binds it).
 */
import { imageKey } from '../figures/targets';
import type { ChartId } from '../model/vocabulary';

/** A chart's image files, by chart and key (null for its overview, a step's id, or a country's slug). */
export interface ChartImagePaths {
  /** The drawing fixed at 960 px, standalone: `/images/<chart>[/<key>].svg`. */
  svg: string;
  /** The 1200×675 social card: `/images/<chart>[/<key>].png`. */
  png: string;
  /** The newsletter image, 640 px wide at 2×: `/images/<chart>[/<key>]-640.png`. */
  newsletter: string;
  /** The drawing fixed at 360 px, standalone, for the story read without JavaScript: `/images/<chart>[/<key>]-360.svg`. */
  narrowSvg: string;
}

export function imageUrls(href: (path: string) => string) {
  const imagePaths = (chart: ChartId, key?: string | null): ChartImagePaths => {
    const base = `images/${imageKey(chart, key)}`;
    return { svg: href(`${base}.svg`), png: href(`${base}.png`), newsletter: href(`${base}-640.png`), narrowSvg: href(`${base}-360.svg`) };
  };

  const ogImage = (pathname: string, step?: { id: string; chart: ChartId }): string => {
    if (step) return imagePaths(step.chart, step.id).png;
    const base = href('');
    let path = pathname.split(/[?#]/)[0];
    if (path.startsWith(base)) path = path.slice(base.length);
    path = path.replace(/^\/+/, '').replace(/(^|\/)index\.html$/, '$1');
    const country = /^countries\/([a-z0-9-]+)\/?$/.exec(path);
    if (country) return href(`images/og/countries/${country[1]}.png`);
    if (/^sources\/?$/.test(path)) return href('images/og/sources.png');
    const followUp = /^stories\/([a-z0-9-]+)\/?$/.exec(path);
    if (followUp) return href(`images/og/stories/${followUp[1]}.png`);
    // The list of every event leads with the overview timeline: its card.
    if (/^events\/?$/.test(path)) return imagePaths('timeline').png;
    // The tracker lists every country by where it stands: the status chart's card.
    if (/^countries\/?$/.test(path)) return imagePaths('status').png;
    return href('images/og/index.png');
  };

  return { imagePaths, ogImage };
}
