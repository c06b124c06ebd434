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
import type { ChartState } from '../model/chartState';
import { recordFile } from '../model/records';
import { DateError, parsePartialDate } from '../model/dates';
import { handTypedNumbers } from './numerals';
import { suggest } from './messages';
import type { ContentIssue } from './recordFile';
import type { Country, Source } from '../model/schema';
import { CHART_IDS, EVENT_TYPES, STATUSES, type ChartId, type EventType, type Status } from '../model/vocabulary';

export interface Step {
  id: string;
  chart: ChartId;
  state: ChartState;
  /** The step's old ids: links to them still open this step. */
  aliases: string[];
}

/** Attributes a step may carry, besides its #id. */
export const STEP_ATTRIBUTES = ['chart', 'highlight', 'country', 'countries', 'from', 'to', 'statuses', 'types', 'aliases'] as const;

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids the story page already uses; a step may not take them. */
const PAGE_IDS = ['main', 'countries-heading', 'timeline-heading', 'method-heading', 'notes-heading'];

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
}

/** The context of a story whose records are valid: each country with its figures, and the sources. */
export function storyContext(countries: Country[], sources: Source[], bodyLine = 1): Context {
  return { countries: new Map(countries.map((c) => [c.slug, Object.keys(c.figures)])), sources: new Set(sources.map((s) => s.id)), bodyLine };
}

type Directive = Extract<RootContent, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>;

/** The plain text inside a node, e.g. the label of `:fig[costa-rica.returned]`. */
export const textOf = (node: { children?: RootContent[] }): string =>
  (node.children ?? []).map((c) => ('value' in c ? String(c.value) : textOf(c as { children?: RootContent[] }))).join('');

/** Splits a comma-separated attribute. */
const listOf = (value: string | null | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Checks the story's directives against the records and returns the steps in order, with every
 * problem located at its line and column in content/story/index.md.
 */
export function checkStory(tree: Root, context: Context): { steps: Step[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const steps: Step[] = [];
  const { countries, sources } = context;
  const issue = (node: { position?: { start: { line: number; column: number } } }, field: string, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    issues.push({ file: recordFile.story, line: start.line + context.bodyLine - 1, column: start.column, field, message });
  };
  const checkCountry = (node: Directive, field: string, slug: string) => {
    if (countries.has(slug)) return true;
    const guess = suggest(slug, [...countries.keys()]);
    issue(node, field, `no country "${slug}": expected a file content/countries/${slug}.md, found none.${guess ? ` Did you mean "${guess}"?` : ''}`);
    return false;
  };
  const ids = new Set<string>();
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
        const step = checkStep(d);
        if (step) {
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

  const checkStep = (d: Directive): Step | undefined => {
    const attrs = d.attributes ?? {};
    let ok = true;
    const id = attrs.id ?? '';
    if (!id) {
      issue(d, 'step', 'expected an id for the step, written {#some-id …}, used in links to it; found none');
      ok = false;
    } else if (!STEP_ID.test(id)) {
      issue(d, 'step', `expected a step id of lowercase words joined by hyphens, found "${id}"`);
      ok = false;
    } else if (headingIds.has(id)) {
      issue(d, `step #${id}`, `expected an id no heading has, found "${id}", the id of the heading "${headingIds.get(id)}": choose another`);
      ok = false;
    } else if (countries.has(id)) {
      // Country timelines are embedded at /embed/timeline/<slug>/; step states sit beside them.
      issue(d, `step #${id}`, `expected an id that is not a country's slug, found "${id}": try "${id}-talks" or similar`);
      ok = false;
    } else if (PAGE_IDS.includes(id)) {
      issue(d, `step #${id}`, `expected an id the page does not use already, found "${id}": choose another`);
      ok = false;
    } else if (ids.has(id)) {
      issue(d, `step #${id}`, `expected an id no other step has, found "${id}" twice`);
      ok = false;
    }
    ids.add(id);
    const where = `step #${id || '?'}`;
    for (const key of Object.keys(attrs)) {
      if (key === 'id' || key === 'class' || (STEP_ATTRIBUTES as readonly string[]).includes(key)) continue;
      const guess = suggest(key, STEP_ATTRIBUTES);
      issue(d, where, `"${key}" is not a step setting${guess ? ` (did you mean "${guess}"?)` : `: expected ${STEP_ATTRIBUTES.join(', ')}`}`);
      ok = false;
    }
    const chart = attrs.chart ?? '';
    if (!(CHART_IDS as readonly string[]).includes(chart)) {
      const guess = suggest(chart, CHART_IDS);
      issue(d, `${where} chart`, `expected one of ${CHART_IDS.join(', ')}, found ${chart ? `"${chart}"` : 'nothing'}${guess ? ` (did you mean "${guess}"?)` : ''}`);
      ok = false;
    }
    const state: ChartState = {};
    const highlight = listOf(attrs.highlight);
    if (highlight.length) {
      if (highlight.every((slug) => checkCountry(d, `${where} highlight`, slug))) state.highlight = highlight;
      else ok = false;
    }
    const only = listOf(attrs.countries);
    if (only.length) {
      if (only.every((slug) => checkCountry(d, `${where} countries`, slug))) state.countries = only;
      else ok = false;
    }
    if (attrs.country) {
      if (checkCountry(d, `${where} country`, attrs.country)) state.country = attrs.country;
      else ok = false;
    }
    for (const key of ['from', 'to'] as const) {
      const value = attrs[key];
      if (!value) continue;
      try {
        const date = parsePartialDate(value);
        state[key] = key === 'from' ? date.start : date.end;
      } catch (e) {
        if (!(e instanceof DateError)) throw e;
        issue(d, `${where} ${key}`, e.message);
        ok = false;
      }
    }
    if (state.from && state.to && state.from > state.to) {
      issue(d, `${where} from`, `expected "from" to come before "to", found ${attrs.from} after ${attrs.to}`);
      ok = false;
    }
    const words = <W extends string>(key: 'statuses' | 'types', allowed: Record<W, unknown>): W[] | undefined => {
      const list = listOf(attrs[key]);
      const bad = list.filter((w) => !(w in allowed));
      for (const w of bad) {
        const guess = suggest(w, Object.keys(allowed));
        issue(d, `${where} ${key}`, `expected one of ${Object.keys(allowed).join(', ')}, found "${w}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
      }
      if (bad.length) ok = false;
      return list.length && !bad.length ? (list as W[]) : undefined;
    };
    const statuses = words<Status>('statuses', STATUSES);
    if (statuses) state.statuses = statuses;
    const types = words<EventType>('types', EVENT_TYPES);
    if (types) state.types = types;
    const aliases = listOf(attrs.aliases);
    for (const alias of aliases.filter((a) => !STEP_ID.test(a) || countries.has(a) || headingIds.has(a) || PAGE_IDS.includes(a))) {
      issue(d, `${where} aliases`, `expected an old step id of lowercase words joined by hyphens that the page uses for nothing else, found "${alias}"`);
      ok = false;
    }
    return ok ? { id, chart: chart as ChartId, state, aliases } : undefined;
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
        file: recordFile.story, line: line + context.bodyLine - 1, column, field: '',
        message: `the number "${token}" looks typed by hand: write it as :fig[country.figure] so it comes from a record (years, days next to a month and ordinals are fine)`,
      });
    }
  };

  visit(tree, false);
  // An old id still opens its step, so it may be no step's id or another step's old id.
  const oldIds = new Map<string, string>();
  for (const step of steps) {
    for (const alias of step.aliases) {
      const other = ids.has(alias) ? `the id of a step` : oldIds.has(alias) ? `an old id of step #${oldIds.get(alias)}` : '';
      if (other) issue(stepNodes.get(step)!, `step #${step.id} aliases`, `expected an old id no other step uses, found "${alias}", ${other}`);
      oldIds.set(alias, step.id);
    }
  }
  return { steps, issues };
}
