import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fromFile, toFile, type RecordFormat } from './format';

const root = join(import.meta.dirname, '../../content');
const FORMATS: Record<string, RecordFormat> = {
  countries: { markdown: true, facts: ['iso3'], figuresById: true },
  events: { markdown: true, facts: ['date'], figuresById: false },
  sources: { markdown: false, facts: ['kind'], figuresById: false },
  story: { markdown: true, facts: ['published'], figuresById: false },
};
const files = Object.keys(FORMATS).flatMap((folder) => readdirSync(join(root, folder)).map((f) => ({ folder, file: join(root, folder, f) })));

/** Which lines differ between two texts, as [removed, added]. */
function diff(a: string, b: string) {
  const x = a.split('\n'), y = b.split('\n');
  let s = 0;
  while (s < x.length && x[s] === y[s]) s++;
  let e = 0;
  while (e < x.length - s && e < y.length - s && x[x.length - 1 - e] === y[y.length - 1 - e]) e++;
  return [x.slice(s, x.length - e), y.slice(s, y.length - e)];
}

describe('the editor format', () => {
  it('writes every record and translation back byte for byte when nothing was edited', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const { folder, file } of files) {
      const text = readFileSync(file, 'utf8');
      const data = fromFile(text, FORMATS[folder]);
      expect(toFile(structuredClone(data), FORMATS[folder]), file).toBe(text);
      // What the editor holds is the record: re-reading the YAML gives the same fields.
      expect(data.__kind, file).toBe(/\.es\.(md|yaml)$/.test(file) ? 'translation' : 'record');
    }
  });

  it('changes one line when a figure\'s number is edited', () => {
    const text = readFileSync(join(root, 'countries/costa-rica.md'), 'utf8');
    const data = fromFile(text, FORMATS.countries) as { figures: { id: string; value: number }[] };
    expect(data.figures.map((f) => f.id)).toEqual(['received', 'returned']);
    data.figures[0].value = 201;
    const out = toFile(data as never, FORMATS.countries);
    expect(diff(text, out)).toEqual([['    value: 200'], ['    value: 201']]);
  });

  it('adds a correction after the fields, in the records\' style, and removes an emptied field with its lines', () => {
    const text = readFileSync(join(root, 'countries/costa-rica.md'), 'utf8');
    const data = fromFile(text, FORMATS.countries) as Record<string, unknown> & { figures: Record<string, unknown>[] };
    data.corrections = [{ date: '2026-12-01', text: 'An earlier version gave the wrong number.' }];
    delete data.figures[1].note;
    data.sources = ['nyt-2025-06-third-countries'];
    const out = toFile(data, FORMATS.countries);
    const [removed, added] = diff(text, out);
    expect(removed[0]).toMatch(/^    note: Had returned/);
    expect(added).toContain('sources: [nyt-2025-06-third-countries]');
    expect(added.slice(-3)).toEqual(['corrections:', '  - date: 2026-12-01', '    text: An earlier version gave the wrong number.']);
    const front = parse(out.split('---\n')[1]);
    expect(front.figures.returned).toEqual({ value: 107, as_of: '2025-06', sources: ['nyt-2025-06-third-countries'] });
    expect(out.endsWith(text.slice(text.indexOf('---\nCosta Rica took')))).toBe(true);
  });

  it('adds an item to a list of quotes or corrections without rewriting the others', () => {
    const text = readFileSync(join(root, 'story/index.md'), 'utf8');
    const data = fromFile(text, FORMATS.story) as { corrections: unknown[] };
    data.corrections.push({ date: '2026-12-01', text: 'A third correction.' });
    const [removed, added] = diff(text, toFile(data as never, FORMATS.story));
    expect(removed).toEqual([]);
    expect(added).toEqual(['  - date: 2026-12-01', '    text: A third correction.']);
  });

  it('writes a new record in the records\' style', () => {
    const out = toFile({ title: 'A memo', publisher: 'DHS', kind: 'memo', corrections: [], aliases: [] }, FORMATS.sources);
    expect(out).toBe('title: A memo\npublisher: DHS\nkind: memo\n');
    const md = toFile({ name: 'Chad', iso3: 'TCD', sources: ['a', 'b'], body: 'Text.\n' }, FORMATS.countries);
    expect(md).toBe('---\nname: Chad\niso3: TCD\nsources: [a, b]\n---\nText.\n');
  });
});
