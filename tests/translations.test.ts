import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishBefore } from '../src/review/translationDates';
import { loadContent } from '../src/validation/load';
import { formatIssue } from '../src/validation/recordFile';
import { removeSite } from './helpers/fixtureSite';
import { git, gitSite } from './helpers/gitSite';
import { SPANISH } from './malformed.cases';

const roots: string[] = [];
afterAll(() => roots.forEach(removeSite));

/** The fixture site with its Spanish, committed on 30 November; then `change` to the English, committed on 2 December. */
function changedAfterTranslation(change: (text: string) => string, file = 'content/countries/beta.md', commit = true): string {
  const root = gitSite(SPANISH);
  roots.push(root);
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  if (commit) {
    git(root, ['add', '-A'], '2026-12-02T09:00:00Z');
    git(root, ['commit', '-q', '-m', 'English edited'], '2026-12-02T09:00:00Z');
  }
  return root;
}

const check = (root: string) => loadContent(root, { englishBefore }).issues.map(formatIssue);

describe('a translation older than the English it translates', () => {
  it('is current when nothing has changed since it was translated', () => {
    const root = gitSite(SPANISH);
    roots.push(root);
    expect(check(root)).toEqual([]);
  });

  it('is stale at each field whose English changed after it, by git date, and fails a published language', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Republic of Beta\n'));
    expect(check(root)).toEqual([
      'content/countries/beta.es.md:2:7 name: stale translation: the English was changed on 2026-12-02, after the translation was last committed (2026-11-30); it now reads "Republic of Beta"',
    ]);
  });

  it('is stale where the English Markdown changed, and not where only a fact changed', () => {
    const root = changedAfterTranslation((t) => t.replace("Beta's notes.", "Beta's notes, revised.").replace('value: 50', 'value: 40'));
    expect(check(root).filter((l) => l.includes('.es.'))).toEqual([
      'content/countries/beta.es.md:9:1 text: stale translation: the English Markdown was changed on 2026-12-02, after the translation was last committed (2026-11-30)',
    ]);
  });

  it('is stale, dated today, when the English is edited and not yet committed', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Betaland\n'), undefined, false);
    const today = new Date().toISOString().slice(0, 10);
    expect(check(root)).toEqual([`content/countries/beta.es.md:2:7 name: stale translation: the English was changed on ${today}, after the translation was last committed (2026-11-30); it now reads "Betaland"`]);
  });

  it('in a draft language, is a to-do that does not fail the check', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Republic of Beta\n'));
    writeFileSync(join(root, 'content/languages.yaml'), 'es:\n  status: draft\n');
    const result = loadContent(root, { englishBefore });
    expect(result.issues).toEqual([]);
    expect(result.drafts.es?.map(formatIssue)).toEqual([
      'content/countries/beta.es.md:2:7 name: stale translation: the English was changed on 2026-12-02, after the translation was last committed (2026-11-30); it now reads "Republic of Beta"',
    ]);
  });

  it('is still stale while its translator edits it, until the update is committed', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Republic of Beta\n'));
    const file = join(root, 'content/countries/beta.es.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Las notas de Beta.', 'Las notas de Beta, en curso.'));
    expect(check(root)).toHaveLength(1);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Beta\n', 'name: República de Beta\n'));
    git(root, ['add', '-A'], '2026-12-03T09:00:00Z');
    git(root, ['commit', '-q', '-m', 'Spanish updated'], '2026-12-03T09:00:00Z');
    expect(check(root)).toEqual([]);
  });
});

describe('a draft language', () => {
  it('never stops the English: whatever is wrong with its translations is a to-do', () => {
    const root = gitSite({ ...SPANISH, 'content/languages.yaml': 'es:\n  status: draft\n', 'content/countries/gamma.es.md': '---\nname: Gamma\n---\nGamma.\n' });
    roots.push(root);
    const result = loadContent(root, { englishBefore });
    expect(result.issues).toEqual([]);
    expect(result.drafts.es?.map(formatIssue)).toEqual(['content/countries/gamma.es.md:1:1 translates content/countries/gamma.md, which does not exist: rename it after its record, or delete it']);
  });
});
