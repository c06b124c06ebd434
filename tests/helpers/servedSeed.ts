/**
 * The seed site built for the address it is served from (as a newsroom would build it), with its
 * draft languages (the Spanish edition under /es/, as `npm run build -- --drafts` builds it), and
 * served on 127.0.0.1, for a browser test file: `const seed = servedSeed('labels')` at the top, then
 * `seed.base` and `seed.out` inside the tests. The build and server go away after the file.
 */
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './browser';
import { buildOrThrow } from './buildSite';
import { serveStatic } from './staticServer';

export interface ServedSeed {
  /** The site's address, without a trailing slash: `http://127.0.0.1:<port>`. */
  base: string;
  /** Where the site was built. */
  out: string;
}

export function servedSeed(name: string): ServedSeed {
  const project = resolve(import.meta.dirname, '../..');
  const seed: ServedSeed = { base: '', out: join(project, '.test-output', `${name}-${process.pid}`) };
  let server: Server | undefined;
  beforeAll(async () => {
    const port = await freePort();
    await buildOrThrow(seed.out, { SITE_URL: `http://127.0.0.1:${port}`, BUILD_DRAFTS: '1' });
    ({ server, url: seed.base } = await serveStatic(seed.out, port));
  });
  afterAll(() => {
    server?.close();
    rmSync(seed.out, { recursive: true, force: true });
  });
  return seed;
}

/** axe-core's violations on the page as it is (or in the part `within` selects), one line each: "rule: help (count) first target". */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}
