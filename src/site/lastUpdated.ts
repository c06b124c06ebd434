/**
 * When each record file last changed: the committer date of the last commit that touched it.
 * One `git log` over content/, run once per content root and memoised; a commit always gives the
 * same dates, so builds stay deterministic. Without history (not a git repository, git missing,
 * or a file never committed) the caller's fallback day is used: the story's `published` date.
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';
import { GIT_LOG_FORMAT, lastUpdatedOf, parseGitLog, type LastUpdated } from '../publish/gitLog';
import { contentRoot } from './root';

export type { LastUpdated } from '../publish/gitLog';

function git(root: string, args: string[]) {
  const env = { ...process.env };
  // A hook or a wrapper may point git elsewhere; the dates must come from the content root's repository.
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete env[name];
  return spawnSync('git', args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function warn(message: string) {
  console.warn(`[last updated] ${message} Pages show the story's publication date instead.`);
}

/**
 * Reads the dates of every file under `<root>/content` from git, keyed by path relative to
 * `root` (`content/countries/kosovo.md`). An empty map when there is no history.
 */
export function readGitDates(root: string): Map<string, string> {
  const result = git(root, [
    '-c', 'log.showSignature=false',
    'log', '-z', '--no-color', '--relative', '--name-only', GIT_LOG_FORMAT, '--', 'content',
  ]);
  if (result.error) {
    warn(`git could not be run (${result.error.message}).`);
    return new Map();
  }
  if (result.status !== 0) {
    // Not a repository (a copied folder, a fixture site) or no commit yet: the fallback is expected.
    if (!/not a git repository|does not have any commits/i.test(result.stderr)) warn(`git log failed: ${result.stderr.trim()}`);
    return new Map();
  }
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.status === 0 && shallow.stdout.trim() === 'true') {
    console.warn('[last updated] the repository is a shallow clone: files last changed before its oldest commit show that commit\'s date. Fetch the full history for true dates.');
  }
  return parseGitLog(result.stdout);
}

const cache = new Map<string, Map<string, string>>();

/** {@link readGitDates}, once per content root. */
export function gitDates(root: string = contentRoot()): Map<string, string> {
  let dates = cache.get(root);
  if (!dates) {
    dates = readGitDates(root);
    cache.set(root, dates);
  }
  return dates;
}

/** Forgets the memoised dates (for tests, or after a commit in a long-running dev server). */
export function clearGitDates(): void {
  cache.clear();
}

/**
 * When `file` last changed. `file` is relative to the content root (see {@link recordFile}) or
 * absolute; `fallbackDay` (`YYYY-MM-DD`) is used when git knows nothing of it.
 */
export function lastUpdated(file: string, fallbackDay: string, root: string = contentRoot()): LastUpdated {
  const key = (isAbsolute(file) ? relative(root, file) : file).split(sep).join('/').replace(/^\.\//, '');
  return lastUpdatedOf(gitDates(root), key, fallbackDay);
}
