/**
 * Synthetic content for the benchmark: the seed records plus generated countries and events,
 * `factor` times the seed's events (up to 200 countries). Generated records are valid by the
 * same check; they stand in for a long-running tracker and are never published. Each generated
 * record has its Spanish beside it, as the seed's have, so the synthetic sites build both editions.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEO } from '../src/model/geography';
import { TRANSLATION_LOCALES } from '../src/model/languages';
import { translatedRecord } from '../src/model/translation';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const TYPES = ['request', 'meeting', 'cable', 'negotiation', 'consideration', 'statement'];
const REGIONS = ['latin-america', 'europe', 'central-asia', 'south-east-asia', 'africa'];
const STATUSES = ['approached', 'considering', 'negotiating', 'targeted'];

/** The ISO 3166-1 codes the check accepts (src/model/geography.ts), in order; the United States is the map's origin. */
const CODES = Object.keys(GEO).filter((c) => c !== 'USA').sort();

/** A real ISO code from a number, skipping codes the seed or an earlier generated country uses. */
function code(n: number, taken: Set<string>): string {
  for (let i = n; i < n + CODES.length; i++) {
    const c = CODES[i % CODES.length];
    if (!taken.has(c)) {
      taken.add(c);
      return c;
    }
  }
  throw new Error('synthetic content: no ISO code left for another country');
}

const word = (n: number) => `synthetic-${String(n).padStart(3, '0').replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;

/** Writes a content folder with the seed and generated records; returns counts. */
export function writeSynthetic(seedRoot: string, dir: string, factor: number): { countries: number; events: number } {
  mkdirSync(dir, { recursive: true });
  cpSync(join(seedRoot, 'content'), join(dir, 'content'), { recursive: true });
  // Records only: a record's translation (kosovo.es.md) is not another record.
  const records = (folder: string) => readdirSync(join(seedRoot, 'content', folder)).filter((f) => !translatedRecord(f, TRANSLATION_LOCALES));
  const seedEvents = records('events').length;
  const seedCountries = records('countries').length;
  // Seed ISO codes are read from the files so generated ones never collide.
  const taken = new Set<string>();
  for (const f of records('countries')) {
    const m = /iso3: ([A-Z]{3})/.exec(readFileSync(join(seedRoot, 'content/countries', f), 'utf8'));
    if (m) taken.add(m[1]);
  }
  const extraCountries = Math.min(200, Math.round(seedCountries * factor)) - seedCountries;
  const slugs: string[] = [];
  for (let i = 0; i < extraCountries; i++) {
    const slug = word(i);
    slugs.push(slug);
    writeFileSync(join(dir, 'content/countries', `${slug}.md`), `---
name: Synthetic country ${i + 1}
iso3: ${code(i * 7, taken)}
region: ${REGIONS[i % REGIONS.length]}
status: ${STATUSES[i % STATUSES.length]}
sources: [nyt-2025-06-third-countries]
---
A generated country for the benchmark.
`);
    writeFileSync(join(dir, 'content/countries', `${slug}.es.md`), `---
name: País sintético ${i + 1}
---
Un país generado para la prueba de rendimiento.
`);
  }
  const extraEvents = Math.round(seedEvents * factor) - seedEvents;
  const all = slugs.length ? slugs : ['panama'];
  for (let i = 0; i < extraEvents; i++) {
    const month = MONTHS[i % MONTHS.length];
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = i % 3 === 0 ? `${month}-${day}` : month;
    const country = all[i % all.length];
    const type = TYPES[i % TYPES.length];
    writeFileSync(join(dir, 'content/events', `${date}-synthetic-${i}.md`), `---
date: ${date}
type: ${type}
countries: [${country}]
title: Generated event ${i + 1}
sources: [nyt-2025-06-third-countries]
---
A generated event for the benchmark, with a little **Markdown** in its summary.
`);
    writeFileSync(join(dir, 'content/events', `${date}-synthetic-${i}.es.md`), `---
title: Hecho generado ${i + 1}
---
Un hecho generado para la prueba de rendimiento, con un poco de **Markdown** en su resumen.
`);
  }
  return { countries: seedCountries + Math.max(0, extraCountries), events: seedEvents + Math.max(0, extraEvents) };
}
