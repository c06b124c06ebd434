/**
 * Published addresses are permanent. data/published-urls.txt lists every address the site
 * publishes (src/publish/publishedUrls.ts); a change is compared with the list at the merge base
 * on main, and an address that was published there must still be published, or be an old name
 * (alias) of a renamed record that redirects to the new one.
 */
import type { ContentIssue } from '../validation/recordFile';

/** Where the list is kept, relative to the folder holding content/. */
export const URL_LIST = 'data/published-urls.txt';

/** The list's text: a header saying what it is, then one address a line. */
export function urlListText(paths: readonly string[]): string {
  return [
    '# Every address this site publishes, under its base path: written by `npm run check`, committed with',
    '# each change. An address listed on main must keep working: rename a record with aliases (README).',
    ...paths,
    '',
  ].join('\n');
}

/** The addresses in a list's text, each with its line. */
export function readUrlList(text: string): { path: string; line: number }[] {
  return text.split('\n').map((path, i) => ({ path: path.trim(), line: i + 1 })).filter((l) => l.path && !l.path.startsWith('#'));
}

/** What to add for a lost address, by its kind. */
function remedy(path: string): string {
  let m = /^\/countries\/([a-z-]+)\/$|^\/images\/og\/countries\/([a-z-]+)\.png$/.exec(path);
  if (m) return `if the country was renamed, add "aliases: [${m[1] ?? m[2]}]" to its file in content/countries/`;
  if ((m = /^\/events\/#event-(.+)$/.exec(path))) return `if the event was renamed, add "aliases: [${m[1]}]" to its file in content/events/`;
  if ((m = /^\/sources\/#(.+)$/.exec(path))) return `if the source was renamed, add "aliases: [${m[1]}]" to its file in content/sources/`;
  if ((m = /^\/#(.+)$/.exec(path))) return `if the step was renamed, add aliases=${m[1]} to its :::step{…} in content/story/index.md`;
  if ((m = /^\/stories\/([a-z0-9-]+)\/#(.+)$/.exec(path))) return `if the step was renamed, add aliases=${m[2]} to its :::step{…} in content/stories/${m[1]}.md`;
  if ((m = /^\/stories\/([a-z0-9-]+)\/$|^\/images\/og\/stories\/([a-z0-9-]+)\.png$/.exec(path))) return `a published follow-up story stays published: restore content/stories/${m[1] ?? m[2]}.md (correct it with a dated entry under corrections: instead of removing it)`;
  if ((m = /^\/(?:embed|oembed|images)\/timeline\/([a-z-]+)(?:\/|\.json|\.svg|\.png|-640\.png)$/.exec(path))) {
    return `if the country or step "${m[1]}" was renamed, add its old name as an alias (aliases: [${m[1]}] in the country's file, or aliases=${m[1]} on the step)`;
  }
  if ((m = /^\/(?:embed|oembed|images)\/[a-z]+\/([a-z0-9-]+)(?:\/|\.json|\.svg|\.png|-640\.png)$/.exec(path))) {
    return `if the step "${m[1]}" was renamed, add aliases=${m[1]} to its :::step{…} in the story that has it (content/story/index.md or content/stories/)`;
  }
  return 'restore what publishes it';
}

/**
 * The addresses of the base list that the change no longer publishes, nor redirects: one issue
 * each, at its line in the base list. `published` is every address the change publishes and every
 * old address it redirects.
 */
export function lostAddresses(baseList: string, published: ReadonlySet<string>, baseName: string): ContentIssue[] {
  return readUrlList(baseList)
    .filter(({ path }) => !published.has(path))
    .map(({ path, line }) => ({
      file: URL_LIST, line, column: 1, field: '',
      message: `${path} was published (${baseName}, this line) and the change drops it, breaking every link and embed of it: ${remedy(path)}`,
    }));
}
