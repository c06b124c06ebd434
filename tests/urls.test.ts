/**
 * Published addresses are permanent: the seed's committed list is the one its records publish, a
 * build writes exactly those files, and renaming a record fails the check until it carries its old
 * name, after which the old addresses lead to the new ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteContent } from '../src/derive/siteContent';
import { aliasRedirects, publishedPaths } from '../src/publish/publishedUrls';
import { builtLanguages } from '../src/model/languages';
import { URL_LIST, urlListText } from '../src/review/urls';
import { loadContent } from '../src/validation/load';
import { buildOrThrow, PROJECT } from './helpers/buildSite';
import { applyEdits, removeSite, replace } from './helpers/fixtureSite';
import { commitAll, gitSite } from './helpers/gitSite';

const site = (root: string) => {
  const r = loadContent(root);
  return siteContent({ ...r, story: r.story! });
};

function check(root: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'scripts/check.ts'), root], { cwd: PROJECT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the seed\'s published addresses', () => {
  it('are committed in data/published-urls.txt, as npm run check writes it', () => {
    // With the addresses of every published language's edition (content/languages.yaml).
    const editions = builtLanguages(loadContent(PROJECT).languages, false);
    expect(readFileSync(join(PROJECT, URL_LIST), 'utf8'), 'run `npm run check` and commit data/published-urls.txt').toBe(urlListText(publishedPaths(site(PROJECT), editions)));
  });
});

describe('renaming a record', () => {
  const B = 'content/countries/beta.md';
  const BET = 'content/countries/bet.md';
  const E = 'content/events/2025-05-12-beta-answer.md';
  const E2 = 'content/events/2025-05-12-bet-answer.md';
  let root = '';
  let out = '';
  beforeAll(() => {
    root = gitSite();
    // The list as it was published on main.
    expect(check(root).status).toBe(0);
    commitAll(root, 'the list of published addresses');
  });
  afterAll(() => {
    removeSite(root);
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('fails, naming every address it would break and what to add', () => {
    // Beta becomes Bet, and its answer's file is renamed after it.
    applyEdits(root, { [BET]: readFileSync(join(root, B), 'utf8').replace('name: Beta', 'name: Bet'), [B]: null });
    applyEdits(root, { [E2]: readFileSync(join(root, E), 'utf8').replace('countries: [beta]', 'countries: [bet]'), [E]: null });
    const { status, out: report } = check(root);
    expect(status).toBe(1);
    expect(report).toMatch(/data\/published-urls\.txt:\d+:1 \/countries\/beta\/ was published \(the merge base with main \([0-9a-f]{7}\), this line\) and the change drops it, breaking every link and embed of it: if the country was renamed, add "aliases: \[beta\]" to its file in content\/countries\//);
    expect(report).toMatch(/\/embed\/timeline\/beta\/ was published .* add its old name as an alias \(aliases: \[beta\] in the country's file, or aliases=beta on the step\)/);
    expect(report).toMatch(/\/events\/#event-2025-05-12-beta-answer was published .* if the event was renamed, add "aliases: \[2025-05-12-beta-answer\]" to its file in content\/events\//);
  });

  it('passes once the renamed record carries its old name, and the old addresses lead to the new ones', async () => {
    applyEdits(root, {
      [BET]: replace('sources: [memo, article]\n', 'sources: [memo, article]\naliases: [beta]\n'),
      [E2]: replace('sources: [memo]\n', 'sources: [memo]\naliases: [2025-05-12-beta-answer]\n'),
    });
    expect(check(root).out).toContain('Content OK');
    expect(aliasRedirects(site(root)).map((r) => `${r.from} ${r.to}`)).toContain('/countries/beta/ /countries/bet/');
    out = mkdtempSync(join(tmpdir(), 'renamed-'));
    await buildOrThrow(out, { CONTENT_ROOT: root });
    const page = readFileSync(join(out, 'countries/beta/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/countries/bet/">');
    expect(page).toContain('<link rel="canonical" href="http://127.0.0.1:4321/countries/bet/">');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain('/countries/beta/ /countries/bet/ 301\n');
    // An embed snippet published with the old name keeps working on any host: the embed is there again.
    expect(readFileSync(join(out, 'embed/timeline/beta/index.html'), 'utf8')).toBe(readFileSync(join(out, 'embed/timeline/bet/index.html'), 'utf8'));
    expect(readFileSync(join(out, 'images/timeline/beta.png'))).toEqual(readFileSync(join(out, 'images/timeline/bet.png')));
    expect(existsSync(join(out, 'countries/bet/index.html'))).toBe(true);
  });

  it('keeps an event\'s old id as an anchor in the list of events, so its links land on it', () => {
    expect(readFileSync(join(out, 'events/index.html'), 'utf8')).toMatch(/<li id="event-2025-05-12-bet-answer"><span id="event-2025-05-12-beta-answer" class="old-address"><\/span>/);
  });
});
