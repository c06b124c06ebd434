/**
 * Loads and validates everything under `content/`: every file is read, every problem in every
 * file is collected, then the cross-record rules run. Nothing here depends on Astro, so the check
 * script, the tests and the site all use the same code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describeIssue } from './messages';
import { byPosition, formatIssue, issueAt, rawValueAt, readRecordFile, type ContentIssue, type FieldPath, type RecordFile } from './recordFile';
import { checkCountryCodes } from './countryCodes';
import { checkReferences } from './references';
import { checkRules } from './rules';
import { checkStory, parseStory, type TakenId } from './story';
import type { Content } from '../model/content';
import { COLLECTIONS, recordFile, type CollectionName } from '../model/records';
import { countrySchema, eventSchema, sourceSchema, storySchema } from '../model/schema';
import type { RecordData } from './snapshot';
import { LANGUAGES_FILE, TRANSLATION_LOCALES, type Languages, type TranslationLocale } from '../model/languages';
import { checkLanguages, type EnglishBefore } from './translations';
import { translatedRecord } from '../model/translation';

export interface LoadResult extends Content {
  /** Every problem found, in file order. Empty when the content is valid. */
  issues: ContentIssue[];
  /** The languages besides English, as content/languages.yaml sets them (none without the file). */
  languages: Languages;
  /** For each draft language, the text not translated yet or stale: a to-do, not a problem. */
  drafts: Partial<Record<TranslationLocale, ContentIssue[]>>;
  /** The published languages' text not translated yet, stale or with other numbers: in `issues` too. */
  gaps: ContentIssue[];
  /** Each language's translation files, by the record file each translates. */
  translations: Partial<Record<TranslationLocale, Map<string, RecordFile>>>;
  /** The parsed files, by project-relative path, for locating later problems. */
  files: Map<string, RecordFile>;
}

const SCHEMAS = { countries: countrySchema, events: eventSchema, sources: sourceSchema, story: storySchema, stories: storySchema };

/** Field names allowed at a path of a schema, for "did you mean" hints. */
function fieldsAt(schema: z.ZodTypeAny, path: FieldPath): string[] {
  let s: z.ZodTypeAny = schema;
  const unwrap = () => {
    for (;;) {
      if (s instanceof z.ZodEffects) s = s.innerType();
      else if (s instanceof z.ZodDefault) s = s._def.innerType;
      else if (s instanceof z.ZodOptional) s = s.unwrap();
      else return;
    }
  };
  unwrap();
  for (const seg of path) {
    if (s instanceof z.ZodObject) s = s.shape[seg as string] ?? z.never();
    else if (s instanceof z.ZodArray) s = s.element;
    else if (s instanceof z.ZodRecord) s = s.valueSchema;
    else return [];
    unwrap();
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Why a folder's entry cannot be read, in words: a broken link, or a name that is not UTF-8. */
function unreadable(entry: string, code: string | undefined): string {
  if (entry.includes('\ufffd')) return 'the file name is not valid UTF-8 text (was it made on another system?): rename it';
  if (code === 'ELOOP') return 'is a link that leads back to itself: replace it with the record file itself';
  if (code === 'ENOENT') return 'is a link to a file that does not exist: replace it with the record file itself';
  return `cannot be read (${code ?? 'unknown error'}): check the file's permissions`;
}

function listFiles(root: string, name: CollectionName, issues: ContentIssue[]): string[] {
  const { folder, extension, pattern, naming } = COLLECTIONS[name];
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) {
    issues.push({ file: `content/${folder}`, line: 1, column: 1, field: '', message: `is a file: expected a folder content/${folder}/ holding ${extension} files named after ${naming}` });
    return [];
  }
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith('.')) continue;
    const file = `content/${folder}/${entry}`;
    // A record's translation (kosovo.es.md) is checked with its language (./translations.ts).
    if (translatedRecord(file, TRANSLATION_LOCALES)) continue;
    let stats;
    try {
      stats = statSync(join(dir, entry));
    } catch (e) {
      issues.push({ file, line: 1, column: 1, field: '', message: unreadable(entry, (e as NodeJS.ErrnoException).code) });
      continue;
    }
    if (stats.isDirectory()) {
      issues.push({ file, line: 1, column: 1, field: '', message: `is a folder: content/${folder}/ holds only ${extension} files named after ${naming}` });
      continue;
    }
    const others = Object.values(COLLECTIONS).filter((c) => c.folder !== folder && entry.endsWith(c.extension));
    const elsewhere = others.map((c) => `content/${c.folder}/`).join(' or ');
    if (!entry.endsWith(extension)) {
      const hint = elsewhere ? `; such files belong in ${elsewhere}` : '';
      issues.push({ file, line: 1, column: 1, field: '', message: `expected a ${extension} file in content/${folder}/, found "${entry}"${hint}` });
      continue;
    }
    const id = entry.slice(0, -extension.length);
    if (!pattern.test(id)) {
      const belongs = others.find((c) => c.pattern.test(id));
      const hint = belongs ? `; it looks like a record for content/${belongs.folder}/: move it there` : "";
      issues.push({ file, line: 1, column: 1, field: '', message: `the file name is not allowed here: name it after ${naming}${hint}` });
      continue;
    }
    files.push(file);
  }
  return files;
}

/** Every country file's slug with its figure ids as written; undefined where the file or its figures could not be read. */
function figuresByCountry(files: Map<string, RecordFile>, slugs: string[]): Map<string, string[] | undefined> {
  return new Map(slugs.map((slug) => {
    const record = files.get(recordFile.country(slug));
    const raw = record?.raw as Record<string, unknown> | undefined;
    const figures = raw?.figures;
    if (figures !== null && typeof figures === 'object' && !Array.isArray(figures)) return [slug, Object.keys(figures)];
    return [slug, raw && figures === undefined && !record!.broken ? [] : undefined];
  }));
}

/** Adds a record, as its schema parsed it from `file`, to `content`. */
function addRecord(content: Content, name: CollectionName, file: string, data: unknown, body: string): void {
  const id = file.slice(file.lastIndexOf('/') + 1, -COLLECTIONS[name].extension.length);
  if (name === 'countries') content.countries.push({ ...(data as z.output<typeof countrySchema>), slug: id, body });
  else if (name === 'events') content.events.push({ ...(data as z.output<typeof eventSchema>), id, body });
  else if (name === 'sources') content.sources.push({ ...(data as z.output<typeof sourceSchema>), id });
  else if (name === 'stories') content.stories.push({ ...(data as z.output<typeof storySchema>), slug: id, body });
  else content.story = { ...(data as z.output<typeof storySchema>), body };
}

/**
 * The records of files that passed the check, such as a build's snapshot
 * (./snapshot.ts): each parsed by its schema again, without the check's positions and rules.
 * A file that no longer parses throws.
 */
export function checkedContent(files: ReadonlyMap<string, RecordData>): Content {
  const content: Content = { countries: [], events: [], sources: [], story: null, stories: [] };
  for (const [file, { raw, body }] of files) {
    const name = (Object.keys(COLLECTIONS) as CollectionName[]).find((n) => file.startsWith(`content/${COLLECTIONS[n].folder}/`));
    if (!name) throw new Error(`${file} is not a record file`);
    addRecord(content, name, file, SCHEMAS[name].parse(raw), body);
  }
  return content;
}

/**
 * Reads and validates every record under `root/content`, and its translations. `englishBefore`
 * (from git, src/review/translationDates.ts) finds translations older than their English.
 */
export function loadContent(root: string, options: { englishBefore?: (root: string) => (record: string, translation: string) => EnglishBefore | undefined } = {}): LoadResult {
  const issues: ContentIssue[] = [];
  const files = new Map<string, RecordFile>();
  const result: LoadResult = { countries: [], events: [], sources: [], story: null, stories: [], issues, files, languages: {}, drafts: {}, gaps: [], translations: {} };

  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) {
    issues.push({ file: 'content', line: 1, column: 1, field: '', message: 'the content/ folder is missing' });
    return result;
  }
  for (const entry of readdirSync(contentDir).sort()) {
    if (entry.startsWith('.') || Object.values(COLLECTIONS).some((c) => c.folder === entry) || `content/${entry}` === LANGUAGES_FILE) continue;
    issues.push({
      file: `content/${entry}`, line: 1, column: 1, field: '',
      message: `is not a content folder: records go in content/countries/, content/events/, content/sources/, content/story/ or content/stories/`,
    });
  }

  const listed: Record<CollectionName, string[]> = { countries: [], events: [], sources: [], story: [], stories: [] };
  const failed = new Set<string>();
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { extension } = COLLECTIONS[name];
    for (const file of listFiles(root, name, issues)) {
      listed[name].push(file.slice(file.lastIndexOf('/') + 1, -extension.length));
      const read = readRecordFile(root, file, extension === '.md');
      issues.push(...read.issues);
      if (!read.record) {
        failed.add(name);
        continue;
      }
      const record = read.record;
      files.set(file, record);
      if (name === 'events' && !record.body.trim()) {
        issues.push({ file, line: record.bodyLine, column: 1, field: '', message: 'expected a summary of the event in Markdown below the closing "---" line, found none' });
      }
      const schema = SCHEMAS[name];
      const parsed = schema.safeParse(record.raw);
      if (!parsed.success) {
        for (const zi of parsed.error.issues) {
          for (const d of describeIssue(zi, (p) => rawValueAt(record.raw, p), (p) => fieldsAt(schema, p))) {
            // After a syntax error, a field that seems missing may only be unreadable: say so once it reads.
            if (record.broken && rawValueAt(record.raw, d.path) === undefined && !d.atKey) continue;
            issues.push(issueAt(record, d.path, d.message, d.atKey));
          }
        }
      }
      if (!parsed.success || record.broken) {
        failed.add(name);
        continue;
      }
      addRecord(result, name, file, parsed.data, record.body);
    }
  }
  const storyCheck = (t: RecordFile) => checkStory(parseStory(t.body), { countries: figuresByCountry(files, listed.countries), sources: new Set(listed.sources), bodyLine: t.bodyLine, markdown: t.body })
    .issues.map((i) => ({ ...i, file: t.file }));
  Object.assign(result, checkLanguages(root, files, issues, options.englishBefore?.(root), storyCheck));
  if (!files.has('content/story/index.md') && !issues.some((i) => i.file === 'content/story/index.md')) {
    issues.push({ file: 'content/story/index.md', line: 1, column: 1, field: '', message: 'the story file is missing: expected content/story/index.md with the headline, standfirst and prose' });
  }

  // References and codes are read from every file as written, valid or not: one run lists them all.
  const ids = { countries: new Set(listed.countries), sources: new Set(listed.sources), events: new Set(listed.events) };
  issues.push(...checkReferences(files, ids));
  issues.push(...checkCountryCodes(files));
  issues.push(...checkRules(result, files, { eventsComplete: !failed.has('events'), ids }));
  // The stories' directives refer to countries, figures and sources: every file of them, as written.
  // Their steps are published at addresses of their own (/embed/<chart>/<step>/): one id, one step, in all stories.
  const taken = new Map<string, TakenId>();
  const elsewhere: ContentIssue[] = [];
  for (const file of [recordFile.story, ...listed.stories.map(recordFile.followUp)]) {
    const record = files.get(file);
    if (!record) continue;
    const context = { countries: figuresByCountry(files, listed.countries), sources: new Set(listed.sources), bodyLine: record.bodyLine, markdown: record.body, file, taken, elsewhere };
    issues.push(...checkStory(parseStory(record.body), context).issues);
  }
  issues.push(...elsewhere);
  issues.sort(byPosition);
  return result;
}

/** The whole report an editor reads, one problem per line, then a count. */
export function formatReport(issues: ContentIssue[]): string {
  if (issues.length === 0) return '';
  const fileCount = new Set(issues.map((i) => i.file)).size;
  const lines = issues.map(formatIssue);
  lines.push('', `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'}. Nothing was published; fix the lines above and run \`npm run check\` again.`);
  return lines.join('\n');
}
