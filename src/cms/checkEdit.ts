/**
 * The check, run on a change the browser editor is about to propose: the records of the branch the
 * editor works from, with the edited file in place of its committed text, get every rule
 * `npm run check` applies to them, and a changed figure, status or date needs its dated correction
 * against that branch (the published records). Read from git, never from the working tree, which
 * the editor's proxy checks branches out into.
 *
 * A record and its translations are separate entries in the editor, each proposed on a branch of
 * its own: the check reads the record's other files as they wait for review (their cms/ branches),
 * and a translation the change now needs (a new correction's Spanish) does not stop the save. It
 * is listed as still to do; the check on the published branch stops the build until it is done.
 * A translation gone stale is found only with git history: by that check too.
 */
import { TRANSLATION_LOCALES } from '../model/languages';
import { translatedRecord, translationFile } from '../model/translation';
import type { LoadResult } from '../validation/load';
import { formatIssue, type ContentIssue } from '../validation/recordFile';
import { missingCorrections } from '../review/corrections';
import { recordsAt } from '../review/revision';
import { git } from '../util/git';

export interface EditProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  /** The problem as `npm run check` prints it. */
  text: string;
}

export interface EditCheck {
  /** What stops the save. */
  problems: EditProblem[];
  /** What the change needs in the record's other files (its translations) before it is published. */
  later: EditProblem[];
}

/** `base`'s records, read once per commit: every edit is compared with the same published records. */
let cached: { rev: string; records: LoadResult } | undefined;

/** The record's other files (English and translations) as they wait for review on the editor's branches. */
function pendingSiblings(root: string, baseRev: string, file: string): Record<string, string> {
  const record = translatedRecord(file, TRANSLATION_LOCALES)?.record ?? file;
  const family = new Set([record, ...TRANSLATION_LOCALES.map((l) => translationFile(record, l))]);
  family.delete(file);
  const out: Record<string, string> = {};
  const branches = git(root, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/']).stdout.toString().split('\n').filter(Boolean);
  for (const branch of branches) {
    const changed = git(root, ['diff', '--name-only', `${baseRev}...${branch}`, '--', 'content']).stdout.toString().split('\n');
    for (const f of changed) if (family.has(f)) out[f] = git(root, ['show', `${branch}:${f}`]).stdout.toString();
  }
  return out;
}

const asProblem = (i: ContentIssue): EditProblem => ({ file: i.file, line: i.line, column: i.column, field: i.field, message: i.message, text: formatIssue(i) });

export function checkEdit(root: string, base: { name: string; rev: string }, file: string, text: string): EditCheck {
  if (!/^content\/[a-z0-9-]+(\/[a-z0-9.-]+)?\.(md|yaml)$/.test(file) || file.includes('..')) {
    return { problems: [asProblem({ file, line: 1, column: 1, field: '', message: 'the editor can only save records under content/' })], later: [] };
  }
  const head = recordsAt(root, base.rev, { ...pendingSiblings(root, base.rev, file), [file]: text });
  const later = head.gaps.filter((i) => i.file !== file);
  const issues = head.issues.filter((i) => !later.includes(i));
  if (!issues.length) {
    if (cached?.rev !== base.rev) cached = { rev: base.rev, records: recordsAt(root, base.rev) };
    // A base waiting for a translation still says what was published: only other problems make it unreadable.
    if (cached.records.issues.every((i) => cached!.records.gaps.includes(i))) issues.push(...missingCorrections(cached.records, head, head.files, `the published records (${base.name})`));
  }
  return { problems: issues.map(asProblem), later: later.map(asProblem) };
}
