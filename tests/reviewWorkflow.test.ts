/**
 * The review workflow's script (.github/workflows/review.yml), run as GitHub would run it, against
 * a fixture repository with a content change, with a stand-in `gh` that records the comment it is
 * asked to post. GitHub itself is not reached.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT } from './helpers/buildSite';
import { applyEdits, removeSite, replace } from './helpers/fixtureSite';
import { commitAll, git, gitSite } from './helpers/gitSite';

interface Step { name?: string; run?: string; env?: Record<string, string> }
const workflow = parse(readFileSync(join(PROJECT, '.github/workflows/review.yml'), 'utf8'));
const step = (workflow.jobs.report.steps as Step[]).find((s) => s.run?.includes('npm run --silent diff'))!;

const site = gitSite();
const work = mkdtempSync(join(tmpdir(), 'review-run-'));
afterAll(() => {
  removeSite(site);
  rmSync(work, { recursive: true, force: true });
});

describe('the review workflow', () => {
  it('runs on pull requests that change content/ only, allowed to comment', () => {
    expect(workflow.on.pull_request.paths).toEqual(['content/**']);
    expect(workflow.jobs.report.permissions['pull-requests']).toBe('write');
    expect(Object.keys(step.env ?? {}).sort()).toEqual(['BASE_SHA', 'GH_TOKEN', 'PR']);
  });

  it('posts the Markdown report of the change as the pull request\'s comment, and keeps the redrawn charts\' cards', () => {
    const base = git(site, ['rev-parse', 'HEAD']).trim();
    applyEdits(site, { 'content/countries/beta.md': replace('status: agreed', 'status: negotiating') });
    applyEdits(site, { 'content/events/2025-06-10-beta-talks.md': '---\ndate: 2025-06-10\ntype: negotiation\ncountries: [beta]\ntitle: Beta reopens talks\nsources: [memo]\n---\nTalks again.\n' });
    commitAll(site, 'the pull request');
    // The checkout: npm scripts as in package.json, content from the fixture repository.
    writeFileSync(join(work, 'package.json'), JSON.stringify({ scripts: { diff: `${join(PROJECT, 'node_modules/.bin/tsx')} ${join(PROJECT, 'scripts/diff.ts')}` } }));
    // A stand-in gh: no earlier comment to edit, so --edit-last fails and a new comment is posted.
    writeFileSync(join(work, 'gh'), '#!/bin/sh\necho "$@" >> gh-calls.txt\ncase "$*" in *--edit-last*) exit 1;; esac\ncp "$5" posted.md\n');
    chmodSync(join(work, 'gh'), 0o755);
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run!], {
      cwd: work,
      encoding: 'utf8',
      // The fonts come with the checkout; here they are the project's.
      env: { ...process.env, PATH: `${work}:${process.env.PATH}`, FONT_DIR: join(PROJECT, 'fonts'), CONTENT_ROOT: site, BASE_SHA: base, PR: '42', GH_TOKEN: 'test' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(work, 'gh-calls.txt'), 'utf8')).toBe('pr comment 42 --body-file review.md --edit-last\npr comment 42 --body-file review.md\n');
    const posted = readFileSync(join(work, 'posted.md'), 'utf8');
    expect(posted).toMatch(/^## What changes for readers\n\nFrom `[0-9a-f]{7}` to `HEAD \([0-9a-f]{7}\)`\.\n\n### Statuses\n\n- Beta: Agreed → Negotiating\n/);
    expect(existsSync(join(work, 'review-images/status.after.png'))).toBe(true);
  });
});
