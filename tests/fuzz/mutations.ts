/**
 * The ways the content fuzzer breaks a copy of the seed's records: each mutation is a small plain
 * value (so fast-check prints and shrinks it), turned into edits of files and folders by
 * `applyMutation`. Large payloads (10 MB strings, deep nesting) are written as a recipe, not as text.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { isNode, parseDocument, visit } from 'yaml';

/** Text built when a mutation is applied: a literal, `text` repeated, or `open`…`close` nested. */
export type Payload = string | { repeat: string; times: number } | { open: string; close: string; depth: number; inner?: string } | { lines: number };

export type Mutation =
  | { kind: 'delete-lines'; file: number; at: number; count: number }
  | { kind: 'duplicate-line'; file: number; at: number }
  | { kind: 'swap-lines'; file: number; at: number; with: number }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'insert-bytes'; file: number; at: number; bytes: number[] }
  | { kind: 'insert'; file: number; at: number; text: Payload }
  | { kind: 'look-alike'; file: number; at: number; letter: number }
  | { kind: 'line-ends'; file: number; how: 'crlf' | 'one-crlf' | 'cr' | 'bom' | 'nul' }
  | { kind: 'set-value'; file: number; node: number; value: Payload }
  | { kind: 'set-key'; file: number; node: number; key: string }
  | { kind: 'add-field'; file: number; at: number; key: string; value: Payload }
  | { kind: 'replace-file'; file: number; text: Payload }
  | { kind: 'rename'; file: number; to: string }
  | { kind: 'delete'; file: number }
  | { kind: 'folder'; how: 'stray-folder' | 'folder-as-record' | 'file-for-folder' | 'dangling-link' | 'link-loop' | 'link-to-folder' | 'stray-file' | 'empty-folder'; folder: number }
  | { kind: 'directive'; at: number; edit: DirectiveEdit }
  | { kind: 'story-insert'; at: number; text: Payload };

export type DirectiveEdit =
  | { how: 'attribute'; attribute: number; value: Payload }
  | { how: 'add-attribute'; key: string; value: Payload }
  | { how: 'label'; text: Payload }
  | { how: 'cut'; from: number }
  | { how: 'rewrite'; find: string; by: string };

/** The seed's files, project-relative and sorted, as mutations refer to them by index. */
export interface Seed {
  files: string[];
  story: string;
}

export const FOLDERS = ['countries', 'events', 'sources', 'story'];
const LATIN = 'aeopcxiy';
const CYRILLIC = 'аеорсхіу';
/** Characters editors paste without seeing them, and characters that look like others. */
const TRICKY = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202e', '\u2066', '\u00a0', '\u2028', '\u2029', '\u0085', '\u0000', '\t', '\r', '\u0301', 'а', 'ｅ', '😀', '\ud800', '\\', '"', "'"];

/** YAML values of the wrong type, odd numbers and syntax fragments. */
const VALUES = [
  '1e308', '-1e308', '1e309', '.inf', '-.inf', '.nan', '-0', '0.5', '9007199254740993', '0x1F', '0o17', '-1', '0', '~', 'null',
  'true', 'yes', '[]', '{}', '""', "''", '[a, b]', '{a: 1}', '[[[]]]', '[1, 2]', '{value: 3}', '|\n  two\n  lines', '>-\n  folded',
  '!!binary aGVsbG8=', '!!set {a, b}', '!!omap [a: 1]', '!!int x', '!!float abc', '!foo bar', '!!map [a]', '&a x', '*nope', '*a',
  '[&a [x,x,x,x,x,x,x,x,x], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]]',
  '2025-02-30', '2025-13', '2025-05-12/2025-01-01', '0000-00-00', '9999-12 late', '2025-05-12 ', '"2025-05-12\\n"', '2025-05/2025-06/2025-07',
  "'", '"', '[', '{', ']', '}', ':', '- ', '? x', '# comment', '%YAML 1.1', '---', '...', '@x', '`x`', '<<: *a', '"\\u0000"', '"\\x"',
  '__proto__', 'constructor', 'toString', 'https://', 'javascript:alert(1)', 'kosovo', 'pаnama', 'panama\u200b', '"\u202epanama"',
];
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'value', 'sources', 'label', 'sum_of', 'from', '"a\\nb"', '? [a]', '1', 'Name', 'nаme', 'name\u200b', '"', '[a]', '{a: 1}', '~', '<<', '"\u202ekey"'];
const NAMES = [
  'Panama.md', 'pan ama.md', 'pаnama.md', 'panama\u200b.md', 'panama .md', 'panama.md.', 'panama.MD', 'panama.yml', 'panama.markdown', 'panama',
  '.hidden.md', '-.md', '.md', 'a--b.md', 'index.md', 'x.yaml', '2025-13-99-x.md', 'a\nb.md', 'tab\there.md', 'new\rline.md', 'col:on.md',
  'back\\slash.md', '\u202edm.x', `${'a'.repeat(240)}.md`, '\xff\xfe.md', '../countries/elsewhere.md', '../stray.md', '../other/x.md',
];
/** Directive fragments inserted into the story's Markdown. */
const DIRECTIVES = [
  ':::step{#x chart=map}\ntext\n:::', ':::step{#x chart=map}\n:::step{#y chart=status}\nnested\n:::\n:::', ':::step', ':::', '::step{#a}', ':fig[',
  ':fig[]', ':fig[.]', ':fig[panama.]', ':fig[panama.received.x]', ':fig[__proto__.x]', ':fig[panama.constructor]', ':fig[pаnama.received]',
  ':cite[]', ':cite[constructor]', ':cite[__proto__]', ':cite[a\nb]', ':fig[panama\nreceived]', ':cite{#x}', ':fig[panama.received]{x=1}',
  ':::step{#a chart=map statuses=constructor types=__proto__,toString}\nx\n:::', ':::step{#a chart=timeline from=2025-06 to=2025-01}\nx\n:::',
  ':::step{#a chart=timeline from="2025-01\n" to=}\nx\n:::', '::::step{#a chart=map}\nx\n::::', ':::step{#a chart="map}\nx\n:::',
  '<div>', '```\n:::step{#a}\n', '> :::step{#q chart=map}\n> x\n> :::', '- :fig[panama.received]', '[x]: https://example.com', '\\:fig[x]',
  '# 12', '1. one', '$300', '1,000,000', '3.5', '12 May', '2025',
];
/** Attribute values written into a step. */
const ATTRIBUTES = ['', '""', "''", '"a b"', "'x'", '}', '{', '"', '=', 'map,map', ',', 'constructor', '__proto__', 'toString', 'panama,,', 'pаnama', 'panama\u200b', '2025-02-30', '2025', '9999-99', 'timeline', 'x'.repeat(5000)];
const STEP_KEYS = ['chart', 'highlight', 'country', 'countries', 'from', 'to', 'statuses', 'types', 'id', 'class', '#dup', '.cls', '__proto__', 'constructor', 'hightlight', 'x'];

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...TRICKY, 'a', '-', '1', ' ', ':'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.record({ repeat: fc.constantFrom('x', '9', '9,', 'é', '\u200b', '- ', '> ', '* ', ' :fig[panama.received]', ' 300', '[', '{a: '), times: fc.constantFrom(10_000, 200_000, 990_000, 10_000_000) }) },
  { weight: 1, arbitrary: fc.record({ open: fc.constantFrom('[', '{a: ', '- ', '[{a: ', '> ', '* ', '*', '[', ':fig[', ':::step{#n chart=map}\n', '&a [', '"'), close: fc.constantFrom(']', '}', '', ']}', '*', '](x)', '\n:::\n', '"'), depth: fc.constantFrom(50, 1_000, 5_000, 20_000, 300_000), inner: fc.constantFrom('x', '', '1') }) },
  { weight: 1, arbitrary: fc.record({ lines: fc.constantFrom(100, 2_000, 100_000) }) },
);

const file = fc.nat();
const at = fc.nat({ max: 1_000_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete-lines' as const), file, at, count: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), file, at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), file, at, with: at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), file, at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert-bytes' as const), file, at, bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), file, at, text: payload }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('look-alike' as const), file, at, letter: fc.nat({ max: LATIN.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-ends' as const), file, how: fc.constantFrom('crlf' as const, 'one-crlf' as const, 'cr' as const, 'bom' as const, 'nul' as const) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('set-value' as const), file, node: fc.nat(), value: payload }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set-key' as const), file, node: fc.nat(), key: fc.constantFrom(...KEYS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-field' as const), file, at, key: fc.constantFrom(...KEYS), value: payload }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace-file' as const), file, text: fc.oneof(payload, fc.constantFrom('', ' \n', '\ufeff', '\u0000', '---\n---\n', '---\n', '---\n---', 'null\n', '- a\n', '42\n', '---\n[a]\n---\nx\n', '---\n- a\n---\n')) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), file, to: fc.constantFrom(...NAMES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), file }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('folder' as const), how: fc.constantFrom('stray-folder' as const, 'folder-as-record' as const, 'file-for-folder' as const, 'dangling-link' as const, 'link-loop' as const, 'link-to-folder' as const, 'stray-file' as const, 'empty-folder' as const), folder: fc.nat({ max: FOLDERS.length - 1 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('directive' as const),
      at: fc.nat(),
      edit: fc.oneof(
        fc.record({ how: fc.constant('attribute' as const), attribute: fc.nat(), value: fc.oneof(fc.constantFrom(...ATTRIBUTES), payload) }),
        fc.record({ how: fc.constant('add-attribute' as const), key: fc.constantFrom(...STEP_KEYS), value: fc.constantFrom(...ATTRIBUTES) }),
        fc.record({ how: fc.constant('label' as const), text: fc.oneof(fc.constantFrom(...ATTRIBUTES, 'panama.received', 'panama.received.x', '.', 'a.b'), payload) }),
        fc.record({ how: fc.constant('cut' as const), from: fc.nat() }),
        fc.record({ how: fc.constant('rewrite' as const), find: fc.constantFrom(':::', '{', '}', '[', ']', '#', '=', ' '), by: fc.constantFrom('', '::', '::::', ' ', '\n', '{{', ']]', '\\', '#') }),
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('story-insert' as const), at, text: fc.oneof(fc.constantFrom(...DIRECTIVES), payload) }) },
);

/** One case: a few mutations applied in turn. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function buildPayload(p: Payload): string {
  if (typeof p === 'string') return p;
  if ('repeat' in p) return p.repeat.repeat(p.times);
  if ('lines' in p) return Array.from({ length: p.lines }, (_, i) => `line${i}: ${i}`).join('\n');
  return `${p.open.repeat(p.depth)}${p.inner ?? ''}${p.close.repeat(p.depth)}`;
}

/** Short text for a payload, for the watchdog's and the report's messages. */
export function describeMutations(list: Mutation[]): string {
  return JSON.stringify(list, (_key, value) => (typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…(${value.length} chars)` : value));
}

function readText(root: string, file: string): string | undefined {
  const path = join(root, file);
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  return readFileSync(path, 'utf8');
}

/** The YAML part of a record: the whole of a .yaml file, the front matter of a .md file. */
function yamlPart(text: string, file: string): { start: number; end: number } {
  if (file.endsWith('.yaml')) return { start: 0, end: text.length };
  if (!text.startsWith('---\n')) return { start: 0, end: text.length };
  const close = text.indexOf('\n---', 3);
  return { start: 4, end: close < 0 ? text.length : close + 1 };
}

/** Every node of the record's YAML (keys and values) with its place in the file. */
function nodesOf(text: string, file: string, keys: boolean): [number, number][] {
  const { start, end } = yamlPart(text, file);
  const doc = parseDocument(text.slice(start, end), { keepSourceTokens: false });
  const ranges: [number, number][] = [];
  visit(doc, {
    Pair: (_, pair) => {
      if (keys && isNode(pair.key) && pair.key.range) ranges.push([start + pair.key.range[0], start + pair.key.range[1]]);
    },
    Node: (_, node) => {
      if (!keys && node.range && node.range[1] > node.range[0]) ranges.push([start + node.range[0], start + node.range[1]]);
    },
  });
  return ranges;
}

const splice = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to);
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];

/** The steps', figures' and citations' directives in the story, with their places. */
function directivesOf(text: string): { index: number; text: string }[] {
  return [...text.matchAll(/:{1,3}[a-z]+(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?/g)].map((m) => ({ index: m.index!, text: m[0] }));
}

function editDirective(directive: string, edit: DirectiveEdit): string {
  switch (edit.how) {
    case 'attribute': {
      const attrs = [...directive.matchAll(/([#.]?[\w-]+)(=("[^"]*"|[^\s}]*))?/g)].filter((m) => m.index! > directive.indexOf('{'));
      if (!attrs.length || directive.indexOf('{') < 0) return directive;
      const m = attrs[edit.attribute % attrs.length];
      const value = buildPayload(edit.value);
      const replaced = m[0].startsWith('#') ? `#${value}` : `${m[1]}=${value}`;
      return splice(directive, m.index!, m.index! + m[0].length, replaced);
    }
    case 'add-attribute': {
      const brace = directive.lastIndexOf('}');
      const attr = edit.key.startsWith('#') || edit.key.startsWith('.') ? `${edit.key}${edit.value}` : `${edit.key}=${edit.value}`;
      return brace < 0 ? `${directive}{${attr}}` : splice(directive, brace, brace, ` ${attr}`);
    }
    case 'label': {
      const open = directive.indexOf('[');
      const close = directive.indexOf(']');
      return open < 0 || close < 0 ? `${directive}[${buildPayload(edit.text)}]` : splice(directive, open + 1, close, buildPayload(edit.text));
    }
    case 'cut':
      return directive.slice(0, edit.from % Math.max(1, directive.length));
    case 'rewrite':
      return directive.replace(edit.find, edit.by);
  }
}

function mutateText(text: string, file: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete-lines': {
      const i = m.at % lines.length;
      lines.splice(i, m.count);
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const [i, j] = [m.at % lines.length, m.with % lines.length];
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'insert': {
      const i = m.at % (text.length + 1);
      return splice(text, i, i, buildPayload(m.text));
    }
    case 'look-alike': {
      const from = m.at % (text.length + 1);
      const latin = LATIN[m.letter];
      const i = text.indexOf(latin, from) >= 0 ? text.indexOf(latin, from) : text.indexOf(latin);
      return i < 0 ? text : splice(text, i, i + 1, CYRILLIC[m.letter]);
    }
    case 'line-ends':
      if (m.how === 'crlf') return text.replace(/\n/g, '\r\n');
      if (m.how === 'one-crlf') return text.replace('\n', '\r\n');
      if (m.how === 'cr') return text.replace(/\n/g, '\r');
      if (m.how === 'bom') return `\ufeff${text}`;
      return splice(text, Math.floor(text.length / 2), Math.floor(text.length / 2), '\0');
    case 'set-value':
    case 'set-key': {
      const nodes = nodesOf(text, file, m.kind === 'set-key');
      if (!nodes.length) return text;
      const [from, to] = nodes[m.node % nodes.length];
      return splice(text, from, to, m.kind === 'set-key' ? m.key : buildPayload(m.value));
    }
    case 'add-field': {
      const starts = lineStarts(text);
      const i = m.at % starts.length;
      const line = lines[i];
      const indent = /^\s*(?:- )?/.exec(line)![0].replace('- ', '  ');
      const end = starts[i] + line.length;
      return splice(text, end, end, `\n${indent}${m.key}: ${buildPayload(m.value)}`);
    }
    case 'replace-file':
      return buildPayload(m.text);
    default:
      return text;
  }
}

/** The one seed file a mutation changes, or 'all' when it renames files or changes folders. */
export function touches(m: Mutation, seed: Seed): string | 'all' {
  if (m.kind === 'folder' || m.kind === 'rename') return 'all';
  return m.kind === 'directive' || m.kind === 'story-insert' ? seed.story : seed.files[m.file % seed.files.length];
}

/** Applies one mutation to the content copied under `root`; one whose file an earlier mutation removed does nothing. */
export function applyMutation(root: string, seed: Seed, m: Mutation): void {
  try {
    apply(root, seed, m);
  } catch (e) {
    if (!['ENOENT', 'ENOTDIR', 'EEXIST', 'EISDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  }
}

function apply(root: string, seed: Seed, m: Mutation): void {
  if (m.kind === 'folder') return mutateFolder(root, seed, m);
  const file = m.kind === 'directive' || m.kind === 'story-insert' ? seed.story : seed.files[m.file % seed.files.length];
  const path = join(root, file);
  if (m.kind === 'delete') return rmSync(path, { force: true });
  if (m.kind === 'rename') {
    if (!existsSync(path)) return;
    const target = join(dirname(path), m.to);
    mkdirSync(dirname(target), { recursive: true });
    // Bytes that are not UTF-8 can only be written as a Buffer path.
    const bytes = Buffer.from(target, /[\x80-\xff]/.test(m.to) && !/[^\x00-\xff]/.test(m.to) ? 'latin1' : 'utf8');
    return renameSync(path, bytes);
  }
  const text = readText(root, file);
  if (text === undefined) return;
  if (m.kind === 'truncate') return writeFileSync(path, readFileSync(path).subarray(0, m.at % (statSync(path).size + 1)));
  if (m.kind === 'insert-bytes') {
    const bytes = readFileSync(path);
    const i = m.at % (bytes.length + 1);
    return writeFileSync(path, Buffer.concat([bytes.subarray(0, i), Buffer.from(m.bytes), bytes.subarray(i)]));
  }
  if (m.kind === 'directive') {
    // Attributes are the steps'; labels are :fig[…]'s and :cite[…]'s.
    const wanted = m.edit.how === 'attribute' || m.edit.how === 'add-attribute' ? /^:::/ : m.edit.how === 'label' ? /\[/ : /./;
    const found = directivesOf(text).filter((d) => wanted.test(d.text));
    if (!found.length) return;
    const d = found[m.at % found.length];
    return writeFileSync(path, splice(text, d.index, d.index + d.text.length, editDirective(d.text, m.edit)));
  }
  if (m.kind === 'story-insert') {
    const body = text.indexOf('\n---\n', 3) + 5;
    const i = body + (m.at % (text.length - body + 1));
    return writeFileSync(path, splice(text, i, i, buildPayload(m.text)));
  }
  writeFileSync(path, mutateText(text, file, m));
}

function mutateFolder(root: string, seed: Seed, m: Extract<Mutation, { kind: 'folder' }>): void {
  const name = FOLDERS[m.folder];
  const dir = join(root, 'content', name);
  const ext = name === 'sources' ? '.yaml' : '.md';
  const sample = seed.files.map((f) => join(root, f)).find((f) => f.startsWith(`${dir}/`) && existsSync(f) && statSync(f).isFile());
  const sampleText = sample ? readFileSync(sample) : 'x';
  switch (m.how) {
    case 'stray-folder':
      mkdirSync(join(root, 'content', 'drafts'), { recursive: true });
      return;
    case 'folder-as-record':
      mkdirSync(join(dir, `folder${ext}`), { recursive: true });
      return;
    case 'file-for-folder':
      rmSync(dir, { recursive: true, force: true });
      return writeFileSync(dir, sampleText);
    case 'dangling-link':
      return symlinkSync('nowhere', join(dir, `dangling${ext}`));
    case 'link-loop':
      return symlinkSync(`loop${ext}`, join(dir, `loop${ext}`));
    case 'link-to-folder':
      return symlinkSync('..', join(dir, `up${ext}`));
    case 'stray-file':
      return writeFileSync(join(root, 'content', 'notes.md'), '---\ntitle: x\n---\n');
    case 'empty-folder':
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      return;
  }
}
