/**
 * `npm run diff -- [<from> [<to>]] [--markdown | --json] [--images <dir>]`: what a change does for
 * readers, from the validated records of two git revisions (src/review/changes.ts), never a list
 * of files. <from> defaults to the merge base with main, <to> to the working tree; a folder other
 * than this one holding content/ is named with --root <dir> (or CONTENT_ROOT, as for the build).
 * --images writes the 1200×675 card of every chart whose drawing changes, before and after.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteContent } from '../src/derive/siteContent';
import { renderFigure } from '../src/figures/render';
import { chartTargets, imageKey, type ChartTarget } from '../src/figures/targets';
import { imageFiles, imageLook } from '../src/images/imageFiles';
import type { SiteContent } from '../src/model/content';
import { changesBetween } from '../src/review/changes';
import { markdownReport, textReport } from '../src/review/report';
import { mergeBase, recordsAt, resolveRevision } from '../src/review/revision';
import { SITE_NAME } from '../src/site/meta';
import { formatReport, loadContent, type LoadResult } from '../src/validation/load';

const project = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const root = resolve(option('--root') ?? process.env.CONTENT_ROOT ?? process.cwd());
const imagesDir = option('--images');
const format = flag('--json') ? 'json' : flag('--markdown') ? 'markdown' : 'text';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A revision's records, or the working tree's when `rev` is undefined, ready for pages. */
function side(rev: string | undefined): { content: SiteContent; name: string } {
  let result: LoadResult;
  let name = 'the working tree';
  if (rev) {
    const commit = resolveRevision(root, rev) ?? stop(`No revision "${rev}" in the repository of ${root}.`);
    result = recordsAt(root, commit);
    name = commit.startsWith(rev) ? commit.slice(0, 7) : `${rev} (${commit.slice(0, 7)})`;
  } else {
    result = loadContent(root);
  }
  if (result.issues.length || !result.story) stop(`The records of ${name} do not pass the check:\n${formatReport(result.issues)}`);
  return { content: siteContent({ ...result, story: result.story! }), name };
}

const base = args[0] ?? mergeBase(root)?.rev ?? stop('Name the revision to compare with: there is no main branch to compare with here.');
const from = side(base);
const to = side(args[1]);
if (!args[0]) from.name = `the merge base with main (${from.name})`;
const changes = changesBetween(from.content, to.content);

if (format === 'json') console.log(JSON.stringify({ from: from.name, to: to.name, ...changes }, null, 2));
else console.log((format === 'markdown' ? markdownReport : textReport)(changes, from.name, to.name));

if (imagesDir) {
  const css = (file: string) => readFileSync(join(project, 'src', file), 'utf8');
  const look = imageLook(css('styles/global.css'), {
    deportees: css('charts/deportees.css'), map: css('charts/map.css'), status: css('charts/status.css'), timeline: css('charts/timeline.css'),
  });
  const files = { before: imageFiles(from.content, { ...look, credit: SITE_NAME }), after: imageFiles(to.content, { ...look, credit: SITE_NAME }) };
  const drawing = (content: SiteContent, t: ChartTarget | undefined) => t && renderFigure(t.chart, content, { id: 'diff', state: t.state }).wide;
  const targets = (content: SiteContent) => new Map(chartTargets(content).map((t) => [imageKey(t.chart, t.key), t]));
  const [was, now] = [targets(from.content), targets(to.content)];
  mkdirSync(imagesDir, { recursive: true });
  let written = 0;
  for (const path of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    if (drawing(from.content, was.get(path)) === drawing(to.content, now.get(path))) continue;
    for (const [when, list] of [['before', was], ['after', now]] as const) {
      if (!list.has(path)) continue;
      writeFileSync(join(imagesDir, `${path.replace(/\//g, '--')}.${when}.png`), await files[when].png(path, { alone: true }));
      written++;
    }
  }
  console.error(`${written} image${written === 1 ? '' : 's'} of the charts this change redraws written to ${imagesDir}.`);
}
