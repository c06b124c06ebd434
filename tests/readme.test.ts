/** README.md stays true: its quick start, its vocabulary tables, its scripts and what it says the check prints. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SETTINGS } from '../src/model/chartState';
import * as V from '../src/model/vocabulary';
import { formatReport, loadContent } from '../src/validation/load';
import { applyEdits, replace } from './helpers/fixtureSite';
import { CASES } from './malformed.cases';

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

describe("README.md's editors' guide on the check", () => {
  const section = readme.slice(readme.indexOf('### What the check tells you, and how to fix it'), readme.indexOf('## Cross-record rules'));

  it('shows the report `npm run check` prints for the mistakes it describes, in the seed', () => {
    const example = /```\n([\s\S]*?)\n```/.exec(section)![1];
    const root = mkdtempSync(join(tmpdir(), 'readme-example-'));
    try {
      cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
      applyEdits(root, {
        'content/countries/moldova.md': replace('status: agreed', 'status: agred'),
        'content/events/2025-05-12-kosovo-answer.md': (t) => replace('countries: [kosovo]', 'countries: [kosovoo]')(t).replace('    value: 50\n', '    value: fifty\n'),
      });
      expect(formatReport(loadContent(root).issues)).toBe(example);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists only messages that the malformed-record suite asserts', () => {
    const table = section.slice(section.indexOf('| message | fix |'));
    const rows = [...table.matchAll(/^\| (.+?) \| .+ \|$/gm)].map((m) => m[1]).filter((cell) => cell !== 'message' && cell !== '---');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const asserted = CASES.flatMap((c) => c.expect);
    const quoted = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*');
    for (const cell of rows) {
      for (const [, message] of cell.matchAll(/`([^`]+)`/g)) {
        expect(asserted.some((line) => new RegExp(quoted(message)).test(line)), message).toBe(true);
      }
    }
  });

  it("gives each chart's settings as the check enforces them", () => {
    const rows = [...readme.matchAll(/^ {2}\| `(\w+)` \| ([a-z, ]+) \|$/gm)].map((m) => [m[1], m[2].split(', ')]);
    expect(Object.fromEntries(rows)).toEqual(CHART_SETTINGS);
  });
});
