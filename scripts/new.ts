/**
 * `npm run new:country -- <slug>`, `npm run new:event -- <date> <slug>`, `npm run new:source -- <id>`,
 * `npm run new:story -- <slug>` (a follow-up story, published at /stories/<slug>/): writes a record to fill in. Required fields start empty, so the check fails until an editor
 * fills them: a half-written record never reaches readers.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPartialDate } from '../src/model/dates';
import { COUNTRY_SLUG, ID } from '../src/model/schema';
import { STORY_SLUG } from '../src/model/records';
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
  if (kind === 'story') {
    const [slug] = args;
    if (!slug || !STORY_SLUG.test(slug)) fail('Usage: npm run new:story -- <slug>   (lowercase words and digits joined by hyphens, e.g. kosovo-deal: the story is published at /stories/kosovo-deal/)');
    return {
      file: `content/stories/${slug}.md`,
      text: `---
title:
standfirst:
description:       # one sentence for search engines and social cards
byline:
published:         # the day it is published, YYYY-MM-DD
period:            # the time the story covers, e.g. from: 2025-01 and to: 2025-06
  from:
  to:
sources: []        # ids of files in content/sources/ the story rests on
---
Write the follow-up here in Markdown, as the story (README, "Write the story"): each fact cites
its source, each number comes from a record's figure.

:::step{#${slug}-first chart=map}
The text of the first step: the map shows beside it. Step ids are unique across all stories.
:::
`,
    };
  }
  fail('Usage: npm run new:country -- <slug> | new:event -- <date> <slug> | new:source -- <id> | new:story -- <slug>');
}

const { file, text } = template();
const path = join(root, file);
if (existsSync(path)) fail(`${file} already exists; edit it instead.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text);
console.log(`Created ${file}. Fill in the empty fields, then run \`npm run check\`.`);
