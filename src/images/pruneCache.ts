/**
 * Tidies the PNG cache of ./imageCache.ts after a good build. A module of its own, with nothing
 * but file operations: `npm run build` imports it, and importing the cache's drawing side (resvg,
 * the fonts, linkedom) only to delete files took a third of a second of every build.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes every PNG not read or written since `since` (a time in ms): after a good build, what it
 * did not use. Returns how many files were removed and kept.
 */
export function pruneCache(dir: string, since: number): { removed: number; kept: number } {
  let removed = 0;
  let kept = 0;
  let folders: string[];
  try {
    folders = readdirSync(dir);
  } catch {
    return { removed, kept };
  }
  for (const folder of folders) {
    const sub = join(dir, folder);
    let files: string[];
    try {
      files = readdirSync(sub);
    } catch {
      continue;
    }
    for (const name of files) {
      const file = join(sub, name);
      try {
        if (statSync(file).mtimeMs < since) {
          rmSync(file, { force: true });
          removed++;
        } else kept++;
      } catch { /* removed meanwhile */ }
    }
  }
  return { removed, kept };
}
