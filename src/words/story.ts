/**
 * The story as the page lays it out: prose blocks and steps, each step with the chart state it
 * sets. `:fig[…]` becomes the record's number as a reader sees it, `:cite[…]` a numbered note.
 */
import type { Root, RootContent } from 'mdast';
import type { ChartState } from '../model/chartState';
import type { Country, FollowUp, Source, Story } from '../model/schema';
import { cached } from '../util/memo';
import { checkStory, parseStory, storyContext, textOf, type Step } from '../validation/story';
import type { ChartId } from '../model/vocabulary';
import { formatValue, genderOfNoun } from './format';
import type { Locale } from './locale';
import { renderTree } from './markdown';

export type StoryBlock =
  | { kind: 'prose'; html: string }
  | { kind: 'step'; id: string; chart: ChartId; state: ChartState; html: string; /** Old ids that still lead here. */ aliases: string[] };

export interface StoryLayout {
  blocks: StoryBlock[];
  /** The numbered notes, in the order they are first cited. */
  notes: { n: number; source: Source }[];
}

interface Options {
  countries: Country[];
  sources: Source[];
  /** Link to a source's entry, under the site's base path. */
  sourceHref: (id: string) => string;
  /** The language of the story's text, which its figures are written in. English when left out. */
  locale?: Locale;
}

/** The checked steps of a parsed story; the story must have passed `npm run check`. */
function checkedSteps(tree: Root, markdown: string, records: Pick<Options, 'countries' | 'sources'>): Step[] {
  // The same check as `npm run check`: it also turns `from`/`to` into days.
  const { steps, issues } = checkStory(tree, storyContext(records.countries, records.sources, markdown));
  if (issues.length) throw new Error(`The story has problems; run \`npm run check\`:\n${issues.map((i) => i.message).join('\n')}`);
  return steps;
}

const stepsOf = new WeakMap<object, Step[]>();

/**
 * The story's steps, each with its chart and the state it sets, in order: read once per set of
 * records, since the published charts, addresses and redirects all ask for them.
 */
export function storySteps(content: Pick<Options, 'countries' | 'sources'> & { story: Pick<Story, 'body'> }): Step[] {
  return cached(stepsOf, content, () => checkedSteps(parseStory(content.story.body), content.story.body, content));
}

/** A story's steps, and which story: `story` is a follow-up's slug, undefined for the main story. */
export interface StorySteps { story?: string; steps: Step[] }

/**
 * The steps of every story, the main story's first, then each follow-up's: their charts, addresses
 * and redirects are the site's (a step id is unique across stories).
 */
export function everyStorySteps(content: Pick<Options, 'countries' | 'sources'> & { story: Pick<Story, 'body'>; stories: FollowUp[] }): StorySteps[] {
  return [
    { steps: storySteps(content) },
    ...content.stories.map((f) => ({ story: f.slug, steps: cached(stepsOf, f, () => checkedSteps(parseStory(f.body), f.body, content)) })),
  ];
}

/** The countries a story's text is about: each step's highlighted or chosen countries, and each `:fig[country.figure]`. */
export function storyMentions(body: string, steps: readonly Step[]): Set<string> {
  const found = new Set<string>();
  for (const { state } of steps) for (const slug of [...(state.highlight ?? []), ...(state.countries ?? []), ...(state.country ? [state.country] : [])]) found.add(slug);
  const visit = (node: RootContent | Root) => {
    if (node.type === 'textDirective' && node.name === 'fig') found.add(textOf(node).trim().split('.')[0]);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(parseStory(body));
  return found;
}

const aboutOf = new WeakMap<object, Map<string, (Story & { slug?: string })[]>>();

/** The stories (the main story first, then the follow-ups) whose text is about each country, by the country's slug. */
export function storiesAbout(content: Parameters<typeof everyStorySteps>[0]): Map<string, (Story & { slug?: string })[]> {
  return cached(aboutOf, content, () => {
    const about = new Map<string, (Story & { slug?: string })[]>();
    for (const { story: slug, steps } of everyStorySteps(content)) {
      const story = slug ? content.stories.find((s) => s.slug === slug)! : (content.story as Story);
      for (const country of storyMentions(story.body, steps)) about.set(country, [...(about.get(country) ?? []), story]);
    }
    return about;
  });
}

/**
 * Lays the story out. Expects a story that passed `npm run check` (src/validation/story.ts); a
 * reference that does not resolve throws, naming it.
 */
export function storyBlocks(markdown: string, options: Options): StoryLayout {
  const tree = parseStory(markdown);
  const steps = checkedSteps(tree, markdown, options);
  const countries = new Map(options.countries.map((c) => [c.slug, c]));
  const sources = new Map(options.sources.map((s) => [s.id, s]));
  const notes: StoryLayout['notes'] = [];

  const locale = options.locale ?? 'en';
  const resolve = (node: RootContent, next?: RootContent): RootContent => {
    if (node.type === 'textDirective' && node.name === 'fig') {
      const [slug, id] = textOf(node).trim().split('.');
      const figure = countries.get(slug)?.figures[id];
      if (!figure) throw new Error(`:fig[${slug}.${id}] does not resolve`);
      // "unas 300 personas", "unos 300 deportados": the qualifier agrees with the word after the figure.
      const following = next?.type === 'text' ? next.value : '';
      return { type: 'text', value: formatValue(figure, locale, false, genderOfNoun(following, locale)) };
    }
    if (node.type === 'textDirective' && node.name === 'cite') {
      const id = textOf(node).trim();
      const source = sources.get(id);
      if (!source) throw new Error(`:cite[${id}] does not resolve`);
      let note = notes.find((n) => n.source.id === id);
      if (!note) notes.push((note = { n: notes.length + 1, source }));
      // A link set as a superscript by the stylesheet (`a.cite`): one element per citation, not two.
      return {
        type: 'link', url: options.sourceHref(id), title: `${source.title} (${source.publisher})`,
        data: { hProperties: { className: ['cite'] } },
        children: [{ type: 'text', value: `[${note.n}]` }],
      } as RootContent;
    }
    if ('children' in node) (node as { children: RootContent[] }).children = (node.children as RootContent[]).map((child, i, all) => resolve(child, all[i + 1]));
    return node;
  };

  const byId = new Map(steps.map((s) => [s.id, s]));
  const blocks: StoryBlock[] = [];
  let prose: RootContent[] = [];
  const flush = () => {
    if (prose.length) blocks.push({ kind: 'prose', html: renderTree({ type: 'root', children: prose } as Root) });
    prose = [];
  };
  for (const node of tree.children.map((child) => resolve(child))) {
    if (node.type === 'containerDirective' && node.name === 'step') {
      flush();
      const attrs = node.attributes ?? {};
      const id = attrs.id ?? '';
      blocks.push({
        kind: 'step',
        id,
        chart: attrs.chart as ChartId,
        state: byId.get(id)?.state ?? {},
        aliases: byId.get(id)?.aliases ?? [],
        html: renderTree({ type: 'root', children: node.children } as Root),
      });
    } else {
      prose.push(node);
    }
  }
  flush();
  return { blocks, notes };
}
