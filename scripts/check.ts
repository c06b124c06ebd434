/**
 * `npm run check`: validates every record under content/ and prints each problem with its file,
 * line, column and field. Exits 1 when there is any problem.
 *
 *   npm run check [-- <folder holding content/>] [--snapshot <file>]
 *
 * In a git repository with a main branch, the records are also compared with those at the merge
 * base with main: a changed figure, status or event date needs a dated correction
 * (src/review/corrections.ts), and every address published there must still be published or
 * redirected (src/review/urls.ts). Then data/published-urls.txt is brought up to date, to commit
 * with the change. With --snapshot (used by `npm run build`), valid records are written to <file>
 * as JSON instead, and beside it where renamed records' old addresses lead and each page's date
 * for the sitemap (src/validation/snapshot.ts); the list is left as it is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { siteContent } from '../src/derive/siteContent';
import { aliasRedirects, publishedPaths } from '../src/publish/publishedUrls';
import { missingCorrections } from '../src/review/corrections';
import { contentUnchangedSince, fileAt, mergeBase, recordsAt } from '../src/review/revision';
import { lostAddresses, readUrlList, URL_LIST, urlListText } from '../src/review/urls';
import { formatReport, loadContent } from '../src/validation/load';
import { formatIssue, type ContentIssue } from '../src/validation/recordFile';
import { englishBefore } from '../src/review/translationDates';
import { languageName } from '../src/validation/translations';
import { LANGUAGES_FILE } from '../src/model/languages';
import { pageLastmods } from '../src/site/pageDates';
import { builtLanguages } from '../src/model/languages';
import { writeBeside, writeSnapshot } from '../src/validation/snapshot';

const args = process.argv.slice(2);
const listTranslations = args.includes('--translations');
if (listTranslations) args.splice(args.indexOf('--translations'), 1);
// `npm run build -- --drafts` builds the draft languages too: their old addresses redirect as well.
const withDrafts = args.includes('--drafts');
if (withDrafts) args.splice(args.indexOf('--drafts'), 1);
const at = args.indexOf('--snapshot');
const snapshot = at >= 0 ? args.splice(at, 2)[1] : undefined;
const root = args[0] ?? process.cwd();
const result = loadContent(root, { englishBefore });
const notes: string[] = [];
const drafts = Object.entries(result.drafts).filter(([, gaps]) => gaps.length).map(([locale, gaps]) => draftReport(locale, gaps, listTranslations));
let list = '';
let redirects: ReturnType<typeof aliasRedirects> = [];
// The build waits for the snapshot: hand it over before comparing with main, which takes a moment.
// A problem the comparison finds still fails the build, which waits for this check to end.
if (snapshot && !result.issues.length) {
  writeSnapshot(snapshot, root, result);
  // What follows is not waited for until the pages are written: yield the processor to Astro.
  try {
    setPriority(10);
  } catch { /* a system that refuses only makes the build slower */ }
}
if (!result.issues.length && result.story) {
  const site = siteContent({ ...result, story: result.story });
  // Published languages' addresses are permanent as the English ones are; a draft's are not yet.
  const paths = publishedPaths(site, builtLanguages(result.languages, false));
  redirects = aliasRedirects(site, builtLanguages(result.languages, withDrafts));
  // The sitemap waits for these: leave them before comparing with main, which takes a moment.
  if (snapshot) writeBeside(snapshot, 'lastmods', Object.fromEntries(pageLastmods(site, root, builtLanguages(result.languages, withDrafts))));
  list = urlListText(paths);
  const base = mergeBase(root);
  // Records not changed since the base need no correction; reading the base's would only repeat them.
  const unchanged = base !== undefined && contentUnchangedSince(root, base.rev);
  const before = base && !unchanged ? recordsAt(root, base.rev) : undefined;
  // A base whose own records do not pass the check cannot say what was published.
  if (base && (unchanged || (before && !before.issues.length))) {
    const name = `${base.name} (${base.rev.slice(0, 7)})`;
    if (before) result.issues.push(...missingCorrections(before, result, result.files, name));
    const baseList = fileAt(root, base.rev, URL_LIST);
    if (baseList) result.issues.push(...lostAddresses(baseList, new Set([...paths, ...redirects.map((r) => r.from)]), name));
    notes.push(`Compared with ${name}: every changed figure, status and date is on record${baseList ? ', and every published address still answers' : ''}.`);
  }
}
if (result.issues.length) {
  console.error(formatReport(result.issues));
  process.exit(1);
}
if (snapshot) {
  writeBeside(snapshot, 'redirects', redirects);
} else if (list) {
  const file = join(root, URL_LIST);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (old !== list) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, list);
    const was = new Set(readUrlList(old).map((l) => l.path));
    const now = readUrlList(list).map((l) => l.path);
    const added = now.filter((p) => !was.has(p)).length;
    notes.push(`${URL_LIST} now lists ${now.length} addresses (${added} new, ${was.size + added - now.length} gone, each redirected): commit it with your change.`);
  }
}
console.log(
  [`Content OK: ${result.countries.length} countries, ${result.events.length} events, ${result.sources.length} sources, ${result.story ? 'the story' : 'no story'}${result.stories.length ? ` and ${result.stories.length} follow-up${result.stories.length === 1 ? '' : 's'}` : ''}.`, ...notes].join(' '),
);
for (const report of drafts) console.log(`\n${report}`);

/** What a draft language still lacks: a count by file, or (`--translations`) each field. */
function draftReport(locale: string, gaps: ContentIssue[], each: boolean): string {
  const files = new Map<string, number>();
  for (const g of gaps) files.set(g.file, (files.get(g.file) ?? 0) + 1);
  const count = (start: string) => gaps.filter((g) => g.message.startsWith(start)).length;
  const kinds = [['untranslated', 'not translated yet'], ['stale', 'stale'], ['numbers differ', 'with numbers not the English\'s']] as const;
  const parts = kinds.map(([start, words]) => [count(start), words] as const).filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  const other = gaps.length - kinds.reduce((n, [start]) => n + count(start), 0);
  if (other) parts.push(`${other} other problem${other === 1 ? '' : 's'}`);
  const head = `The ${languageName(locale)} translation is a draft (${LANGUAGES_FILE}), not published: in ${files.size} file${files.size === 1 ? '' : 's'}, ${parts.join(', ')}.`;
  if (each) return [head, ...gaps.map(formatIssue)].join('\n');
  return [head, ...[...files].map(([file, n]) => `  ${file}: ${n}`), `Run \`npm run check -- --translations\` to list each field.`].join('\n');
}
