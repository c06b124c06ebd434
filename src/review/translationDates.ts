/**
 * Whether a translation is older than the English it translates, by git: the English record as it
 * was at the translation's last commit, when the record has changed since (a later commit, or an
 * edit not committed yet). The check then names each field whose English differs (src/validation/translations.ts).
 */
import { parse } from 'yaml';
import type { EnglishBefore } from '../validation/translations';
import { git } from '../util/git';
import { fileAt } from './revision';

/** A record file's text as fields and Markdown: its front matter (or the whole YAML file), and what follows. */
function fieldsOf(text: string, markdown: boolean): { raw: unknown; body: string } {
  if (!markdown) return { raw: parse(text), body: '' };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { raw: parse(m[1]), body: m[2] } : { raw: undefined, body: text };
}

/** The last commit that touched `file`, and its day; undefined for a file never committed. */
function lastCommit(root: string, file: string): { rev: string; day: string } | undefined {
  const r = git(root, ['log', '-1', '--format=%H %cs', '--', file]);
  const [rev, day] = r.status === 0 ? r.stdout.toString().trim().split(' ') : [];
  return rev ? { rev, day } : undefined;
}

const edited = (root: string, file: string) => git(root, ['status', '--porcelain', '--', file]).stdout.toString().trim() !== '';

/**
 * For the check: the English of `record` when `translation` was last changed, if the English has
 * changed since; undefined when it has not, or when git cannot say (no history, a translation not
 * committed yet, which is as new as the English it was made from).
 */
export function englishBefore(root: string): (record: string, translation: string) => EnglishBefore | undefined {
  return (record, translation) => {
    if (edited(root, translation)) return undefined;
    const t = lastCommit(root, translation);
    const e = lastCommit(root, record);
    if (!t || !e) return undefined;
    const newer = e.rev !== t.rev && git(root, ['merge-base', '--is-ancestor', e.rev, t.rev]).status !== 0;
    const uncommitted = edited(root, record);
    if (!newer && !uncommitted) return undefined;
    const text = fileAt(root, t.rev, record);
    if (text === undefined) return undefined;
    const changed = uncommitted ? new Date().toISOString().slice(0, 10) : e.day;
    return { ...fieldsOf(text, record.endsWith('.md')), translated: t.day, changed };
  };
}
