/**
 * `npm run check`: validates every record under content/ and prints each problem with its file,
 * line, column and field. Exits 1 when there is any problem.
 *
 *   npm run check [-- <folder holding content/>] [--snapshot <file>]
 *
 * In a git repository with a main branch, the records are also compared with those at the merge
 * base with main: a changed figure, status or event date needs a dated correction
 * (src/review/corrections.ts). With --snapshot (used by `npm run build`), valid records are also
 * written to <file> as JSON.
 */
import { missingCorrections } from '../src/review/corrections';
import { mergeBase, recordsAt } from '../src/review/revision';
import { formatReport, loadContent } from '../src/validation/load';
import { writeSnapshot } from '../src/validation/snapshot';

const args = process.argv.slice(2);
const at = args.indexOf('--snapshot');
const snapshot = at >= 0 ? args.splice(at, 2)[1] : undefined;
const root = args[0] ?? process.cwd();
const result = loadContent(root);
let compared = '';
if (!result.issues.length) {
  const base = mergeBase(root);
  const before = base && recordsAt(root, base.rev);
  // A base whose own records do not pass the check cannot say what was published.
  if (base && before && !before.issues.length) {
    result.issues.push(...missingCorrections(before, result, result.files, `${base.name} (${base.rev.slice(0, 7)})`));
    compared = ` Compared with ${base.name} (${base.rev.slice(0, 7)}): every changed figure, status and date is on record.`;
  }
}
if (result.issues.length) {
  console.error(formatReport(result.issues));
  process.exit(1);
}
if (snapshot) writeSnapshot(snapshot, root, result.files);
console.log(
  `Content OK: ${result.countries.length} countries, ${result.events.length} events, ${result.sources.length} sources, ${result.story ? 'the story' : 'no story'}.${compared}`,
);
