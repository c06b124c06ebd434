/**
 * An Astro integration that keeps the records out of the build's JavaScript.
 *
 * Astro 5 hands the content layer's records to the pages as a module, `astro:data-layer-content`,
 * written out from its data store (`data-store.json` in the cache folder) as one JavaScript
 * literal that Vite then parses and bundles. At 10,000 events that literal is 4 MB of code: it
 * costs the bundle some 4 s and the build some 400 MB of memory, and both grow with the records.
 * In a build this replaces the module's code with a read of the same file, at the moment the
 * pages are drawn: the same records, parsed once, by `JSON.parse`.
 *
 * It leans on how Astro 5.18 names and fills that module. Were that to change, the module would
 * keep Astro's code (slower, not wrong): this only replaces code that is the array literal Astro
 * writes for that file.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MODULE = '\0astro:data-layer-content';

export function recordsFromFile(): AstroIntegration {
  let file = '';
  const plugin: Plugin = {
    name: 'records-from-file',
    transform(code, id) {
      // Astro writes the data store as `export default[…]` (rollup's dataToEsm of the file's JSON).
      if (id !== MODULE || !file || !existsSync(file) || !/^export default\s*\[/.test(code)) return undefined;
      return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`, map: { mappings: '' } };
    },
  };
  return {
    name: 'records-from-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
    },
  };
}
