/**
 * When each record file last changed, from one `git log` over content/. This module only parses;
 * src/site/lastUpdated.ts runs git. The output it reads comes from
 *
 *   git log --name-only --format=%x1e%cI -- content
 *
 * one chunk per commit, newest first: a record separator (U+001E), the committer date in strict
 * ISO 8601, a blank line, then the paths the commit touched, one a line.
 */

/** The `--format` argument whose output {@link parseGitLog} reads. */
export const GIT_LOG_FORMAT = '--format=%x1e%cI';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/**
 * Undoes git's C-style quoting of an unusual path (`"caf\303\251.md"`); other paths are returned
 * as they are. Octal escapes are bytes of UTF-8.
 */
export function unquoteGitPath(path: string): string {
  if (!(path.length >= 2 && path.startsWith('"') && path.endsWith('"'))) return path;
  const bytes: number[] = [];
  const inner = path.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = inner[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(inner.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(C_ESCAPES[next] ?? next, 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Maps each path to the committer date of the newest commit that touched it: the first chunk,
 * in git's order, that names the path, as `git log -1 -- <path>` would pick. Chunks whose date is
 * not strict ISO 8601 are skipped.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split('\x1e')) {
    const lines = chunk.split('\n');
    const date = lines[0].trim();
    if (!ISO_DATE_TIME.test(date)) continue;
    for (const line of lines.slice(1)) {
      const path = unquoteGitPath(line.replace(/\r$/, ''));
      if (path && !dates.has(path)) dates.set(path, date);
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
