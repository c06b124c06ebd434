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
      'content/countries/beta.es.md:2:7 name: stale translation: the English changed on 2026-12-02, after this was translated on 2026-11-30; it now reads "Republic of Beta"',
    ]);
  });

  it('is stale where the English Markdown changed, and not where only a fact changed', () => {
    const root = changedAfterTranslation((t) => t.replace("Beta's notes.", "Beta's notes, revised.").replace('value: 50', 'value: 40'));
    expect(check(root).filter((l) => l.includes('.es.'))).toEqual([
      'content/countries/beta.es.md:8:1 text: stale translation: the English Markdown changed on 2026-12-02, after this was translated on 2026-11-30',
    ]);
  });

  it('is stale, dated today, when the English is edited and not yet committed', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Betaland\n'), undefined, false);
    const today = new Date().toISOString().slice(0, 10);
    expect(check(root)).toEqual([`content/countries/beta.es.md:2:7 name: stale translation: the English changed on ${today}, after this was translated on 2026-11-30; it now reads "Betaland"`]);
  });

  it('in a draft language, is a to-do that does not fail the check', () => {
    const root = changedAfterTranslation((t) => t.replace('name: Beta\n', 'name: Republic of Beta\n'));
    writeFileSync(join(root, 'content/languages.yaml'), 'es:\n  status: draft\n');
    const result = loadContent(root, { englishBefore });
    expect(result.issues).toEqual([]);
    expect(result.drafts.es?.map(formatIssue)).toEqual([
      'content/countries/beta.es.md:2:7 name: stale translation: the English changed on 2026-12-02, after this was translated on 2026-11-30; it now reads "Republic of Beta"',
    ]);
  });
});
