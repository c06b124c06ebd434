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
import { getContent } from './content';
import { chartSvgFile } from './images';
import { href, paths } from './paths';

export interface StoryParts {
  content: SiteContent;
  layout: StoryLayout;
  drawings: StoryDrawings;
  /** The stylesheet of the drawings' states, named by its content under Astro's assets folder; none without steps. */
  stateSheet?: { folder: string; name: string; href: string; css: string };
}

/** Astro's folder of built assets (build.assets), cached for good by src/publish/securityHeaders.ts. */
const ASSETS = '_astro';

let made: StoryParts | undefined;

export async function storyParts(): Promise<StoryParts> {
  const content = await getContent();
  if (made?.content === content) return made;
  const layout = storyBlocks(content.story.body, { countries: content.countries, sources: content.sources, sourceHref: paths.source });
  const steps = layout.blocks.flatMap((b) => (b.kind === 'step' ? [{ id: b.id, chart: b.chart, state: b.state }] : []));
  const drawings = storyDrawings(content, steps);
  const name = `story-states.${bytesToHex(sha256(utf8ToBytes(drawings.css))).slice(0, 10)}`;
  const stateSheet = steps.length ? { folder: ASSETS, name, href: href(`${ASSETS}/${name}.css`), css: drawings.css } : undefined;
  made = { content, layout, drawings, stateSheet };
  return made;
}

/** The width and height of a chart image file (`<chart>[/<key>]-360`, without `.svg`), for its `<img>`. */
export async function imageSize(path: string): Promise<{ width: number; height: number }> {
  const { width, height } = svgRoot(await chartSvgFile(path));
  return { width, height };
}
