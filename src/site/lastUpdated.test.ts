/** The git path of "Last updated", in a throwaway repository with fixed commit dates. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordFile } from '../model/records';
import { clearGitDates, gitDates, lastUpdated, readGitDates } from './lastUpdated';

const hasGit = spawnSync('git', ['--version']).status === 0;
let repo: string;
let root: string;

function git(args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function write(file: string, text: string) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  // "Last updated" comes from git: without it these tests cannot say anything, so they fail.
  if (!hasGit) throw new Error('These tests need git on the PATH (apt-get install git).');
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'last-updated-')));
  // The content root is a folder inside the repository, as when a newsroom keeps stories side by side.
  root = join(repo, 'stories', 'third-country');
  git(['init', '-q']);
  write(recordFile.story, '---\ntitle: x\n---\n');
  write(recordFile.country('beta'), 'one\n');
  write(recordFile.source('memo'), 'title: Memo\n');
  write('README.md', 'outside content/\n');
  // A name git would quote and escape without -z.
  write('content/sources/café "draft"\tcopy.yaml', 'title: Draft\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'first'], '2026-11-20T10:00:00+00:00');
  write(recordFile.country('beta'), 'two\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'second'], '2026-11-25T23:30:00-05:00');
  write(recordFile.source('memo'), 'title: Memo, corrected\n');
  write('README.md', 'changed\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'third'], '2026-12-02T09:15:00+01:00');
  // Written but never committed.
  write(recordFile.event('2025-05-12-beta-answer'), 'new\n');
  clearGitDates();
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
  clearGitDates();
});

describe('last updated from git', () => {
  it('gives each record the committer date of the last commit that touched it', () => {
    expect(lastUpdated(recordFile.story, '2026-11-28', root)).toEqual({ datetime: '2026-11-20T10:00:00+00:00', day: '2026-11-20', fromGit: true });
    expect(lastUpdated(recordFile.country('beta'), '2026-11-28', root)).toEqual({ datetime: '2026-11-25T23:30:00-05:00', day: '2026-11-25', fromGit: true });
    expect(lastUpdated(join(root, recordFile.source('memo')), '2026-11-28', root).datetime).toBe('2026-12-02T09:15:00+01:00');
  });
  it('agrees with `git log -1 --format=%cI -- <file>` for every file, from one git log', () => {
    const dates = readGitDates(root);
    expect([...dates.keys()].sort()).toEqual([recordFile.country('beta'), recordFile.source('memo'), recordFile.story, 'content/sources/café "draft"\tcopy.yaml'].sort());
    for (const [file, date] of dates) {
      const one = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: root, encoding: 'utf8' });
      expect(one.stdout.trim()).toBe(date);
    }
  });
  it('falls back to the given day for a file never committed', () => {
    expect(lastUpdated(recordFile.event('2025-05-12-beta-answer'), '2026-11-28', root)).toEqual({ datetime: '2026-11-28', day: '2026-11-28', fromGit: false });
  });
  it('runs git once per content root', () => {
    clearGitDates();
    const first = gitDates(root);
    expect(gitDates(root)).toBe(first);
  });
  it('falls back, without a warning, outside any git repository', () => {
    const plain = realpathSync(mkdtempSync(join(tmpdir(), 'no-git-')));
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = dirname(plain);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      mkdirSync(join(plain, 'content', 'story'), { recursive: true });
      writeFileSync(join(plain, recordFile.story), 'x\n');
      expect(readGitDates(plain).size).toBe(0);
      expect(lastUpdated(recordFile.story, '2026-11-28', plain)).toEqual({ datetime: '2026-11-28', day: '2026-11-28', fromGit: false });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
