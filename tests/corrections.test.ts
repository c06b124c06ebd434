/**
 * The correction rule of `npm run check`: compared with the merge base on main, a changed figure,
 * status or event date needs a dated corrections: entry, unless the record says something new
 * happened. Each case runs the check as an editor does, in a git repository of the fixture site.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, makeSite, removeSite, replace } from './helpers/fixtureSite';
import { commitAll, git, gitSite } from './helpers/gitSite';

const project = resolve(import.meta.dirname, '..');
const A = 'content/countries/alpha-land.md';
const B = 'content/countries/beta.md';
/** Dated to a month, so the file name allows a narrower date: a day's file would have to be renamed. */
const E = 'content/events/2025-02-alpha-takes-300.md';
let site = '';
afterEach(() => site && removeSite(site));

function check(root: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts/check.ts'), root], { cwd: project, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const correction = (text: string) => (t: string) => t.replace(/\n---\n/, `\ncorrections:\n  - date: 2026-12-01\n    text: ${text}\n---\n`);

describe('the correction rule', () => {
  it('passes an unchanged site and says what it compared with', () => {
    site = gitSite();
    const { status, out } = check(site);
    expect(status).toBe(0);
    expect(out).toMatch(/Compared with the merge base with main \([0-9a-f]{7}\): every changed figure, status and date is on record\./);
  });

  it('fails a changed figure with the same as_of until the record carries a new dated correction', () => {
    site = gitSite();
    applyEdits(site, { [A]: replace('value: 300', 'value: 310') });
    const failed = check(site);
    expect(failed.status).toBe(1);
    expect(failed.out).toContain(`${A}:8:12 figures.received.value: changes a published figure from about 300 to about 310 with the same as_of (2025-02) as the merge base with main (`);
    expect(failed.out).toContain('that is a correction. Add an entry under corrections: with the date and what was corrected, or give the figure the new as_of the source reports');
    applyEdits(site, { [A]: correction('The received figure was 300; the article says 310.') });
    expect(check(site).status).toBe(0);
  });

  it('takes a new figure with a new as_of as an update, not a correction', () => {
    site = gitSite();
    applyEdits(site, { [A]: replace('value: 300\n    approx: true\n    as_of: 2025-02', 'value: 310\n    approx: true\n    as_of: 2025-03') });
    expect(check(site).status).toBe(0);
  });

  it('fails a changed status with no new event, and passes it with one', () => {
    site = gitSite();
    applyEdits(site, { [B]: replace('status: agreed', 'status: negotiating') });
    const failed = check(site);
    expect(failed.out).toContain(`${B}:5:9 status: changes the status from "agreed" to "negotiating" with no new event naming beta since the merge base with main (`);
    applyEdits(site, { 'content/events/2025-06-10-beta-talks.md': '---\ndate: 2025-06-10\ntype: negotiation\ncountries: [beta]\ntitle: Beta reopens talks\nsources: [memo]\n---\nTalks again.\n' });
    expect(check(site).status).toBe(0);
  });

  it('fails a redated event until it carries a correction', () => {
    site = gitSite();
    applyEdits(site, { [E]: replace('date: 2025-02', 'date: 2025-02 late') });
    expect(check(site).out).toContain(`${E}:2:7 date: changes the date of a published event from "2025-02" to "2025-02 late" since the merge base with main (`);
    applyEdits(site, { [E]: correction('The transfer was dated February; the article dates it late February.') });
    expect(check(site).status).toBe(0);
  });

  it('compares a branch with where it left main, not with main now', () => {
    site = gitSite();
    git(site, ['checkout', '-q', '-b', 'fix']);
    applyEdits(site, { [A]: replace('value: 300', 'value: 310') });
    commitAll(site, 'a quiet change on a branch');
    // Committing the change on the branch does not make it the baseline.
    expect(check(site).status).toBe(1);
  });

  it('compares with nothing outside a git repository, and says nothing of it', () => {
    site = makeSite({ [A]: replace('value: 300', 'value: 310') });
    const { status, out } = check(site);
    expect(status).toBe(0);
    expect(out).not.toContain('Compared with');
  });
});
