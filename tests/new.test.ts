/** The editors' `npm run new:*` scripts write records that fail the check until filled in. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/validation/load';
import { formatIssue } from '../src/validation/recordFile';
import { makeSite, removeSite } from './helpers/fixtureSite';

const project = resolve(import.meta.dirname, '..');
const site = makeSite();
afterAll(() => removeSite(site));

const run = (...args: string[]) =>
  spawnSync(join(project, 'node_modules/.bin/tsx'), ['scripts/new.ts', ...args], { cwd: project, env: { ...process.env, CONTENT_ROOT: site }, encoding: 'utf8' });

describe('npm run new:*', () => {
  it('writes a country, an event, a source and a follow-up story where the check expects them', () => {
    expect(run('country', 'gamma-land').stdout).toContain('Created content/countries/gamma-land.md');
    expect(run('story', 'gamma-update').stdout).toContain('Created content/stories/gamma-update.md');
    expect(run('event', '2025-04', 'gamma-talks').stdout).toContain('Created content/events/2025-04-gamma-talks.md');
    expect(run('source', 'gamma-cable').stdout).toContain('Created content/sources/gamma-cable.yaml');
    expect(readFileSync(join(site, 'content/events/2025-04-gamma-talks.md'), 'utf8')).toMatch(/^---\ndate: 2025-04 /);
  });
  it('leaves every required field empty, so the record cannot be published unfilled', () => {
    const lines = loadContent(site).issues.map(formatIssue);
    expect(lines).toContain('content/countries/gamma-land.md:5:1 status: expected one of received, transit, agreed, destination, negotiating, considering, approached, targeted, declined, found an empty value');
    expect(lines).toContain('content/events/2025-04-gamma-talks.md:5:1 title: expected a headline-style title, found an empty value');
    expect(lines).toContain('content/events/2025-04-gamma-talks.md:8:1 expected a summary of the event in Markdown below the closing "---" line, found none');
    expect(lines).toContain('content/sources/gamma-cable.yaml:3:1 kind: expected one of article, diplomatic-cable, dhs-memo, diplomatic-note, report, statement, interview, found an empty value');
    expect(lines).toContain('content/stories/gamma-update.md:2:1 title: expected the headline, found an empty value');
    expect(lines.every((l) => /^content\/(countries\/gamma-land|events\/2025-04-gamma-talks|sources\/gamma-cable|stories\/gamma-update)/.test(l))).toBe(true);
  });
  it('refuses to overwrite a record or to use a name the check would reject', () => {
    const again = run('country', 'gamma-land');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/countries/gamma-land.md already exists');
    expect(run('country', 'Gamma Land').stderr).toContain('Usage: npm run new:country');
    expect(run('event', '2025-02-30', 'x').stderr).toContain('Usage: npm run new:event');
    expect(run('story', 'Gamma').stderr).toContain('Usage: npm run new:story');
  });
});
