/**
 * The story page's parts, wired to the site: its blocks (prose and steps, src/words/story.ts), its
 * charts as one drawing each with their states (src/figures/storyDrawings.ts), and the size of each
 * step's image for readers without JavaScript. The page and its stylesheet's endpoint
 * (src/pages/[assets]/[file].css.ts) share them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { storyDrawings, type StoryDrawings } from '../figures/storyDrawings';
import { svgRoot } from '../images/standaloneSvg';
import type { SiteContent } from '../model/content';
import { storyBlocks, type StoryLayout } from '../words/story';
import type { Locale } from '../words/locale';
import { getContent, siteLocales } from './content';
import { chartSvgFile } from './images';
import { href, pathsIn } from './paths';

export interface StoryParts {
  content: SiteContent;
  layout: StoryLayout;
  drawings: StoryDrawings;
  /** The stylesheet of the drawings' states, named by its content under Astro's assets folder; none without steps. */
  stateSheet?: { folder: string; name: string; href: string; css: string };
}

/** Astro's folder of built assets (build.assets), cached for good by src/publish/securityHeaders.ts. */
const ASSETS = '_astro';

const made = new Map<Locale, StoryParts>();

/** The story page's parts in the reader's language. */
export async function storyParts(locale: Locale = 'en'): Promise<StoryParts> {
  const content = await getContent(locale);
  const before = made.get(locale);
  if (before?.content === content) return before;
  const layout = storyBlocks(content.story.body, { countries: content.countries, sources: content.sources, sourceHref: pathsIn(locale).source, locale });
  const steps = layout.blocks.flatMap((b) => (b.kind === 'step' ? [{ id: b.id, chart: b.chart, state: b.state }] : []));
  const drawings = storyDrawings(content, steps, locale);
  const name = `story-states.${bytesToHex(sha256(utf8ToBytes(drawings.css))).slice(0, 10)}`;
  const stateSheet = steps.length ? { folder: ASSETS, name, href: href(`${ASSETS}/${name}.css`), css: drawings.css } : undefined;
  const parts = { content, layout, drawings, stateSheet };
  made.set(locale, parts);
  return parts;
}

/** The stylesheets of the story's states in every language the build makes (the same file when two languages draw alike). */
export async function stateSheets(): Promise<NonNullable<StoryParts['stateSheet']>[]> {
  const sheets = new Map<string, NonNullable<StoryParts['stateSheet']>>();
  for (const locale of await siteLocales()) {
    const sheet = (await storyParts(locale)).stateSheet;
    if (sheet) sheets.set(sheet.name, sheet);
  }
  return [...sheets.values()];
}

/** The width and height of a chart image file (`<chart>[/<key>]-360`, without `.svg`), for its `<img>`. */
export async function imageSize(path: string, locale: Locale = 'en'): Promise<{ width: number; height: number }> {
  const { width, height } = svgRoot(await chartSvgFile(path, locale));
  return { width, height };
}
