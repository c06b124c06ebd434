/**
 * Checks the translations of the records into one language (src/model/translation.ts says what a
 * translation holds): a translation file that is not one, or whose story steps differ from the
 * English, is a problem (`issues`) for any language; text not translated yet, or translated from an
 * English that has changed since (`gaps`), stops only a published language.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../model/records';
import { HAS_BODY, TRANSLATED_FIELDS, translatedRecord, translationFile, type FieldPattern } from '../model/translation';
import { LANGUAGES_FILE, languagesSchema, TRANSLATION_LOCALES, type Languages, type TranslationLocale } from '../model/languages';
import { describeIssue } from './messages';
import { byPosition, formatPath, issueAt, rawValueAt, readRecordFile, type ContentIssue, type FieldPath, type RecordFile } from './recordFile';

/** The English a translation was made from, when the record has changed since (from git, by the caller). */
export interface EnglishBefore {
  raw: unknown;
  body: string;
  /** The day the translation was last changed, and the day the English was. */
  translated: string;
  changed: string;
}

export interface TranslationCheck {
  issues: ContentIssue[];
  gaps: ContentIssue[];
  /** Each translation file read, by the record file it translates. */
  files: Map<string, RecordFile>;
}

const LANGUAGE_NAMES: Record<string, string> = { es: 'Spanish' };

/** A language's name in the check's messages: "Spanish". */
export const languageName = (locale: string) => LANGUAGE_NAMES[locale] ?? locale;

/** Every string leaf of `raw` that `pattern` names, `*` standing for any key or position. */
function expand(raw: unknown, pattern: FieldPattern, at: FieldPath = []): FieldPath[] {
  if (pattern.length === 0) return typeof raw === 'string' && raw.trim() ? [at] : [];
  if (raw === null || typeof raw !== 'object') return [];
  const [head, ...rest] = pattern;
  const keys = head === '*' ? Object.keys(raw).map((k) => (Array.isArray(raw) ? Number(k) : k)) : [head];
  return keys.flatMap((k) => expand((raw as Record<string | number, unknown>)[k], rest, [...at, k]));
}

/** Every leaf of a translation file's fields, with its path; a field left empty (`quotes:`) has none. */
function leaves(raw: unknown, at: FieldPath = []): { path: FieldPath; value: unknown }[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw !== 'object') return at.length ? [{ path: at, value: raw }] : [];
  return Object.entries(raw).flatMap(([k, v]) => leaves(v, [...at, Array.isArray(raw) ? Number(k) : k]));
}

const matches = (pattern: FieldPattern, path: FieldPath) => pattern.length === path.length && pattern.every((seg, i) => seg === '*' || seg === String(path[i]));
const toTranslated = (english: FieldPath, pattern: FieldPattern): FieldPath => pattern.map((seg, i) => (seg === '*' ? english[i] : seg));
const toEnglish = (translated: FieldPath, pattern: FieldPattern): FieldPath => pattern.map((seg, i) => (seg === '*' ? translated[i] : seg));
/** The numbers in a text, as digits without thousands separators ("100,000" and "100.000" are both 100000). */
const numbersIn = (text: string) => (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[,.](?=\d{3}(?!\d))/g, '')).sort().join(', ');
const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** The translation files in a collection's folder, for `locale`, by the record file each translates. */
function listTranslations(root: string, name: CollectionName, locale: string): Map<string, string> {
  const dir = join(root, 'content', COLLECTIONS[name].folder);
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir).sort()) {
    const file = `content/${COLLECTIONS[name].folder}/${entry}`;
    const of = translatedRecord(file, TRANSLATION_LOCALES);
    if (of?.locale === locale) found.set(of.record, file);
  }
  return found;
}

/**
 * A story's steps, in order, each with its directive line as written (id, chart and state) and its
 * references (`:fig[…]`, `:cite[…]`), and the line each starts on; the prose before the first step
 * is the first entry, with no id.
 */
function steps(body: string): { id: string; directive: string; refs: string; line: number }[] {
  const out = [{ id: '', directive: '', refs: '', line: 0 }];
  body.split('\n').forEach((text, i) => {
    const step = /^:::step\{#([^\s}]+)/.exec(text);
    if (step) out.push({ id: step[1], directive: text.trim(), refs: '', line: i });
    else out[out.length - 1].refs += [...text.matchAll(/:(fig|cite)\[([^\]]*)\]/g)].map((m) => ` ${m[1]}:${m[2]}`).join('');
  });
  return out;
}

/** The story's translation has the English's steps, in order, each set as the English sets it, with the same figures and sources. */
function checkSteps(english: string, translation: RecordFile, language: string): ContentIssue[] {
  const a = steps(english);
  const b = steps(translation.body);
  const at = (i: number) => ({ file: translation.file, line: translation.bodyLine + (b[Math.min(i, b.length - 1)]?.line ?? 0), column: 1, field: 'steps' });
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.id !== b[i]?.id) {
      const expected = a[i] ? `step #${a[i].id}` : 'no more steps';
      const found = b[i] ? `step #${b[i].id}` : 'none';
      return [{ ...at(i), message: `mismatched steps: the ${language} must have the English story's steps in the same order, with the same ids; expected ${expected} here, found ${found}` }];
    }
    if (a[i].directive !== b[i].directive) {
      return [{ ...at(i), message: `mismatched steps: step #${a[i].id} must set its chart as the English does, its line copied as it is: expected ${a[i].directive}` }];
    }
    if (a[i].refs !== b[i].refs) {
      const what = a[i].id ? `step #${a[i].id}` : 'the prose before the first step';
      return [{ ...at(i), message: `mismatched steps: ${what} must cite the same figures and sources as the English, in the same order (English:${a[i].refs || ' none'}; ${language}:${b[i].refs || ' none'})` }];
    }
  }
  return [];
}

/** A translation whose numbers are not the English's: one dropped, added or changed. */
function numbersDiffer(english: string, translated: string): string {
  const list = (text: string) => numbersIn(text) || 'none';
  return `numbers differ from the English: a translation keeps every number as the English gives it (English: ${list(english)}; translation: ${list(translated)})`;
}

/** The story check (src/validation/story.ts) run on a story's translation: its directives, figures and numbers. */
export type StoryCheck = (translation: RecordFile) => ContentIssue[];

/** One record's translation: what it lacks, what has gone stale, and what it holds that is not translated text. */
function checkOne(name: CollectionName, english: RecordFile, translation: RecordFile | undefined, file: string, before: EnglishBefore | undefined, language: string, storyCheck?: StoryCheck): TranslationCheck {
  const issues: ContentIssue[] = [];
  const gaps: ContentIssue[] = [];
  const missing = (path: FieldPath, text: string) => ({ file, line: 1, column: 1, field: formatPath(path), message: `untranslated: expected the ${language} for ${quote(text)}${translation ? '' : ' (no translation file yet: create it)'}` });
  for (const spec of TRANSLATED_FIELDS[name]) {
    for (const path of expand(english.raw, spec.english)) {
      const text = rawValueAt(english.raw, path) as string;
      const target = toTranslated(path, spec.translated);
      const value = translation ? rawValueAt(translation.raw, target) : undefined;
      if (typeof value !== 'string' || !value.trim()) gaps.push(translation && value !== undefined ? issueAt(translation, target, `untranslated: expected the ${language} text for ${quote(text)}, found none`) : missing(target, text));
      else if (before && rawValueAt(before.raw, path) !== text) gaps.push(issueAt(translation!, target, `stale translation: the English was changed on ${before.changed}, after the translation was last committed (${before.translated}); it now reads ${quote(text)}`));
      else if (numbersIn(value) !== numbersIn(text)) gaps.push(issueAt(translation!, target, numbersDiffer(text, value)));
    }
  }
  if (HAS_BODY[name] && english.body.trim()) {
    const body = translation?.body.trim();
    if (!body) gaps.push({ file, line: translation?.bodyLine ?? 1, column: 1, field: 'text', message: `untranslated: expected the ${language} of the Markdown below the English record's fields${translation ? '' : ' (no translation file yet: create it)'}` });
    else if (before && before.body.trim() !== english.body.trim()) gaps.push({ file, line: translation!.bodyLine, column: 1, field: 'text', message: `stale translation: the English Markdown was changed on ${before.changed}, after the translation was last committed (${before.translated})` });
    else if (numbersIn(body) !== numbersIn(english.body)) gaps.push({ file, line: translation!.bodyLine, column: 1, field: 'text', message: numbersDiffer(english.body, body) });
  }
  if (translation) {
    for (const { path, value } of leaves(translation.raw)) {
      const spec = TRANSLATED_FIELDS[name].find((s) => matches(s.translated, path));
      if (!spec) {
        issues.push(issueAt(translation, path, `is not text a translation gives: a translation holds only ${TRANSLATED_FIELDS[name].map((s) => formatPath([...s.translated])).join(', ')}; numbers, dates, statuses and sources stay in the English record`, true));
      } else if (typeof rawValueAt(english.raw, toEnglish(path, spec.english)) !== 'string') {
        issues.push(issueAt(translation, path, `has no English to translate: ${english.file} has no ${formatPath(toEnglish(path, spec.english))}`, true));
      } else if (typeof value !== 'string') {
        issues.push(issueAt(translation, path, `expected the ${language} text, in words`));
      }
    }
    if (name === 'story' || name === 'stories') {
      const steps = checkSteps(english.body, translation, language);
      issues.push(...steps);
      // Steps as the English sets them, the rest of the story's rules hold too: no number typed by hand.
      if (!steps.length && storyCheck) issues.push(...storyCheck(translation));
    }
  }
  return { issues, gaps, files: new Map(translation ? [[english.file, translation]] : []) };
}

/**
 * Checks the translations into `locale` of the records in `english` (the record files as read by
 * the check). `before` gives, for a record and its translation file, the English as it was when the
 * translation was last changed, where it has changed since.
 */
export function checkTranslations(root: string, english: ReadonlyMap<string, RecordFile>, locale: string, before: (record: string, translation: string) => EnglishBefore | undefined = () => undefined, storyCheck?: StoryCheck): TranslationCheck {
  const language = LANGUAGE_NAMES[locale] ?? locale;
  const out: TranslationCheck = { issues: [], gaps: [], files: new Map() };
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const translations = listTranslations(root, name, locale);
    for (const [record, file] of translations) {
      if (!english.has(record) && !existsSync(join(root, record))) out.issues.push({ file, line: 1, column: 1, field: '', message: `translates ${record}, which does not exist: rename it after its record, or delete it` });
    }
    for (const [record, recordFile] of english) {
      if (!record.startsWith(`content/${COLLECTIONS[name].folder}/`)) continue;
      const file = translations.get(record) ?? translationFile(record, locale);
      let translation: RecordFile | undefined;
      if (translations.has(record)) {
        const read = readRecordFile(root, file, COLLECTIONS[name].extension === '.md');
        out.issues.push(...read.issues);
        translation = read.record;
        if (!translation) continue;
      }
      const one = checkOne(name, recordFile, translation, file, translation ? before(record, file) : undefined, language, storyCheck);
      out.issues.push(...one.issues);
      out.gaps.push(...one.gaps);
      for (const [k, v] of one.files) out.files.set(k, v);
    }
  }
  out.issues.sort(byPosition);
  out.gaps.sort(byPosition);
  return out;
}

/** content/languages.yaml, checked: which languages are drafts and which are published, and by whom. */
function readLanguages(root: string, issues: ContentIssue[]): Languages {
  if (!existsSync(join(root, LANGUAGES_FILE))) return {};
  const read = readRecordFile(root, LANGUAGES_FILE, false);
  issues.push(...read.issues);
  if (!read.record) return {};
  const record = read.record;
  const parsed = languagesSchema.safeParse(record.raw ?? {});
  if (parsed.success) return parsed.data;
  const fields = (path: FieldPath) => (path.length === 0 ? [...TRANSLATION_LOCALES] : path.length === 1 ? ['status', 'translator', 'reviewer'] : []);
  for (const zi of parsed.error.issues) {
    for (const d of describeIssue(zi, (p) => rawValueAt(record.raw, p), fields)) issues.push(issueAt(record, d.path, d.message, d.atKey));
  }
  return {};
}

/**
 * The languages content/languages.yaml sets, each with its translations checked: their problems go
 * into `issues`; text not translated yet, or stale, too for a published language (listed again in
 * `gaps`), and into `drafts` for a draft one.
 */
export function checkLanguages(root: string, files: ReadonlyMap<string, RecordFile>, issues: ContentIssue[], before?: (record: string, translation: string) => EnglishBefore | undefined, storyCheck?: StoryCheck) {
  const languages = readLanguages(root, issues);
  const drafts: Partial<Record<TranslationLocale, ContentIssue[]>> = {};
  const gaps: ContentIssue[] = [];
  const translations: Partial<Record<TranslationLocale, Map<string, RecordFile>>> = {};
  for (const locale of TRANSLATION_LOCALES) {
    const setting = languages[locale];
    if (!setting) continue;
    const checked = checkTranslations(root, files, locale, before, storyCheck);
    // A draft never stops the English: everything wrong with it is a to-do until it is published.
    if (setting.status === 'published') {
      issues.push(...checked.issues, ...checked.gaps);
      gaps.push(...checked.gaps);
    } else drafts[locale] = [...checked.issues, ...checked.gaps].sort(byPosition);
    translations[locale] = checked.files;
  }
  return { languages, drafts, gaps, translations };
}
