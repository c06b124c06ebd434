/**
 * `npm run check`: validates every record under content/ and prints each problem with its file,
 * line, column and field. Exits 1 when there is any problem.
 *
 *   npm run check [-- <folder holding content/>] [--snapshot <file>]
 *
 * With --snapshot (used by `npm run build`), valid records are also written to <file> as JSON.
 */
import { formatReport, loadContent } from '../src/validation/load';
import { writeSnapshot } from '../src/validation/snapshot';

const args = process.argv.slice(2);
const at = args.indexOf('--snapshot');
const snapshot = at >= 0 ? args.splice(at, 2)[1] : undefined;
const root = args[0] ?? process.cwd();
const result = loadContent(root);
if (result.issues.length) {
  console.error(formatReport(result.issues));
  process.exit(1);
}
if (snapshot) writeSnapshot(snapshot, root, result.files);
console.log(
  `Content OK: ${result.countries.length} countries, ${result.events.length} events, ${result.sources.length} sources, ${result.story ? 'the story' : 'no story'}.`,
);
