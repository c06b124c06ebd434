/**
 * Whatever an editor does to a record's fields, the text written back reads as exactly those
 * fields: random edits (values changed to awkward text or numbers, fields emptied, list items
 * added or removed, fields added) on every record of content/, each result parsed again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pruned, updateYaml } from './yamlEdit';

const root = join(import.meta.dirname, '../../content');
const yamls = ['countries', 'events', 'sources', 'story'].flatMap((folder) => readdirSync(join(root, folder)).map((f) => {
  const text = readFileSync(join(root, folder, f), 'utf8');
  return f.endsWith('.md') ? /^---\n([\s\S]*?\n)---\n/.exec(text)![1] : text;
}));

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'yes', 'null', '2025-02', '007', '- a', 'a: b', '#x', '"q"', "it's", 'line\nbreak', ' padded ', '[a]', '{a}', '*ref', '&anchor', '%', '@at', '`tick`'),
  fc.integer({ min: -5, max: 100000 }),
  fc.boolean(),
);

/** One random edit somewhere in `value`, as a path of choices. */
function edit(value: Json, choices: number[], replacement: Json): Json {
  const [c, ...rest] = choices;
  if (Array.isArray(value)) {
    if (c % 7 === 0) return [...value, replacement];
    if (c % 7 === 1 && value.length) return value.slice(0, -1);
    if (!value.length) return value;
    const i = c % value.length;
    return value.map((v, j) => (j === i ? edit(v, rest, replacement) : v));
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (c % 9 === 0) return { ...value, [`added${c}`]: replacement };
    if (!keys.length) return value;
    const k = keys[c % keys.length];
    if (c % 9 === 1) return { ...value, [k]: '' };
    return { ...value, [k]: edit(value[k], rest, replacement) };
  }
  return replacement;
}

describe('writing edited fields back into a record', () => {
  it('always gives YAML that reads as the edited fields, and leaves unchanged records as they were', () => {
    fc.assert(
      fc.property(fc.nat(yamls.length - 1), fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 }), awkward, (n, choices, replacement) => {
        const yaml = yamls[n];
        const before = parse(yaml) as Json;
        expect(updateYaml(yaml, before as Record<string, unknown>)).toBe(yaml);
        const after = edit(before, choices, replacement) as Record<string, unknown>;
        const written = updateYaml(yaml, after);
        expect(pruned(parse(written) ?? {})).toEqual(pruned(after));
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });
});
