import { describe, expect, it } from 'vitest';
import { lastUpdatedOf, newestOf, parseGitLog } from './gitLog';

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

describe('newestOf', () => {
  const dates = parseGitLog(output);
  const of = (...files: string[]) => newestOf(files.map((f) => lastUpdatedOf(dates, f, '2026-11-28')), '2026-11-28');
  it('takes the newest instant, whatever the offsets say on the clock', () => {
    // 23:10 on 30 November at UTC-5 is 04:10 UTC on 1 December, before 08:30 UTC on 2 December.
    expect(of('content/sources/memo.yaml', 'content/countries/beta.md').datetime).toBe('2026-12-02T09:30:00+01:00');
    expect(of('content/countries/alpha-land.md', 'content/sources/memo.yaml')).toEqual({ datetime: '2026-11-30T23:10:05-05:00', day: '2026-11-30', fromGit: true });
  });
  it('compares by instant, not by the text of the date', () => {
    const early = { datetime: '2026-12-01T01:00:00+05:00', day: '2026-12-01', fromGit: true };
    const late = { datetime: '2026-11-30T23:00:00-05:00', day: '2026-11-30', fromGit: true };
    expect(newestOf([early, late], '2026-11-28')).toBe(late);
    expect(newestOf([late, early], '2026-11-28')).toBe(late);
  });
  it('lets a committed file win over one git does not know, dated by the fallback day', () => {
    expect(of('content/events/new.md', 'content/countries/alpha-land.md').datetime).toBe('2026-11-28T18:19:18Z');
  });
  it('gives the fallback day for no files', () => {
    expect(newestOf([], '2026-11-28')).toEqual({ datetime: '2026-11-28', day: '2026-11-28', fromGit: false });
  });
});
