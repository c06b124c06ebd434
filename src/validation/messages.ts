/**
 * Turns zod issues and YAML syntax errors into sentences a journalist can act on:
 * "expected …, found …", with a suggestion when a word is close to an allowed one.
 */
import type { z } from 'astro/zod';
import { isAlias, isNode, visit, type Alias, type Document } from 'yaml';

/** A value as an editor would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  return 'a group of fields';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest allowed word, when it is close enough to be a typo. */
export function suggest(found: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const close = Math.max(2, Math.floor(found.length / 3));
  const lower = found.toLowerCase();
  for (const option of options) {
    // Words whose lengths differ by more than a typo are never close: skip measuring them (a
    // pasted paragraph against every id took seconds).
    if (Math.abs(option.toLowerCase().length - lower.length) > close) continue;
    const d = editDistance(lower, option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= close ? best : undefined;
}

const GENERIC: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** Adds ", found X" unless the message already says what was found. */
function withFound(message: string, value: unknown): string {
  if (/\bfound\b/.test(message) || value === undefined) return message;
  return `${message}, found ${describeValue(value)}`;
}

export interface Described {
  /** Path inside the record, e.g. `["figures", 0, "value"]`. */
  path: (string | number)[];
  message: string;
  /** True when the position should be the field's name rather than its value. */
  atKey?: boolean;
}

/**
 * Describes one zod issue. `valueAt` reads the raw value at a path of the record.
 * Unknown fields produce one description per field.
 */
export function describeIssue(
  issue: z.ZodIssue,
  valueAt: (path: (string | number)[]) => unknown,
  fieldsAt: (path: (string | number)[]) => readonly string[],
): Described[] {
  const found = valueAt(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const enumWords = issue.expected.includes(' | ') ? issue.expected.split(' | ').map((w) => w.replace(/^'|'$/g, '')) : null;
      const generic = enumWords ? `one of ${enumWords.join(', ')}` : GENERIC[issue.expected] ?? issue.expected;
      const custom = issue.message.startsWith('expected') ? issue.message : `expected ${generic}`;
      if (issue.received === 'undefined') {
        return [{ path: issue.path, message: `is missing: ${custom}` }];
      }
      return [{ path: issue.path, message: withFound(custom, found) }];
    }
    case 'invalid_enum_value': {
      const options = issue.options.map(String);
      const guess = typeof found === 'string' ? suggest(found, options) : undefined;
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      return [{ path: issue.path, message: `expected one of ${options.join(', ')}, found ${describeValue(found)}${hint}` }];
    }
    case 'unrecognized_keys': {
      return issue.keys.map((key) => {
        const fields = fieldsAt(issue.path);
        const guess = suggest(key, fields);
        const hint = guess ? ` (did you mean "${guess}"?)` : ` (allowed here: ${fields.join(', ')})`;
        return { path: [...issue.path, key], atKey: true, message: `is not a field this record can have${hint}` };
      });
    }
    case 'too_small':
      if (issue.type === 'array' && issue.message.startsWith('expected')) {
        return [{ path: issue.path, message: withFound(issue.message, found) }];
      }
      if (issue.type === 'number') return [{ path: issue.path, message: withFound('expected zero or more', found) }];
      return [{ path: issue.path, message: withFound(issue.message.startsWith('expected') ? issue.message : 'expected a value', found) }];
    default: {
      const message = issue.message.startsWith('expected') ? issue.message : `expected a valid value (${issue.message})`;
      return [{ path: issue.path, message: withFound(message, found) }];
    }
  }
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'this field is written twice; keep one',
  TAB_AS_INDENT: 'a tab is used to indent; indent with spaces only',
  BAD_INDENT: 'the indentation is uneven; line the field up with the ones around it, using spaces',
  MISSING_CHAR: 'a closing quotation mark or bracket is missing',
  UNCLOSED_FLOW: 'a closing quotation mark or bracket is missing: close the list or group opened here',
  BAD_DQ_ESCAPE: 'a backslash inside "double quotes" starts an unknown escape; use single quotes or remove the backslash',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over more than one line; check the line above for a missing quotation mark or colon',
  BLOCK_AS_IMPLICIT_KEY: 'a field name is followed by something that is not a value; check the colon and the indentation',
  UNEXPECTED_TOKEN: 'something unexpected is written here; check the quotation marks, colons and dashes',
  BAD_SCALAR_START: 'a value cannot start with this character; put the value in "double quotes"',
  VALUE_WITH_COLON: 'the value contains a colon followed by a space; put the whole value in "double quotes"',
};

/** A YAML syntax error in words. */
export function describeYamlError(code: string, message: string): string {
  const plain = YAML_CODES[code];
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return plain ? `YAML syntax: ${plain} (${first})` : `YAML syntax: ${first}`;
}

/**
 * An alias yaml refused, in words, at the alias: `*name` with no `&name` before it, or aliases
 * repeating values too often (`message` is yaml's).
 */
export function describeAliasError(doc: Document, message: string): { offset: number; message: string } {
  const unresolved = message.startsWith('Unresolved');
  const anchors = new Set<string>();
  let alias: Alias | undefined;
  visit(doc, (_, node) => {
    if (isAlias(node) && (!unresolved || !anchors.has(node.source))) {
      alias = node;
      return visit.BREAK;
    }
    if (isNode(node) && node.anchor) anchors.add(node.anchor);
  });
  const name = alias?.source ?? '';
  return {
    offset: alias?.range?.[0] ?? 0,
    message: unresolved
      ? `YAML syntax: "*${name}" repeats the value marked "&${name}", but no value above is marked so; write the value itself`
      : `YAML syntax: aliases such as "*${name}" repeat values too many times; write the values themselves`,
  };
}
