import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { recordsFromFile } from './recordsFromFile';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The integration as Astro runs it: set up for `command`, with its cache folder in `dir`. */
function setUp(command: 'build' | 'dev'): Plugin | undefined {
  dir = mkdtempSync(join(tmpdir(), 'records-'));
  const integration = recordsFromFile();
  let plugins: Plugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as (o: unknown) => void;
  setup({ command, updateConfig: (c: { vite: { plugins: Plugin[] } }) => { plugins = c.vite.plugins; } });
  const done = integration.hooks['astro:config:done'] as (o: unknown) => void;
  done({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
  return plugins[0];
}

const transform = (plugin: Plugin, code: string, id: string) =>
  (plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id);

describe('records read from the data store file', () => {
  it('replaces the bundled records with a read of the same file, in a build', () => {
    const plugin = setUp('build')!;
    const records = [['countries', 1], { id: 'kosovo' }];
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(records));
    const result = transform(plugin, `export default${JSON.stringify(records)};`, '\0astro:data-layer-content');
    expect(result?.code).toContain(JSON.stringify(join(dir, 'data-store.json')));
    expect(result?.code).not.toContain('kosovo');
    // The module's code, run by Node, gives what Astro's literal gave.
    const file = join(dir, 'module.mjs');
    writeFileSync(file, result!.code);
    const run = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => console.log(JSON.stringify(m.default)))`], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual(records);
  });

  it('leaves every other module, a store Astro wrote some other way, and a missing file alone', () => {
    const plugin = setUp('build')!;
    expect(transform(plugin, 'export default[1];', '\0astro:data-layer-content')).toBeUndefined();
    writeFileSync(join(dir, 'data-store.json'), '[1]');
    expect(transform(plugin, 'export default[1];', '/src/pages/index.astro')).toBeUndefined();
    expect(transform(plugin, 'export default new Map()', '\0astro:data-layer-content')).toBeUndefined();
  });

  it('does nothing in `astro dev`, which reloads the records as they change', () => {
    expect(setUp('dev')).toBeUndefined();
  });
});
