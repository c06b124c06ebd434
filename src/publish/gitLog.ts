/**
 * When each record file last changed, from one `git log` over content/. This module only parses;
 * src/site/lastUpdated.ts runs git. The output it reads comes from
 *
 *   git log -z --name-only --format=%x1e%cI -- content
 *
 * one chunk per commit, newest first: a record separator (U+001E), the committer date in strict
 * ISO 8601, then the paths the commit touched, each ended by a NUL byte and written as they are
 * (with -z git neither quotes nor escapes a path, whatever characters it holds).
 */

/** The `--format` argument whose output {@link parseGitLog} reads. */
export const GIT_LOG_FORMAT = '--format=%x1e%cI';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Maps each path to the committer date of the newest commit that touched it: the first chunk,
 * in git's order, that names the path, as `git log -1 -- <path>` would pick. Chunks whose date is
 * not strict ISO 8601 are skipped.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split('\x1e')) {
    const [date, ...paths] = chunk.split('\0');
    if (!ISO_DATE_TIME.test(date.trim())) continue;
    for (const field of paths) {
      // The paths follow the date's NUL after one newline.
      const path = field.replace(/^\n/, '');
      if (path && !dates.has(path)) dates.set(path, date.trim());
    }
  }
  return dates;
}

/** A record's last update, ready for a `<time>` element. */
export interface LastUpdated {
  /** The `datetime` attribute: the commit's date and time with its offset, or the fallback day. */
  datetime: string;
  /** The day, `YYYY-MM-DD`, as the committer's clock read it. */
  day: string;
  /** True when the date comes from git, false when it is the fallback. */
  fromGit: boolean;
}

/** The last update of `file` from parsed git dates, or `fallbackDay` (`YYYY-MM-DD`) when git has none. */
export function lastUpdatedOf(dates: ReadonlyMap<string, string>, file: string, fallbackDay: string): LastUpdated {
  const iso = dates.get(file);
  if (iso) return { datetime: iso, day: iso.slice(0, 10), fromGit: true };
  return { datetime: fallbackDay, day: fallbackDay, fromGit: false };
}

/**
 * The newest of several last updates, by the instant each names (a commit's date and time with its
 * offset; a fallback day counts from its midnight UTC); the first of equals. `fallbackDay` when
 * there are none.
 */
export function newestOf(updates: readonly LastUpdated[], fallbackDay: string): LastUpdated {
  let newest: LastUpdated | undefined;
  for (const u of updates) if (!newest || Date.parse(u.datetime) > Date.parse(newest.datetime)) newest = u;
  return newest ?? { datetime: fallbackDay, day: fallbackDay, fromGit: false };
}
