/** README.md stays true: its quick start, its vocabulary tables and its scripts. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as V from '../src/model/vocabulary';

const project = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(project, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(resolve(project, 'package.json'), 'utf8')).scripts as Record<string, string>;

describe('README.md', () => {
  it('has a quick start of exactly two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'));
    const block = /```sh\n([\s\S]*?)```/.exec(quick)![1].trim().split('\n');
    expect(block.map((l) => l.replace(/\s+#.*$/, ''))).toEqual(['npm ci && npm run build', 'npm test']);
  });
  it('documents every word of the vocabulary with its meaning', () => {
    const tables = [V.STATUSES, V.EVENT_TYPES, V.SOURCE_KINDS, V.REGIONS, V.UNITS, V.QUALIFIERS, V.FIGURE_IDS];
    for (const table of tables) {
      for (const [word, { label, meaning }] of Object.entries(table)) {
        expect(readme).toContain(`| \`${word}\` | ${label} | ${meaning} |`);
      }
    }
  });
  it('names only scripts that exist', () => {
    for (const m of readme.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(m[1]);
  });
});
