/** A copy of the fixture site in a git repository of its own, committed on main: for tests that compare revisions. */
import { git as runGit } from '../../src/util/git';
import { makeSite, type Edits } from './fixtureSite';

/** Runs git in `root` with a fixed author and date; throws on failure, returns stdout. */
export function git(root: string, args: string[], date = '2026-11-30T10:00:00Z'): string {
  const r = runGit(root, ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.org',
    GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.toString();
}

/** The fixture site, with `edits`, committed as the first commit on main. */
export function gitSite(edits: Edits = {}): string {
  const root = makeSite(edits);
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'published']);
  return root;
}

/** Commits everything in the working tree. */
export function commitAll(root: string, message: string): void {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', message]);
}
