/**
 * The records of a validated content folder, as JSON: `npm run build` validates content/ once
 * (scripts/check.ts) and hands the result to the site build (src/site/loader.ts), which would
 * otherwise read and validate every file a second time. Only data goes in: the fields as parsed
 * from YAML, and the Markdown text.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Languages, TranslationLocale } from '../model/languages';
import type { RecordFile } from './recordFile';

/** A record's data: its fields as parsed from YAML, and its Markdown text. */
export interface RecordData { raw: unknown; body: string }

export interface Snapshot {
  /** The folder holding content/, resolved. */
  root: string;
  /** Project-relative file → its fields and text. */
  files: Map<string, RecordData>;
  /** content/languages.yaml, as the check read it. */
  languages: Languages;
  /** Each language's translations, by the English record file each translates. */
  translations: Partial<Record<TranslationLocale, Map<string, RecordData>>>;
}

/** What the check hands the build: the records, the languages and their translations. */
export type SnapshotContent = Pick<Snapshot, 'files' | 'languages' | 'translations'>;

const VERSION = 2;

/** The data of each record file, without the parsed YAML documents (kept to locate problems, and large). */
export function recordData(files: Map<string, RecordFile>): Map<string, RecordData> {
  return new Map([...files].map(([name, record]) => [name, { raw: record.raw, body: record.body }]));
}

/** Writes the snapshot whole or not at all (a reader waits for the file to appear). */
export function writeSnapshot(file: string, root: string, content: { files: Map<string, RecordFile>; languages: Languages; translations: Partial<Record<TranslationLocale, Map<string, RecordFile>>> }): void {
  const records = [...recordData(content.files)];
  const translations = Object.entries(content.translations).map(([locale, files]) => [locale, [...recordData(files)]]);
  writeFileSync(`${file}.part`, JSON.stringify({ version: VERSION, root: resolve(root), records, languages: content.languages, translations }));
  renameSync(`${file}.part`, file);
}

/** The snapshot in `file` when it is one of `root`'s, else undefined. */
export function readSnapshot(file: string, root: string): Snapshot | undefined {
  let data: { version?: number; root?: string; records?: [string, RecordData][]; languages?: Languages; translations?: [TranslationLocale, [string, RecordData][]][] };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (data.version !== VERSION || data.root !== resolve(root) || !Array.isArray(data.records)) return undefined;
  const translations = Object.fromEntries((data.translations ?? []).map(([locale, files]) => [locale, new Map(files)]));
  return { root: data.root, files: new Map(data.records), languages: data.languages ?? {}, translations };
}

/**
 * The file beside a snapshot where the check leaves what else the build needs from the records,
 * worked out while it has them in hand: where renamed records' old addresses lead (`redirects`,
 * read by scripts/build.ts) and each page's date for the sitemap (`lastmods`, src/site/sitemap.ts).
 */
export const besideSnapshot = (file: string, what: 'redirects' | 'lastmods'): string => `${file}.${what}.json`;

/** Writes JSON whole or not at all, as the snapshot itself. */
export function writeBeside(file: string, what: 'redirects' | 'lastmods', data: unknown): void {
  const target = besideSnapshot(file, what);
  writeFileSync(`${target}.part`, JSON.stringify(data));
  renameSync(`${target}.part`, target);
}

/**
 * Waits for a file the check writes (the snapshot, or one beside it) to appear. The check takes
 * seconds, and `npm run build` stops the build if it fails; ten minutes is a safety net for a
 * check that died without saying so.
 */
export async function waitForFile(file: string): Promise<void> {
  for (const deadline = Date.now() + 600_000; !existsSync(file) && Date.now() < deadline;) {
    await new Promise((wait) => setTimeout(wait, 50));
  }
}
