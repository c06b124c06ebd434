/**
 * A story page's parts (the main story's or a follow-up's), wired to the site: its blocks (prose and steps, src/words/story.ts), its
 * charts as one drawing each with their states (src/figures/storyDrawings.ts), and the size of each
 * step's image for readers without JavaScript. The page and its stylesheet's endpoint
 * (src/pages/[assets]/[file].css.ts) share them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { storyDrawings, type StoryDrawings } from '../figures/storyDrawings';
import { svgRoot } from '../images/standaloneSvg';
import type { SiteContent } from '../model/content';
import type { Story } from '../model/schema';
import { storyBlocks, type StoryLayout } from '../words/story';
import type { Locale } from '../words/locale';
import { getContent, siteLocales } from './content';
import { chartSvgFile } from './images';
import { href, pathsIn } from './paths';

export interface StoryParts {
  content: SiteContent;
  /** The story laid out: the main story, or the follow-up asked for. */
  story: Story;
  layout: StoryLayout;
  drawings: StoryDrawings;
  /** The stylesheet of the drawings' states, named by its content under Astro's assets folder; none without steps. */
  stateSheet?: { folder: string; name: string; href: string; css: string };
}

/** Astro's folder of built assets (build.assets), cached for good by src/publish/securityHeaders.ts. */
const ASSETS = '_astro';

const made = new Map<string, StoryParts>();

/** A story page's parts in the reader's language: the main story's, or the follow-up `slug`'s. */
export async function storyParts(locale: Locale = 'en', slug?: string): Promise<StoryParts> {
  const content = await getContent(locale);
  const key = `${locale}:${slug ?? ''}`;
  const before = made.get(key);
  if (before?.content === content) return before;
  const story = slug ? content.followUp(slug) : content.story;
  const layout = storyBlocks(story.body, { countries: content.countries, sources: content.sources, sourceHref: pathsIn(locale).source, locale });
  const steps = layout.blocks.flatMap((b) => (b.kind === 'step' ? [{ id: b.id, chart: b.chart, state: b.state }] : []));
  const drawings = storyDrawings(content, steps, locale);
  const name = `story-states.${bytesToHex(sha256(utf8ToBytes(drawings.css))).slice(0, 10)}`;
  const stateSheet = steps.length ? { folder: ASSETS, name, href: href(`${ASSETS}/${name}.css`), css: drawings.css } : undefined;
  const parts = { content, story, layout, drawings, stateSheet };
  made.set(key, parts);
  return parts;
}

/** The stylesheets of every story's states in every language the build makes (one file for drawings alike). */
export async function stateSheets(): Promise<NonNullable<StoryParts['stateSheet']>[]> {
  const sheets = new Map<string, NonNullable<StoryParts['stateSheet']>>();
  for (const locale of await siteLocales()) {
    const slugs = [undefined, ...(await getContent(locale)).stories.map((s) => s.slug)];
    for (const slug of slugs) {
      const sheet = (await storyParts(locale, slug)).stateSheet;
      if (sheet) sheets.set(sheet.name, sheet);
    }
  }
  return [...sheets.values()];
}

/** The width and height of a chart image file (`<chart>[/<key>]-360`, without `.svg`), for its `<img>`. */
export async function imageSize(path: string, locale: Locale = 'en'): Promise<{ width: number; height: number }> {
  const { width, height } = svgRoot(await chartSvgFile(path, locale));
  return { width, height };
}
