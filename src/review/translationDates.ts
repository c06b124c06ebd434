/**
 * Whether a translation is older than the English it translates, by git: the English record as it
 * was at the translation's last commit, when the record has changed since (a later commit, or an
 * edit not committed yet). The check then names each field whose English differs
 * (src/validation/translations.ts). A commit that changes a record and its translation together (a
 * translator's update, or a rename of both) makes the translation as new as that English.
 */
import { parse } from 'yaml';
import type { EnglishBefore } from '../validation/translations';
import { git } from '../util/git';
import { fileAt } from './revision';

/** A record file's text as fields and Markdown; undefined fields when its YAML cannot be read. */
function fieldsOf(text: string, markdown: boolean): { raw: unknown; body: string } {
  const m = markdown ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) : null;
  const yaml = markdown ? m?.[1] : text;
  let raw: unknown;
  try {
    raw = yaml === undefined ? undefined : parse(yaml);
  } catch {
    // A version that did not parse (the check refused it then): every field counts as changed since.
    raw = undefined;
  }
  return { raw, body: markdown ? (m?.[2] ?? text) : '' };
}

interface History {
  /** Each file's last commit, its day and its place in the log (0 the newest), by path. */
  last: Map<string, { rev: string; day: string; order: number }>;
  /** Files with changes not committed yet, and files never committed. */
  edited: Set<string>;
  untracked: Set<string>;
}

/** One `git log` over content/ (newest first, each commit after its descendants) and one `git status`. */
function readHistory(root: string): History | undefined {
  const log = git(root, ['-c', 'log.showSignature=false', 'log', '--topo-order', '-z', '--no-color', '--relative', '--name-only', '--format=%x1e%H %cs', '--', 'content']);
  if (log.error || log.status !== 0) return undefined;
  const last: History['last'] = new Map();
  log.stdout.toString().split('\x1e').filter(Boolean).forEach((entry, order) => {
    const [head, ...names] = entry.split(/\n|\0/).filter(Boolean);
    const [rev, day] = head.split(' ');
    for (const name of names) if (!last.has(name)) last.set(name, { rev, day, order });
  });
  const status = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'content']).stdout.toString().split('\0').filter(Boolean);
  const edited = new Set(status.filter((l) => !l.startsWith('??')).map((l) => l.slice(3)));
  const untracked = new Set(status.filter((l) => l.startsWith('??')).map((l) => l.slice(3)));
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.toString().trim() === 'true';
  if (shallow) console.warn('[translations] the repository is a shallow clone: a translation committed before its oldest commit cannot be found stale. Fetch the full history.');
  return { last, edited, untracked };
}

/**
 * For the check: the English of `record` when `translation` was last committed, if the English has
 * changed since; undefined when it has not, or when git cannot say (no history, or a translation
 * never committed, which is as new as the English it was made from).
 */
export function englishBefore(root: string): (record: string, translation: string) => EnglishBefore | undefined {
  let history: History | undefined | null = null;
  return (record, translation) => {
    history ??= readHistory(root);
    if (!history || history.untracked.has(translation)) return undefined;
    const t = history.last.get(translation);
    const e = history.last.get(record);
    if (!t || !e) return undefined;
    const uncommitted = history.edited.has(record) && !history.edited.has(translation);
    // Newer: the English's last commit comes before the translation's in the log, so it is not its ancestor.
    if (!uncommitted && (e.rev === t.rev || e.order > t.order)) return undefined;
    const text = fileAt(root, t.rev, record);
    if (text === undefined) return undefined;
    const changed = uncommitted ? new Date().toISOString().slice(0, 10) : e.day;
    return { ...fieldsOf(text, record.endsWith('.md')), translated: t.day, changed };
  };
}
