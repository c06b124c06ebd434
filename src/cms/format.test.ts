import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { recordFormats } from './config';
import { figureIdProblems, fromFile, toFile } from './format';
import { updateYaml } from './yamlEdit';

const root = join(import.meta.dirname, '../../content');
const FORMATS = recordFormats();
const files = ['countries', 'events', 'sources', 'story'].flatMap((folder) => readdirSync(join(root, folder)).map((f) => ({ folder, file: join(root, folder, f) })));

/** `value` with every object's fields in reverse order, as the editor may hand them back (it keeps no order). */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
  return value;
}

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
      expect(toFile(reversed(data) as Record<string, unknown>, FORMATS[folder]), file).toBe(text);
      // What the editor holds is the record: re-reading the YAML gives the same fields.
      expect(data.__kind, file).toBe(/\.es\.(md|yaml)$/.test(file) ? 'translation' : 'record');
    }
    const languages = readFileSync(join(root, 'languages.yaml'), 'utf8');
    expect(toFile(fromFile(languages, FORMATS.languages), FORMATS.languages)).toBe(languages);
  });

  it('changes one line when a figure\'s number is edited', () => {
    const text = readFileSync(join(root, 'countries/costa-rica.md'), 'utf8');
    const data = fromFile(text, FORMATS.countries) as { figures: { id: string; value: number }[] };
    expect(data.figures.map((f) => f.id)).toEqual(['received', 'returned']);
    data.figures[0].value = 201;
    const out = toFile(data as never, FORMATS.countries);
    expect(diff(text, out)).toEqual([['    value: 200'], ['    value: 201']]);
    expect(toFile(reversed(data) as never, FORMATS.countries)).toBe(out);
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

  it('writes a new record in the records\' style, its fields in the model\'s order', () => {
    const out = toFile({ kind: 'memo', aliases: [], publisher: 'DHS', corrections: [], title: 'A memo' }, FORMATS.sources);
    expect(out).toBe('title: A memo\npublisher: DHS\nkind: memo\n');
    const md = toFile({ sources: ['a', 'b'], body: 'Text.\n', iso3: 'TCD', name: 'Chad' }, FORMATS.countries);
    expect(md).toBe('---\nname: Chad\niso3: TCD\nsources: [a, b]\n---\nText.\n');
  });

  it('adds items to a block list as block items, and a field after a block whose list grew, in that order', () => {
    const yaml = 'sources:\n  - a\n  - b\nfigures:\n  - label: x\n';
    expect(updateYaml(yaml, { sources: ['a', 'b', 'c'], figures: [{ label: 'x' }] })).toBe('sources:\n  - a\n  - b\n  - c\nfigures:\n  - label: x\n');
    const es = 'name: Costa Rica\nfigures:\n  returned:\n    note: Nota\n';
    const out = updateYaml(es, { name: 'Costa Rica', figures: { returned: { note: 'Nota', label: 'devueltos' } }, status_note: 'Recibió' });
    expect(out).toBe('name: Costa Rica\nfigures:\n  returned:\n    note: Nota\n    label: devueltos\nstatus_note: Recibió\n');
    expect(parse(out)).toEqual({ name: 'Costa Rica', figures: { returned: { note: 'Nota', label: 'devueltos' } }, status_note: 'Recibió' });
  });

  it('keeps list items whole when their first field is emptied or no longer fits on its line', () => {
    const yaml = 'quotes:\n  - translation: a\n    speaker: b\n  - translation: c\n    speaker: d\n';
    const emptied = updateYaml(yaml, { quotes: [{ translation: '', speaker: 'b' }, { translation: 'c', speaker: 'd' }] });
    expect(parse(emptied)).toEqual({ quotes: [{ speaker: 'b' }, { translation: 'c', speaker: 'd' }] });
    const multiline = updateYaml(yaml, { quotes: [{ translation: 'one\ntwo', speaker: 'b' }, { translation: 'c', speaker: 'd' }] });
    expect(parse(multiline)).toEqual({ quotes: [{ translation: 'one\ntwo', speaker: 'b' }, { translation: 'c', speaker: 'd' }] });
  });

  it('writes a long list of ids on one line, fills an empty value, and ends a file with no final line break', () => {
    const ids = ['nyt-2025-06-third-countries', 'state-cables-costa-rica', 'dhs-memo-2025-03', 'state-cable-target-nations-2025-03-12'];
    const long = updateYaml('sources: [a]\n', { sources: ids });
    expect(long).toBe(`sources: [${ids.join(', ')}]\n`);
    expect(updateYaml('note:\nname: x\n', { note: 'hello', name: 'x' })).toBe('note: hello\nname: x\n');
    expect(parse(updateYaml('a: 1\nb: 2', { a: 1, b: 2, c: 3 }))).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('writes fields in their new order when the editor reorders them, and keeps empty front matter as it was', () => {
    const text = readFileSync(join(root, 'countries/costa-rica.md'), 'utf8');
    const data = fromFile(text, FORMATS.countries) as { figures: unknown[] };
    data.figures.reverse();
    const out = toFile(data as never, FORMATS.countries);
    expect(Object.keys(parse(out.split('---\n')[1]).figures)).toEqual(['returned', 'received']);
    for (const t of ['---\n---\nText.\n', 'Text only.\n']) expect(toFile(fromFile(t, FORMATS.countries), FORMATS.countries)).toBe(t);
  });

  it('refuses figures with no id or the same id, which a map keyed by id cannot hold', () => {
    const data = { figures: [{ id: 'received', value: 1 }, { id: '', value: 2 }, { id: 'received', value: 3 }] };
    expect(figureIdProblems(data, FORMATS.countries)).toEqual([
      'figures: the 2nd figure has no id: give it one (received, returned, pledged, or an id of your own with a label)',
      'figures: two figures have the id "received": give each its own',
    ]);
    expect(figureIdProblems(data, FORMATS.events)).toEqual([]);
  });

  it('adds a figure after the others without rewriting them', () => {
    const text = readFileSync(join(root, 'countries/costa-rica.md'), 'utf8');
    const data = fromFile(text, FORMATS.countries) as { figures: Record<string, unknown>[] };
    data.figures.push({ id: 'pledged', value: 5, as_of: '2025-06', sources: ['nyt-2025-06-third-countries'] });
    const [removed, added] = diff(text, toFile(reversed(data) as never, FORMATS.countries));
    expect(removed).toEqual([]);
    expect(added).toEqual(['  pledged:', '    value: 5', '    as_of: 2025-06', '    sources: [nyt-2025-06-third-countries]']);
  });
});
