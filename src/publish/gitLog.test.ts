import { describe, expect, it } from 'vitest';
import { lastUpdatedOf, parseGitLog } from './gitLog';

// What `git log -z --name-only --format=%x1e%cI -- content` prints: newest commit first.
const output = [
  '\x1e2026-12-02T09:30:00+01:00\0\ncontent/countries/beta.md\0content/story/index.md\0',
  '\x1e2026-11-30T23:10:05-05:00\0\ncontent/countries/beta.md\0content/sources/memo.yaml\0',
  '\x1e2026-11-28T18:19:18Z\0\ncontent/countries/alpha-land.md\0content/story/index.md\0content/countries/café "new"\n.md\0',
].join('');

describe('parseGitLog', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const dates = parseGitLog(output);
    expect(Object.fromEntries(dates)).toEqual({
      'content/countries/beta.md': '2026-12-02T09:30:00+01:00',
      'content/story/index.md': '2026-12-02T09:30:00+01:00',
      'content/sources/memo.yaml': '2026-11-30T23:10:05-05:00',
      'content/countries/alpha-land.md': '2026-11-28T18:19:18Z',
      'content/countries/café "new"\n.md': '2026-11-28T18:19:18Z',
    });
  });
  it('reads nothing from empty output, merges without files, or chunks without a date', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\x1e2026-12-02T09:30:00+01:00\0').size).toBe(0);
    expect(parseGitLog('\x1enot a date\0\ncontent/story/index.md\0').size).toBe(0);
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
