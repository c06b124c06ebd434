/**
 * `npm run check`: validates every record under content/ and prints each problem with its file,
 * line, column and field. Exits 1 when there is any problem.
 */
import { formatReport, loadContent } from '../src/model/load';

const root = process.argv[2] ?? process.cwd();
const result = loadContent(root);
if (result.issues.length) {
  console.error(formatReport(result.issues));
  process.exit(1);
}
console.log(
  `Content OK: ${result.countries.length} countries, ${result.events.length} events, ${result.sources.length} sources, ${result.story ? 'the story' : 'no story'}.`,
);
