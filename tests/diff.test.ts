/**
 * `npm run diff`: what a change does for readers, between two commits of a fixture site, in the
 * three formats, and the before/after images of the charts it redraws.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/buildSite';
import { applyEdits, removeSite, replace } from './helpers/fixtureSite';
import { commitAll, git, gitSite } from './helpers/gitSite';

let root = '';
let images = '';
const diff = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'scripts/diff.ts'), '--root', root, ...args], { cwd: PROJECT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  root = gitSite();
  git(root, ['tag', 'published']);
  applyEdits(root, {
    // An update: a new number with a new date.
    'content/countries/alpha-land.md': replace('value: 300\n    approx: true\n    as_of: 2025-02', 'value: 310\n    approx: true\n    as_of: 2025-03'),
    // A new status, with the event that changed it.
    'content/countries/beta.md': replace('status: agreed', 'status: negotiating'),
    'content/events/2025-06-10-beta-talks.md': '---\ndate: 2025-06-10\ntype: negotiation\ncountries: [beta]\ntitle: Beta reopens talks\nsources: [memo]\n---\nTalks again.\n',
    // An event gone.
    'content/events/2025-06-alpha-returns.md': null,
  });
  commitAll(root, 'the change');
  images = mkdtempSync(join(tmpdir(), 'diff-images-'));
});
afterAll(() => {
  removeSite(root);
  rmSync(images, { recursive: true, force: true });
});

describe('npm run diff', () => {
  it('says what changes for readers, in words, never as files', () => {
    const { status, out } = diff('published', 'HEAD');
    expect(status).toBe(0);
    expect(out).toMatch(/^What changes for readers, from published \([0-9a-f]{7}\) to HEAD \([0-9a-f]{7}\):/);
    expect(out).toContain('Figures:\n  Alpha Land, Received: about 300 (as of February 2025) → Received: about 310 (as of March 2025)');
    expect(out).toContain('Statuses:\n  Beta: Agreed → Negotiating');
    expect(out).toContain('  2025-06-10-beta-talks: added: 10 June 2025: Beta reopens talks');
    expect(out).toContain('  2025-06-alpha-returns: removed: June 2025: 107 return home from Alpha Land');
    expect(out).toContain('  REMOVED, breaking links and embeds: /events/#event-2025-06-alpha-returns');
    expect(out).toContain('  added: /events/#event-2025-06-10-beta-talks');
    expect(out).toMatch(/What the charts say:\n(  .*\n)*  status, overview: Of 2 countries, 1 received deportees and 1 agreed to take some\. → Of 2 countries, 1 received deportees and 1 is negotiating\./);
    expect(out).not.toMatch(/\.md|\.yaml/);
  });

  it('writes Markdown for a pull request, with nothing a record says read as markup', () => {
    const { out } = diff('published', 'HEAD', '--markdown');
    expect(out).toMatch(/^## What changes for readers\n\nFrom `published \([0-9a-f]{7}\)` to `HEAD \([0-9a-f]{7}\)`\.\n\n### Figures\n\n- Alpha Land, Received: about 300/);
    expect(out).toContain('### Published addresses\n\n- added: /events/\\#event-2025-06-10-beta-talks');
  });

  it('writes JSON with every change, for other tools', () => {
    const report = JSON.parse(diff('published', 'HEAD', '--json').out);
    expect(report.statuses).toEqual([{ country: 'Beta', before: 'Agreed', after: 'Negotiating' }]);
    expect(report.addresses.removed).toEqual(['/events/#event-2025-06-alpha-returns']);
    expect(report.events.map((e: { id: string }) => e.id)).toEqual(['2025-06-10-beta-talks', '2025-06-alpha-returns']);
  });

  it('compares the working tree with the merge base with main by default', () => {
    const { out } = diff();
    expect(out).toMatch(/^What changes for readers, from the merge base with main \([0-9a-f]{7}\) to the working tree:\n\nNothing readers see\.\n/);
  });

  it('draws the chart cards a change redraws, before and after', () => {
    const { err } = diff('published', 'HEAD', '--images', images);
    const files = readdirSync(images);
    expect(files).toContain('status.before.png');
    expect(files).toContain('status.after.png');
    expect(files).toContain('timeline--beta.after.png');
    // The deportees chart draws figures and statuses: its overview changed too.
    expect(existsSync(join(images, 'deportees.after.png'))).toBe(true);
    expect(err).toMatch(/^\d+ images of the charts this change redraws written to /m);
  });
});
