/**
 * `npm run new:country -- <slug>`, `npm run new:event -- <date> <slug>`, `npm run new:source -- <id>`:
 * writes a record to fill in. Required fields start empty, so the check fails until an editor
 * fills them: a half-written record never reaches readers.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPartialDate } from '../src/model/dates';
import { COUNTRY_SLUG, ID } from '../src/model/schema';
import { EVENT_TYPES, REGIONS, SOURCE_KINDS, STATUSES } from '../src/model/vocabulary';

const root = resolve(process.env.CONTENT_ROOT ?? process.cwd());
const [kind, ...args] = process.argv.slice(2);
const list = (v: object) => Object.keys(v).join(', ');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function template(): { file: string; text: string } {
  if (kind === 'country') {
    const [slug] = args;
    if (!slug || !COUNTRY_SLUG.test(slug)) fail('Usage: npm run new:country -- <slug>   (lowercase words joined by hyphens, e.g. costa-rica)');
    return {
      file: `content/countries/${slug}.md`,
      text: `---
name:
iso3:            # ISO 3166-1 alpha-3, e.g. CRI (Kosovo: XKX)
region:          # one of: ${list(REGIONS)}
status:          # one of: ${list(STATUSES)}
figures: {}      # received / returned / pledged: value, as_of, sources (see README)
sources: []      # ids of files in content/sources/
---
Notes for readers, in Markdown.
`,
    };
  }
  if (kind === 'event') {
    const [date, slug] = args;
    if (!date || !slug || !isPartialDate(date) || !ID.test(slug)) {
      fail('Usage: npm run new:event -- <date> <slug>   (e.g. 2025-05-12 kosovo-answer, or 2025-03 kosovo-pressing)');
    }
    return {
      file: `content/events/${date}-${slug}.md`,
      text: `---
date: ${date}         # or "${date.slice(0, 7)} late", or a span like 2025-02/2025-06
type:              # one of: ${list(EVENT_TYPES)}
countries: []      # ids of files in content/countries/
title:
sources: []        # ids of files in content/sources/
---
`,
    };
  }
  if (kind === 'source') {
    const [id] = args;
    if (!id || !ID.test(id)) fail('Usage: npm run new:source -- <id>   (lowercase words and digits joined by hyphens)');
    return {
      file: `content/sources/${id}.yaml`,
      text: `title:
publisher:
kind:              # one of: ${list(SOURCE_KINDS)}
date:              # when the document is dated; delete this line if the reporting does not say
reported_in:       # the source it is known through, or delete this line
notes:
`,
    };
  }
  fail('Usage: npm run new:country -- <slug> | new:event -- <date> <slug> | new:source -- <id>');
}

const { file, text } = template();
const path = join(root, file);
if (existsSync(path)) fail(`${file} already exists; edit it instead.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text);
console.log(`Created ${file}. Fill in the empty fields, then run \`npm run check\`.`);
