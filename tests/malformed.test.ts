import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../src/validation/load';
import { formatIssue } from '../src/validation/recordFile';
import { makeSite, removeSite } from './helpers/fixtureSite';
import { CASES } from './malformed.cases';

const roots: string[] = [];
afterAll(() => roots.forEach(removeSite));

describe('the fixture site', () => {
  it('is valid before any case breaks it', () => {
    const root = makeSite();
    roots.push(root);
    expect(loadContent(root).issues.map(formatIssue)).toEqual([]);
  });
});

describe('each malformed record is reported at its file, line and field', () => {
  it('has at least 25 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(25));
  for (const c of CASES) {
    it(c.name, () => {
      const root = makeSite(c.edits);
      roots.push(root);
      // The check prints nothing itself: a library's warning would land around the report.
      const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      const lines = loadContent(root).issues.map(formatIssue);
      const warnings = warning.mock.calls.map(String);
      warning.mockRestore();
      expect(warnings, 'warnings printed by the check').toEqual([]);
      const report = `expected\n  ${c.expect.join('\n  ')}\ngot\n  ${lines.join('\n  ')}`;
      expect(lines.length, report).toBe(c.expect.length);
      c.expect.forEach((expected, i) => expect(lines[i].startsWith(expected), report).toBe(true));
    });
  }
});

describe('all problems are reported in one run', () => {
  it('lists problems from several files together, in file order', () => {
    const all = Object.assign({}, ...CASES.filter((c) => ['a misspelt status', 'a number written in words', 'reported_in pointing nowhere'].includes(c.name)).map((c) => c.edits));
    const root = makeSite(all);
    roots.push(root);
    const files = loadContent(root).issues.map((i) => i.file);
    expect(files).toEqual(['content/countries/beta.md', 'content/events/2025-05-12-beta-answer.md', 'content/sources/memo.yaml']);
  });
});
