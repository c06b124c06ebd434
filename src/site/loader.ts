/**
 * An Astro content loader over src/validation/load.ts. It refuses to load anything when any record
 * is invalid, with the same report `npm run check` prints.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS } from '../model/records';
import { formatReport, loadContent } from '../validation/load';
import { readSnapshot, recordData, waitForFile, type RecordData } from '../validation/snapshot';
import { contentRoot } from './root';

/** What a loader keeps of a reading: the problems, and each file's fields and text. */
interface Reading {
  issues: ReturnType<typeof loadContent>['issues'];
  files: Map<string, RecordData>;
}

/** The files themselves, as `astro dev` reads them on every change. */
function fresh(root: string): Reading {
  const { issues, files } = loadContent(root);
  return { issues, files: recordData(files) };
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
  return snapshot ? { issues: [], files: snapshot.files } : fresh(root);
}

/** Loads one collection; the whole of content/ is validated, since any record can break a cross-record rule. */
export function recordLoader(name: keyof typeof COLLECTIONS): Loader {
  return {
    name: `record-loader-${name}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const root = contentRoot();
      const { folder, extension } = COLLECTIONS[name];
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
        for (const [file, record] of result.files) {
          if (!file.startsWith(`content/${folder}/`)) continue;
          const id = file.slice(file.lastIndexOf('/') + 1, -extension.length);
          const data = await parseData({ id, data: record.raw as Record<string, unknown>, filePath: file });
          store.set({ id, data, body: record.body, filePath: file });
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
