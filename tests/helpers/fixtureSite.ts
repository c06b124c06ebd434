/**
 * Copies the small valid fixture site to a temporary folder and applies edits to it, so that
 * each test breaks exactly one thing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const FIXTURE_SITE = resolve(import.meta.dirname, '../fixtures/site');

/**
 * An edit: replace a file's content (string or bytes), delete it (null), change it with a function,
 * make it a symbolic link ({ link: target }), or write a file beside it whose name is raw bytes
 * ({ rawName, content }: names that are not UTF-8).
 */
export type Edits = Record<string, string | Buffer | null | ((text: string) => string) | { link: string } | { rawName: Buffer; content: string }>;

export function makeSite(edits: Edits = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'story-site-'));
  cpSync(FIXTURE_SITE, root, { recursive: true });
  applyEdits(root, edits);
  return root;
}

export function applyEdits(root: string, edits: Edits): void {
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    if (edit === null) {
      rmSync(path, { recursive: true, force: true });
    } else if (typeof edit === 'object' && 'link' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync(edit.link, path);
    } else if (typeof edit === 'object' && 'rawName' in edit) {
      writeFileSync(Buffer.concat([Buffer.from(`${dirname(path)}/`), edit.rawName]), edit.content);
    } else if (typeof edit === 'function') {
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      writeFileSync(path, after);
    } else {
      // A folder given content becomes a file of that name.
      rmSync(path, { recursive: true, force: true });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit);
    }
  }
}

/** A function edit that replaces one exact piece of text, failing loudly if it is absent. */
export function replace(find: string, by: string): (text: string) => string {
  return (text) => {
    if (!text.includes(find)) throw new Error(`fixture does not contain ${JSON.stringify(find)}`);
    return text.replace(find, by);
  };
}

export function removeSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
