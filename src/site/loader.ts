/**
 * An Astro content loader over src/validation/load.ts. It refuses to load anything when any record
 * is invalid, with the same report `npm run check` prints.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS } from '../model/records';
import { formatReport, loadContent } from '../validation/load';
import { readSnapshot, recordData, waitForFile, type SnapshotContent } from '../validation/snapshot';
import { contentRoot } from './root';

/** What a loader keeps of a reading: the problems, each file's fields and text, the languages and translations. */
interface Reading extends SnapshotContent {
  issues: ReturnType<typeof loadContent>['issues'];
}

/** The files themselves, as `astro dev` reads them on every change. */
function fresh(root: string): Reading {
  const { issues, files, languages, translations } = loadContent(root);
  return {
    issues,
    files: recordData(files),
    languages,
    translations: Object.fromEntries(Object.entries(translations).map(([locale, t]) => [locale, recordData(t)])),
  };
}

/**
 * In a build: the records `npm run build` validates while Astro starts (src/validation/snapshot.ts),
 * once they are there; else the files. The four collections share one reading: nothing changes
 * while a build runs.
 */
const builds = new Map<string, Promise<Reading>>();
function readOnce(root: string): Promise<Reading> {
  let result = builds.get(root);
  if (!result) builds.set(root, (result = read(root)));
  return result;
}

async function read(root: string): Promise<Reading> {
  const file = process.env.CONTENT_SNAPSHOT;
  if (file) await waitForFile(file);
  const snapshot = file ? readSnapshot(file, root) : undefined;
  return snapshot ? { issues: [], ...snapshot } : fresh(root);
}

/** What each collection takes from a reading, as entries for Astro's store. */
type Entries = (reading: Reading) => { id: string; data: unknown; body?: string; filePath?: string }[];

const recordEntries = (name: keyof typeof COLLECTIONS): Entries => (reading) => {
  const { folder, extension } = COLLECTIONS[name];
  return [...reading.files]
    .filter(([file]) => file.startsWith(`content/${folder}/`))
    .map(([file, record]) => ({ id: file.slice(file.lastIndexOf('/') + 1, -extension.length), data: record.raw, body: record.body, filePath: file }));
};

/** content/languages.yaml: an entry for each language it names. */
const languageEntries: Entries = (reading) => Object.entries(reading.languages).map(([locale, language]) => ({ id: locale, data: language }));

/** Every translation file, as `<locale>:<the English record file>`, its fields untouched (the check validated them). */
const translationEntries: Entries = (reading) =>
  Object.entries(reading.translations).flatMap(([locale, files]) =>
    [...files].map(([file, t]) => ({ id: `${locale}:${file}`, data: { locale, file, raw: t.raw }, body: t.body })));

/** Loads one collection of records; the whole of content/ is validated, since any record can break a cross-record rule. */
export const recordLoader = (name: keyof typeof COLLECTIONS): Loader => loader(`record-loader-${name}`, recordEntries(name));
/** Loads the languages of content/languages.yaml. */
export const languagesLoader = (): Loader => loader('languages-loader', languageEntries);
/** Loads every translation of every record. */
export const translationsLoader = (): Loader => loader('translations-loader', translationEntries);

function loader(name: string, entries: Entries): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher, logger }) => {
      const root = contentRoot();
      const sync = async () => {
        const result = watcher ? fresh(root) : await readOnce(root);
        if (result.issues.length) {
          const report = `Invalid content.\n${formatReport(result.issues)}`;
          // A build stops here. `astro dev` keeps serving: every page then shows this report in
          // the error overlay (src/site/content.ts), and the watcher reloads once it is fixed.
          if (!watcher) throw new Error(report);
          logger.error(report);
          store.clear();
          return;
        }
        store.clear();
        for (const entry of entries(result)) {
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, ...(entry.filePath && { filePath: entry.filePath }) });
          store.set({ id: entry.id, data, ...(entry.body !== undefined && { body: entry.body }), ...(entry.filePath && { filePath: entry.filePath }) });
        }
      };
      await sync();
      if (watcher) {
        // Any record can break a cross-record rule, so every collection watches all of content/.
        const dir = join(root, 'content');
        watcher.add(dir);
        watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir)) return;
          sync().catch((e: Error) => logger.error(e.message));
        });
      }
    },
  };
}
