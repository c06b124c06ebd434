/**
 * When each record file last changed: the committer date of the last commit that touched it.
 * One `git log` over content/, run once per content root and memoised; a commit always gives the
 * same dates, so builds stay deterministic. Without history (not a git repository, git missing,
 * or a file never committed) the caller's fallback day is used: the story's `published` date.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { GIT_LOG_FORMAT, lastUpdatedOf, newestOf, parseGitLog, type LastUpdated } from '../publish/gitLog';
import { git } from '../util/git';
import { contentRoot } from './root';

export type { LastUpdated } from '../publish/gitLog';

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
    const stderr = result.stderr.toString();
    // Not a repository (a copied folder, a fixture site) or no commit yet: the fallback is expected.
    if (!/not a git repository|does not have any commits/i.test(stderr)) warn(`git log failed: ${stderr.trim()}`);
    return new Map();
  }
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.status === 0 && shallow.stdout.toString().trim() === 'true') {
    console.warn('[last updated] the repository is a shallow clone: files last changed before its oldest commit show that commit\'s date. Fetch the full history for true dates.');
  }
  return parseGitLog(result.stdout.toString());
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

/**
 * When the newest of `files` last changed: a page's last update, from the records it shows
 * (src/publish/pageRecords.ts). `fallbackDay` stands in for each file git knows nothing of, and
 * for an empty list.
 */
export function newestUpdate(files: readonly string[], fallbackDay: string, root: string = contentRoot()): LastUpdated {
  return newestOf(files.map((file) => lastUpdated(file, fallbackDay, root)), fallbackDay);
}
