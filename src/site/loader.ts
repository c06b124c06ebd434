/**
 * An Astro content loader over src/model/load.ts. It refuses to load anything when any record
 * is invalid, with the same report `npm run check` prints.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS, formatReport, loadContent } from '../model/load';
import { contentRoot } from './root';

/** Loads one collection; the whole of content/ is validated each time. */
export function recordLoader(name: keyof typeof COLLECTIONS): Loader {
  return {
    name: `record-loader-${name}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const root = contentRoot();
      const { folder, extension } = COLLECTIONS[name];
      const sync = async () => {
        const result = loadContent(root);
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
