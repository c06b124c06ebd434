import { describe, expect, it } from 'vitest';
import { lastUpdatedOf, parseGitLog, unquoteGitPath } from './gitLog';

// What `git log --name-only --format=%x1e%cI -- content` prints: newest commit first.
const output = [
  '\x1e2026-12-02T09:30:00+01:00\n\ncontent/countries/beta.md\ncontent/story/index.md\n',
  '\x1e2026-11-30T23:10:05-05:00\n\ncontent/countries/beta.md\ncontent/sources/memo.yaml\n',
  '\x1e2026-11-28T18:19:18Z\n\ncontent/countries/alpha-land.md\ncontent/story/index.md\n"content/countries/caf\\303\\251.md"\n',
].join('');

describe('parseGitLog', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const dates = parseGitLog(output);
    expect(Object.fromEntries(dates)).toEqual({
      'content/countries/beta.md': '2026-12-02T09:30:00+01:00',
      'content/story/index.md': '2026-12-02T09:30:00+01:00',
      'content/sources/memo.yaml': '2026-11-30T23:10:05-05:00',
      'content/countries/alpha-land.md': '2026-11-28T18:19:18Z',
      'content/countries/café.md': '2026-11-28T18:19:18Z',
    });
  });
  it('reads nothing from empty output, merges without files, or chunks without a date', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\x1e2026-12-02T09:30:00+01:00\n').size).toBe(0);
    expect(parseGitLog('\x1enot a date\n\ncontent/story/index.md\n').size).toBe(0);
  });
  it('ignores CR line ends', () => {
    expect(parseGitLog('\x1e2026-12-02T09:30:00Z\r\n\r\ncontent/a.md\r\n').get('content/a.md')).toBe('2026-12-02T09:30:00Z');
  });
});

describe('unquoteGitPath', () => {
  it('undoes C-style quoting and leaves plain paths alone', () => {
    expect(unquoteGitPath('content/a.md')).toBe('content/a.md');
    expect(unquoteGitPath('"content/a \\"b\\"\\tc.md"')).toBe('content/a "b"\tc.md');
    expect(unquoteGitPath('"s\\303\\243o-tom\\303\\251.md"')).toBe('são-tomé.md');
  });
});

describe('lastUpdatedOf', () => {
  const dates = parseGitLog(output);
  it('uses the commit date and its day in the committer\'s time zone', () => {
    expect(lastUpdatedOf(dates, 'content/sources/memo.yaml', '2026-11-28')).toEqual({
      datetime: '2026-11-30T23:10:05-05:00', day: '2026-11-30', fromGit: true,
    });
  });
  it('falls back to the given day for a file git does not know', () => {
    expect(lastUpdatedOf(dates, 'content/events/new.md', '2026-11-28')).toEqual({ datetime: '2026-11-28', day: '2026-11-28', fromGit: false });
    expect(lastUpdatedOf(new Map(), 'content/story/index.md', '2026-11-28').fromGit).toBe(false);
  });
});
