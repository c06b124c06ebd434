import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitSite } from '../../tests/helpers/gitSite';
import { contentUnchangedSince } from './revision';

describe('contentUnchangedSince', () => {
  const root = gitSite();
  const head = git(root, ['rev-parse', 'HEAD']).trim();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const country = join(root, 'content/countries', readdirSync(join(root, 'content/countries'))[0]);

  it('is true for the records as committed, whatever changes outside content/', () => {
    writeFileSync(join(root, 'README.md'), 'changed\n');
    expect(contentUnchangedSince(root, head)).toBe(true);
  });
  it('is false once a record changes, staged or not, and again when the change is undone', () => {
    appendFileSync(country, '\nOne more line.\n');
    expect(contentUnchangedSince(root, head)).toBe(false);
    git(root, ['add', '-A']);
    expect(contentUnchangedSince(root, head)).toBe(false);
    git(root, ['checkout', head, '--', 'content']);
    expect(contentUnchangedSince(root, head)).toBe(true);
  });
  it('is false when a new record is there, not yet added to git', () => {
    writeFileSync(join(root, 'content/sources/new-memo.yaml'), 'id: x\n');
    expect(contentUnchangedSince(root, head)).toBe(false);
    rmSync(join(root, 'content/sources/new-memo.yaml'));
    expect(contentUnchangedSince(root, head)).toBe(true);
  });
});
