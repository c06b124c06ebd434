/**
 * Where `npm run build` keeps its caches: one folder per content folder under
 * node_modules/.astro/, holding Astro's own cache and the PNGs of the last build (src/images/imageCache.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The file in a cache folder that names its content folder, so that the cache can go once that folder has. */
export const CACHE_OWNER = 'content-root.txt';

/** The folder holding every content folder's cache. */
export const cachesDir = (project: string) => join(project, 'node_modules', '.astro');

/** The cache folder of the content folder `contentRoot` (an absolute path). */
export const cacheDirOf = (project: string, contentRoot: string) =>
  join(cachesDir(project), createHash('sha256').update(contentRoot).digest('hex').slice(0, 12));
