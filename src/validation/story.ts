/**
 * The story's Markdown with its directives: `:::step{#id chart=… …}` blocks that set a chart's
 * state, `:fig[country.figure]` for a number taken from a record and `:cite[source-id]` for a
 * numbered note. Parsing and checking live here so `npm run check` reports every problem with
 * its line; src/words/story.ts turns the checked tree into HTML.
 */
import type { Root, RootContent, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import GithubSlugger from 'github-slugger';
import { unified } from 'unified';
import { recordFile } from '../model/records';
import { handTypedNumbers } from './numerals';
import { suggest } from './messages';
import type { ContentIssue } from './recordFile';
import type { Country, Source } from '../model/schema';
import { checkStep, settingColumns, type Step } from './step';

export type { Step };


const parser = unified().use(remarkParse).use(remarkDirective);

/** Parses the story's Markdown (with directives) into a tree with positions. */
export function parseStory(markdown: string): Root {
  return parser.parse(markdown);
}

interface Context {
  /** Every country file's slug, with its figure ids (undefined when the file could not be read). */
  countries: Map<string, readonly string[] | undefined>;
  /** Every source file's id. */
  sources: Set<string>;
  /** Line in the file on which the Markdown body starts. */
  bodyLine: number;
  /** The Markdown itself, to find the column of each step setting. */
  markdown: string;
  /** The story's file: content/story/index.md unless given. */
  file?: string;
  /**
   * Step ids and old ids other stories use, each where it is written: checked, then this story's
   * are added. Step addresses are the site's, not a story's. A clash is reported in both stories,
   * for the editor to choose which to rename (never a published one).
   */
  taken?: Map<string, TakenId>;
  /** Problems this story's ids make in stories checked before it (the other side of a clash). */
  elsewhere?: ContentIssue[];
}

/** Where a step id or old id is written: its story's file, line and column, and which it is. */
export interface TakenId { file: string; line: number; column: number; kind: 'step' | 'old id' }

/** The context of a story whose records are valid: each country with its figures, and the sources. */
export function storyContext(countries: Country[], sources: Source[], markdown: string, bodyLine = 1): Context {
  return { countries: new Map(countries.map((c) => [c.slug, Object.keys(c.figures)])), sources: new Set(sources.map((s) => s.id)), bodyLine, markdown };
}

type Directive = Extract<RootContent, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>;

/** The plain text inside a node, e.g. the label of `:fig[costa-rica.returned]`. */
export const textOf = (node: { children?: RootContent[] }): string =>
  (node.children ?? []).map((c) => ('value' in c ? String(c.value) : textOf(c as { children?: RootContent[] }))).join('');

/**
 * Checks the story's directives against the records and returns the steps in order, with every
 * problem located at its line and column in content/story/index.md.
 */
export function checkStory(tree: Root, context: Context): { steps: Step[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const steps: Step[] = [];
  const { countries, sources } = context;
  const file = context.file ?? recordFile.story;
  const taken = context.taken ?? new Map<string, TakenId>();
  const mine = new Map<string, TakenId>();
  const lines = context.markdown.split('\n');
  const issue = (node: { position?: { start: { line: number; column: number } } }, field: string, message: string, column?: number) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    issues.push({ file, line: start.line + context.bodyLine - 1, column: column ?? start.column, field, message });
  };
  const noCountry = (slug: string) => {
    const guess = suggest(slug, [...countries.keys()]);
    return `no country "${slug}": expected a file content/countries/${slug}.md, found none.${guess ? ` Did you mean "${guess}"?` : ''}`;
  };
  const checkCountry = (node: Directive, field: string, slug: string) => {
    if (countries.has(slug)) return true;
    issue(node, field, noCountry(slug));
    return false;
  };
  const stepIds = new Set<string>();
  const stepNodes = new Map<Step, Directive>();
  // Headings get ids from their text (as rehype-slug gives them); a step id must differ.
  const slugger = new GithubSlugger();
  const headingIds = new Map<string, string>();
  const collectHeadings = (node: RootContent | Root) => {
    if (node.type === 'heading') headingIds.set(slugger.slug(textOf(node)), textOf(node));
    if ('children' in node) for (const child of node.children as RootContent[]) collectHeadings(child);
  };
  collectHeadings(tree);

  const visit = (node: RootContent | Root, inStep: boolean) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      const d = node as Directive;
      if (d.type === 'containerDirective' && d.name === 'step') {
        if (inStep) issue(d, 'step', 'expected steps one after another, found a step inside a step: close the first with ":::"');
        const start = d.position?.start;
        const columns = start ? settingColumns(lines[start.line - 1] ?? '', start.column - 1) : new Map<string, number>();
        const at = (setting: string | undefined) => (setting ? columns.get(setting) : undefined);
        const step = checkStep(d.attributes ?? {}, {
          report: (setting, field, message) => issue(d, field, message, at(setting)),
          country: (setting, field, slug) => {
            if (countries.has(slug)) return true;
            issue(d, field, noCountry(slug), at(setting));
            return false;
          },
          headingIds, stepIds, isCountry: (slug) => countries.has(slug),
        });
        const other = step && taken.get(step.id);
        const line = (d.position?.start.line ?? 1) + context.bodyLine - 1;
        if (step && other) {
          issue(d, `step #${step.id}`, `expected an id no other story uses, found "${step.id}", ${other.kind === 'step' ? 'a step' : 'an old id of a step'} in ${other.file} (line ${other.line}): rename whichever is not published yet`, at('id'));
          context.elsewhere?.push({ file: other.file, line: other.line, column: other.column, field: `step #${step.id}`, message: `expected an id no other story uses, found "${step.id}", also a step in ${file} (line ${line}): rename whichever is not published yet` });
        } else if (step) {
          mine.set(step.id, { file, line, column: at('id') ?? d.position?.start.column ?? 1, kind: 'step' });
          steps.push(step);
          stepNodes.set(step, d);
        }
        for (const child of d.children) visit(child, true);
        return;
      }
      if (d.type === 'textDirective' && d.name === 'fig') return checkFig(d);
      if (d.type === 'textDirective' && d.name === 'cite') return checkCite(d);
      const written = `${d.type === 'containerDirective' ? ':::' : d.type === 'leafDirective' ? '::' : ':'}${d.name}`;
      issue(d, '', `unknown directive "${written}": expected :::step{…}, :fig[country.figure] or :cite[source-id] (write "\\:" for a plain colon before a word)`);
      return;
    }
    if (node.type === 'text') return checkNumerals(node);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inStep);
  };

  const checkFig = (d: Directive) => {
    const ref = textOf(d).trim();
    const [slug, figure, ...rest] = ref.split('.');
    if (!slug || !figure || rest.length) {
      issue(d, 'fig', `expected a figure written :fig[country.figure], like :fig[costa-rica.returned], found ":fig[${ref}]"`);
      return;
    }
    if (!checkCountry(d, 'fig', slug)) return;
    // A country file that could not be read has its own problems reported; its figures are unknown.
    const figures = countries.get(slug);
    if (figures && !figures.includes(figure)) {
      const guess = suggest(figure, figures);
      issue(d, 'fig', `no figure "${figure}" in content/countries/${slug}.md: expected one of ${figures.join(', ') || '(it has no figures)'}${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
  };

  const checkCite = (d: Directive) => {
    const id = textOf(d).trim();
    if (sources.has(id)) return;
    const guess = suggest(id, [...sources]);
    issue(d, 'cite', `no source "${id}": expected a file content/sources/${id}.yaml, found none.${guess ? ` Did you mean "${guess}"?` : ''}`);
  };

  const checkNumerals = (node: Text) => {
    for (const { token, line, column } of handTypedNumbers(node)) {
      issues.push({
        file, line: line + context.bodyLine - 1, column, field: '',
        message: `the number "${token}" looks typed by hand: write it as :fig[country.figure] so it comes from a record (years, days next to a month and ordinals are fine)`,
      });
    }
  };

  visit(tree, false);
  // An old id still opens its step, so it may be no step's id or another step's old id.
  const oldIds = new Map<string, string>();
  for (const step of steps) {
    for (const alias of step.aliases) {
      const elsewhere = taken.get(alias);
      const other = stepIds.has(alias) ? 'the id of a step' : oldIds.has(alias) ? `an old id of step #${oldIds.get(alias)}` : elsewhere ? `${elsewhere.kind === 'step' ? 'the id of a step' : 'an old id of a step'} in ${elsewhere.file} (line ${elsewhere.line})` : '';
      if (other) issue(stepNodes.get(step)!, `step #${step.id} aliases`, `expected an old id no other step uses, found "${alias}", ${other}`);
      oldIds.set(alias, step.id);
    }
  }
  for (const step of steps) {
    const where = mine.get(step.id);
    for (const alias of step.aliases) if (where && !taken.has(alias) && !mine.has(alias)) mine.set(alias, { ...where, kind: 'old id' });
  }
  for (const [id, where] of mine) if (!taken.has(id)) taken.set(id, where);
  return { steps, issues };
}
