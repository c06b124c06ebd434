/**
 * What a change does for readers, from the validated records of two revisions: figures as readers
 * see them, statuses, the takeaways of the charts it moves, events, sources, story steps,
 * corrections and the addresses it publishes or drops. Never a list of files or a YAML diff.
 */
import { CHARTS } from '../figures/registry';
import { chartTargets, imageKey } from '../figures/targets';
import type { SiteContent } from '../model/content';
import type { ChartId } from '../model/vocabulary';
import { STATUSES } from '../model/vocabulary';
import { aliasRedirects, publishedPaths } from '../publish/publishedUrls';
import { formatPartialDate } from '../words/dates';
import { figureLabel, formatValue } from '../words/format';
import { everyStorySteps, storyBlocks, storySteps } from '../words/story';
import { Parser } from 'htmlparser2';

/** One before/after pair; `before` or `after` is undefined for something added or removed. */
export interface Change<T = string> { before?: T; after?: T }

export interface Changes {
  figures: ({ country: string; figure: string } & Change)[];
  statuses: ({ country: string } & Change)[];
  /** Charts whose one-sentence takeaway changes: an overview (key null), a story step or a country's timeline. */
  takeaways: ({ chart: ChartId; key: string | null } & Change)[];
  events: ({ id: string; title: string } & Change)[];
  sources: ({ id: string } & Change)[];
  steps: ({ id: string } & Change)[];
  /** Sentences of the story's text that the change removes or adds, as readers read them. */
  sentences: { removed: string[]; added: string[] };
  corrections: { record: string; date: string; text: string }[];
  addresses: { added: string[]; removed: string[]; redirected: string[] };
}

/** Pairs the items of two lists by key, in key order; an item only one list has is paired with undefined. */
function pairs<T>(before: T[], after: T[], key: (t: T) => string): { key: string; before?: T; after?: T }[] {
  const a = new Map(before.map((t) => [key(t), t]));
  const b = new Map(after.map((t) => [key(t), t]));
  return [...new Set([...a.keys(), ...b.keys()])].sort().map((k) => ({ key: k, before: a.get(k), after: b.get(k) }));
}

const changed = <T>(list: (T & Change<unknown>)[]) => list.filter((c) => c.before !== c.after);

const BLOCKS = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text of some HTML as a reader reads it: entities decoded, a space between blocks. */
function textOf(html: string): string {
  let text = '';
  const parser = new Parser({
    ontext: (t) => { text += t; },
    onclosetag: (name) => { if (BLOCKS.has(name)) text += ' '; },
  }, { decodeEntities: true });
  parser.end(html);
  return text.replace(/\s+/g, ' ');
}

/** Everything `after` changes for readers, compared with `before`. */
export function changesBetween(before: SiteContent, after: SiteContent): Changes {
  const figures = pairs(before.countries, after.countries, (c) => c.slug).flatMap(({ before: b, after: a }) => {
    const ids = [...new Set([...Object.keys(b?.figures ?? {}), ...Object.keys(a?.figures ?? {})])].sort();
    const name = (a ?? b)!.name;
    const words = (f: NonNullable<typeof a>['figures'][string] | undefined, id: string) =>
      f && `${figureLabel(id, f)}: ${formatValue(f)} (${f.as_of.precision === 'span' ? 'dated' : 'as of'} ${formatPartialDate(f.as_of)})`;
    return changed(ids.map((id) => ({ country: name, figure: id, before: words(b?.figures[id], id), after: words(a?.figures[id], id) })));
  });
  const statuses = changed(pairs(before.countries, after.countries, (c) => c.slug).map(({ before: b, after: a }) => ({
    country: (a ?? b)!.name, before: b && STATUSES[b.status].label, after: a && STATUSES[a.status].label,
  })));
  const eventWords = (e: SiteContent['events'][number] | undefined) => e && `${formatPartialDate(e.date)}: ${e.title}`;
  const events = changed(pairs(before.events, after.events, (e) => e.id).map(({ key, before: b, after: a }) => ({
    id: key, title: (a ?? b)!.title, before: eventWords(b), after: eventWords(a),
  })));
  const sources = changed(pairs(before.sources, after.sources, (s) => s.id).map(({ key, before: b, after: a }) => ({
    id: key, before: b && `${b.title} (${b.publisher})`, after: a && `${a.title} (${a.publisher})`,
  })));
  // As the story writes a step: chart=timeline country=kosovo from=2025-03-01.
  const stepWords = (s: ReturnType<typeof storySteps>[number] | undefined) => s && [
    `chart=${s.chart}`,
    ...Object.entries(s.state).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`),
  ].join(' ');
  // Every story's steps: a step id is unique across the stories.
  const allSteps = (content: SiteContent) => everyStorySteps(content).flatMap((s) => s.steps);
  const steps = changed(pairs(allSteps(before), allSteps(after), (s) => s.id)
    .map(({ key, before: b, after: a }) => ({ id: key, before: stepWords(b), after: stepWords(a) })));
  const takeaway = (content: SiteContent, t: { chart: ChartId; state: object }) => {
    const spec = CHARTS[t.chart] as unknown as { prepare: (c: SiteContent, s: object) => unknown; takeaway: (rows: unknown) => string };
    return spec.takeaway(spec.prepare(content, t.state));
  };
  const takeaways = changed(pairs(chartTargets(before), chartTargets(after), (t) => imageKey(t.chart, t.key)).map(({ before: b, after: a }) => ({
    chart: (a ?? b)!.chart, key: (a ?? b)!.key, before: b && takeaway(before, b), after: a && takeaway(after, a),
  })));
  const entries = (content: SiteContent) => [
    ...content.countries.flatMap((c) => c.corrections.map((x) => ({ record: c.name, x }))),
    ...content.events.flatMap((e) => e.corrections.map((x) => ({ record: e.title, x }))),
    ...content.sources.flatMap((s) => s.corrections.map((x) => ({ record: s.title, x }))),
    ...content.story.corrections.map((x) => ({ record: 'The story', x })),
    ...content.stories.flatMap((s) => s.corrections.map((x) => ({ record: s.title, x }))),
  ].map(({ record, x }) => ({ record, date: x.date.start, text: x.text }));
  const old = new Set(entries(before).map((e) => JSON.stringify(e)));
  const corrections = entries(after).filter((e) => !old.has(JSON.stringify(e)));
  const was = new Set(publishedPaths(before));
  const sentencesOf = (content: SiteContent) => new Set([content.story, ...content.stories].flatMap((story) => storyBlocks(story.body, { ...content, sourceHref: () => '' }).blocks)
    .flatMap((block) => textOf(block.html).split(/(?<=[.!?]”?"?)\s+(?=[A-Z“"])/).map((t) => t.trim()).filter(Boolean)));
  const [oldText, newText] = [sentencesOf(before), sentencesOf(after)];
  const now = new Set(publishedPaths(after));
  const redirected = new Set(aliasRedirects(after).map((r) => r.from));
  return {
    figures, statuses, takeaways, events, sources, steps, corrections,
    sentences: { removed: [...oldText].filter((t) => !newText.has(t)), added: [...newText].filter((t) => !oldText.has(t)) },
    addresses: {
      added: [...now].filter((p) => !was.has(p)),
      removed: [...was].filter((p) => !now.has(p) && !redirected.has(p)),
      redirected: [...was].filter((p) => !now.has(p) && redirected.has(p)),
    },
  };
}
