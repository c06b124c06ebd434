/**
 * Every GitHub Actions workflow (each `*.yml` and `*.yaml` in .github/workflows/, whatever its
 * name, so a workflow or step added later is linted too) passes actionlint and shellcheck on its
 * `run:` scripts (tests/helpers/workflowLint.ts). Each problem is listed as
 * `file:line:column rule: message`. A broken copy of the workflow, written to a temporary folder,
 * must fail with each planted mistake, so the lint cannot pass by checking nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, lintWorkflow, workflowFiles } from './helpers/workflowLint';

const project = resolve(import.meta.dirname, '..');
const workflowDir = join(project, '.github/workflows');
const site = join(workflowDir, 'site.yml');
const temp = mkdtempSync(join(tmpdir(), 'workflow-lint-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the GitHub workflows', () => {
  const files = workflowFiles(workflowDir);

  it('are found: every *.yml and *.yaml in .github/workflows/', () => {
    expect(files).toContain(site);
    const dir = mkdtempSync(join(temp, 'found-'));
    for (const name of ['a.yml', 'b.yaml', 'notes.md']) writeFileSync(join(dir, name), '');
    expect(workflowFiles(dir).map((f) => basename(f))).toEqual(['a.yml', 'b.yaml']);
  });

  it.each(files.map((f) => [basename(f), f]))('%s passes actionlint and shellcheck', async (_, file) => {
    const problems = (await lintWorkflow(file)).map((p) => formatProblem({ ...p, file: p.file.slice(project.length + 1) }));
    expect(problems.join('\n')).toBe('');
  });
});

describe('a workflow with planted mistakes', () => {
  /** site.yml with `from` replaced by `to`, each exactly once; returns the file and the line of `to`. */
  function plant(edits: Array<[from: string, to: string]>): { file: string; lineOf: (text: string) => number } {
    let text = readFileSync(site, 'utf8');
    for (const [from, to] of edits) {
      expect(text.split(from).length - 1, `"${from}" once in site.yml`).toBe(1);
      text = text.replace(from, to);
    }
    const file = join(mkdtempSync(join(temp, 'broken-')), 'site.yml');
    writeFileSync(file, text);
    const lines = text.split('\n');
    return { file, lineOf: (needle) => lines.findIndex((l) => l.includes(needle)) + 1 };
  }

  it('fails with each of them, at its line', async () => {
    const { file, lineOf } = plant([
      // a runner that does not exist
      ['runs-on: ubuntu-latest\n    timeout-minutes: 20', 'runs-on: ubuntu-lastest\n    timeout-minutes: 20'],
      // a job that needs a job that is not there
      ['needs: test\n', 'needs: tests\n'],
      // a step output read from a step id that is not there
      ['${{ steps.chrome.outputs.path }}', '${{ steps.chromium.outputs.path }}'],
      // an unquoted variable in a run: script
      ['          diff -rq "$first_build" dist\n          npm run build', '          diff -rq $first_build dist\n          npm run build'],
      // a pull request's title put straight into a script, as a careless PR-comment step would
      ['      - run: npm run check\n', '      - run: npm run check\n      - run: echo "Checking ${{ github.event.pull_request.title }}"\n'],
    ]);
    const problems = await lintWorkflow(file);
    const listed = problems.map(formatProblem).join('\n');
    const expected = [
      { kind: 'runner-label', line: lineOf('ubuntu-lastest'), message: 'label "ubuntu-lastest" is unknown' },
      { kind: 'job-needs', line: lineOf('  deploy:'), message: 'job "deploy" needs job "tests" which does not exist' },
      { kind: 'expression', line: lineOf('steps.chromium'), message: 'property "chromium" is not defined' },
      { kind: 'shellcheck', line: lineOf('diff -rq $first_build'), message: 'SC2086' },
      { kind: 'expression', line: lineOf('pull_request.title'), message: '"github.event.pull_request.title" is potentially untrusted' },
    ];
    for (const e of expected) {
      expect(problems.some((p) => p.kind === e.kind && p.line === e.line && p.message.includes(e.message)), `${e.kind} at line ${e.line} (${e.message}) in:\n${listed}`).toBe(true);
    }
    expect(problems, listed).toHaveLength(expected.length);
  });

  it('places shellcheck problems in a one-line script at the script', async () => {
    const { file, lineOf } = plant([['      - run: npm run check\n', '      - run: echo $GITHUB_SHA && npm run check\n']]);
    const problems = await lintWorkflow(file);
    expect(problems.map(formatProblem)).toEqual([
      `${file}:${lineOf('echo $GITHUB_SHA')}:14 shellcheck: SC2086 (info) at line 1:6 of the script: Double quote to prevent globbing and word splitting.`,
    ]);
  });
});
