/**
 * The story's own records: they pass every check, cover the reporting, and every number in
 * them can be found in the reporting text in shared/sources/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/validation/load';
import { formatIssue } from '../src/validation/recordFile';

const project = resolve(import.meta.dirname, '..');
// The reporting lives beside the repository, in shared/sources/ (SOURCES_DIR overrides it).
const sourcesDir = resolve(process.env.SOURCES_DIR ?? resolve(project, '../shared/sources'));
const content = loadContent(project);

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Every number written in the reporting: digits (commas removed, "2 million" = 2000000) and words. */
function numbersIn(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const m of text.toLowerCase().matchAll(/\b[a-z]+\b/g)) if (WORDS.includes(m[0])) numbers.add(WORDS.indexOf(m[0]));
  for (const m of text.matchAll(/(\d[\d,]*)(\s+million)?/g)) {
    const n = Number(m[1].replace(/,/g, ''));
    numbers.add(m[2] ? n * 1_000_000 : n);
  }
  return numbers;
}

describe('the seed records', () => {
  it('pass every check', () => {
    expect(content.issues.map(formatIssue)).toEqual([]);
  });
  it('name at least 25 countries and 30 events, each citing a source', () => {
    expect(content.countries.length).toBeGreaterThanOrEqual(25);
    expect(content.events.length).toBeGreaterThanOrEqual(30);
    for (const r of [...content.countries, ...content.events]) expect(r.sources.length).toBeGreaterThan(0);
  });
  it('include the countries the issue names', () => {
    const slugs = content.countries.map((c) => c.slug);
    for (const slug of ['panama', 'costa-rica', 'kosovo', 'rwanda', 'uzbekistan', 'eswatini', 'sao-tome-and-principe', 'burkina-faso', 'south-sudan']) {
      expect(slugs).toContain(slug);
    }
    expect(content.countries.find((c) => c.slug === 'kosovo')?.iso3).toBe('XKX');
  });
  it('include the sources the story rests on', () => {
    const kinds = new Set(content.sources.map((s) => s.kind));
    for (const kind of ['article', 'diplomatic-cable', 'dhs-memo', 'diplomatic-note', 'statement']) expect(kinds).toContain(kind);
    const cable = content.sources.find((s) => s.date?.text === '2025-03-12');
    expect(cable?.kind).toBe('diplomatic-cable');
  });
  it('use only numbers that the reporting gives', () => {
    if (!existsSync(sourcesDir)) throw new Error(`The reporting is missing: expected it in ${sourcesDir} (set SOURCES_DIR to its folder)`);
    const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
    expect(files.length, `no reporting found in ${sourcesDir}`).toBeGreaterThan(0);
    const known = numbersIn(files.map((f) => readFileSync(join(sourcesDir, f), 'utf8')).join('\n'));
    const unsourced: string[] = [];
    const check = (where: string, value: number, note?: string) => {
      // "an Iraqi citizen" is one person: a count of 1 must say in its note who it is.
      if (value === 1 && note) return;
      if (!known.has(value)) unsourced.push(`${where}: ${value}`);
    };
    for (const c of content.countries) {
      for (const [id, f] of Object.entries(c.figures)) if (!f.sum_of) check(`${c.slug}.${id}`, f.value, f.note);
    }
    for (const e of content.events) e.figures.forEach((f, i) => check(`${e.id} figures[${i}]`, f.value, f.note ?? f.label));
    expect(unsourced).toEqual([]);
  });
  it('keep vague numbers vague', () => {
    const panama = content.countries.find((c) => c.slug === 'panama')!.figures.received;
    expect(panama).toMatchObject({ value: 300, approx: true });
    const kosovo = content.countries.find((c) => c.slug === 'kosovo')!.figures.pledged;
    expect(kosovo).toMatchObject({ value: 50, approx: true, qualifier: 'up to' });
  });
});
