/**
 * The check never crashes: a few hundred mutated copies of the seed's records (fixed fast-check
 * seed, so every run tries the same cases) each end in success or in well-formed problems, fast.
 * `npm run fuzz` runs the same property over thousands of cases (tests/fuzz/property.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, removeSite, replace } from './helpers/fixtureSite';
import { DEFAULT_SEED, describeFailure, fuzzContent, PROJECT } from './fuzz/property';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const roots: string[] = [];
afterAll(() => roots.forEach(removeSite));

describe('the check on mutated records', () => {
  it(`ends in success or well-formed problems, in under a few seconds, for ${RUNS} cases`, () => {
    const result = fuzzContent({ runs: RUNS, seed: DEFAULT_SEED });
    expect(result.failure, describeFailure(result)).toBeUndefined();
    expect(result.runs).toBe(RUNS);
  });

  it('npm run check prints only file:line:column lines and the count, and exits 1, on what once crashed it', () => {
    const root = makeSite({
      'content/countries/beta.md': replace('sources: [memo, article]', 'sources: [memo, *articles]'),
      'content/countries/alpha-land.md': replace('sources: [cable-march]', `sources:\n      ${'- '.repeat(20_000)}cable-march`),
      'content/sources/gone.yaml': { link: 'nowhere.yaml' },
      'content/events/tab\there.md': '---\ndate: 2025-05\n---\n',
    });
    roots.push(root);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'scripts/check.ts'), root], { cwd: PROJECT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['', '4 problems in 4 files. Nothing was published; fix the lines above and run `npm run check` again.']);
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^content\/\S+:\d+:\d+ /);
  });
});
