/**
 * The records of a git revision, validated as the check validates them: what a change is compared
 * with. The content folder of the revision is extracted (`git archive`) into a temporary folder and
 * loaded from there; nothing is built.
 */
import { spawnSync } from 'node:child_process';
import { git } from '../util/git';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { loadContent, type LoadResult } from '../validation/load';

/** The commit `rev` names in `root`'s repository, or undefined when it names none (or there is no repository). */
export function resolveRevision(root: string, rev: string): string | undefined {
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.status === 0 ? r.stdout.toString().trim() : undefined;
}

/**
 * Where a change is compared from: the merge base of HEAD with `main` (or `origin/main`, as a
 * pull request's checkout has it), or undefined outside a repository or without a main branch.
 */
export function mergeBase(root: string): { rev: string; name: string } | undefined {
  for (const name of ['main', 'origin/main']) {
    if (!resolveRevision(root, name)) continue;
    const r = git(root, ['merge-base', name, 'HEAD']);
    if (r.status === 0) return { rev: r.stdout.toString().trim(), name: `the merge base with ${name}` };
  }
  return undefined;
}

/**
 * Whether `content/` (under `root`) is exactly as it was at commit `rev`: no tracked file changed,
 * staged or not, and no new file. Then the records at `rev` are the records here, and need not be read.
 */
export function contentUnchangedSince(root: string, rev: string): boolean {
  const diff = git(root, ['diff', '--quiet', rev, '--', 'content']);
  if (diff.status !== 0) return false;
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', 'content']);
  return untracked.status === 0 && untracked.stdout.toString().trim() === '';
}

/**
 * Loads the records of `content/` at commit `rev`. `root` is the folder holding content/, anywhere
 * inside its repository. `edited` replaces or adds files (by path relative to the folder holding
 * content/) before they are read: a change not committed yet, as the browser editor proposes it.
 * Throws when the revision cannot be read.
 */
export function recordsAt(root: string, rev: string, edited: Record<string, string> = {}): LoadResult {
  const prefix = git(root, ['rev-parse', '--show-prefix']).stdout.toString().trim();
  const archive = git(root, ['archive', '--format=tar', rev, '--', `${prefix}content`]);
  if (archive.status !== 0) throw new Error(`git archive ${rev} failed: ${archive.stderr.toString().trim()}`);
  const dir = mkdtempSync(join(tmpdir(), 'records-'));
  try {
    const strip = prefix ? prefix.split('/').filter(Boolean).length : 0;
    const tar = spawnSync('tar', ['-x', '-C', dir, `--strip-components=${strip}`], { input: archive.stdout });
    if (tar.status !== 0) throw new Error(`could not unpack the records of ${rev}: ${tar.stderr.toString().trim()}`);
    for (const [file, text] of Object.entries(edited)) {
      const path = resolve(dir, file);
      if (!path.startsWith(join(dir, 'content', sep))) throw new Error(`${file} is not a record under content/`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    return loadContent(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of `path` (relative to the folder holding content/) at commit `rev`, or undefined when it has none. */
export function fileAt(root: string, rev: string, path: string): string | undefined {
  const r = git(root, ['show', `${rev}:./${path}`]);
  return r.status === 0 ? r.stdout.toString() : undefined;
}
