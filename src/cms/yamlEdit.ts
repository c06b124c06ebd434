/**
 * Writes changed values back into a record's YAML without touching anything else: a changed value
 * replaces only its own text, an added list item or field is written after its neighbours in the
 * record's style (id lists as `[a, b]`), and every other byte (comments, key order, quoting, folded
 * text) stays as the editor or the last commit left it. Saving unchanged values gives the same text.
 * Browser-safe: the CMS runs it when it saves.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, visit, type Node, type Pair } from 'yaml';

interface Edit { from: number; to: number; text: string }
/** The text being edited and its parsed document. */
interface Source { text: string; doc: Document }

/** How records are written where the CMS writes new YAML: the style of the files in content/. */
// No folding of long lines: a folded flow list or plain text would need its own indentation.
const STYLE = { flowCollectionPadding: false, lineWidth: 0 } as const;

type Plain = string | number | boolean | null | undefined;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown): v is Plain => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

/** An empty value the editor left: the same as no value at all. */
export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}

/** The value without its empty fields: what a record holds once written. */
export function pruned(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pruned);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pruned(x)]).filter(([, x]) => !isEmpty(x)));
  return v;
}

/**
 * Whether two values are the same record data, empty fields left out. The order of fields does not
 * count: the editor does not keep it (its maps of more than eight fields are unordered).
 */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => !isEmpty(a[k]));
    const kb = Object.keys(b).filter((k) => !isEmpty(b[k]));
    return ka.length === kb.length && ka.every((k) => kb.includes(k) && same(a[k], b[k]));
  }
  return a === b || (isEmpty(a) && isEmpty(b));
}

/**
 * New YAML in the records' style: lists of plain values as `[a, b]`, the rest in blocks. `block`
 * writes a list of plain values itself as a block (items added to a block list).
 */
export function render(value: unknown, block = false): string {
  const pruned_ = pruned(value);
  if (isEmpty(pruned_)) return '';
  const doc = new Document(pruned_);
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i)) && !(block && seq === doc.contents)) seq.flow = true;
    },
  });
  return doc.toString(STYLE);
}

/** A value on one line in the style its old value was written in, or undefined if it needs more. */
function inline(value: Plain, type: Scalar['type']): string | undefined {
  if (value === null || value === undefined) return undefined;
  const scalar = new Scalar(value);
  if (typeof value === 'string' && (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE)) scalar.type = type;
  const text = stringify(scalar, { lineWidth: 0 }).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

const lineStart = (src: string, at: number) => src.lastIndexOf('\n', at - 1) + 1;
const nextLine = (src: string, at: number) => {
  const nl = src.indexOf('\n', at);
  return nl < 0 ? src.length : nl + 1;
};
const indented = (text: string, column: number) => text.replace(/^(?=.)/gm, ' '.repeat(column));

/** Where a block pair's lines end: the start of the line after its value's last character. */
function pairEnd(src: string, pair: Pair): number {
  const node = pair.value as Node | null;
  const end = node?.range ? node.range[1] : (pair.key as Node).range![1];
  return nextLine(src, Math.max(end - 1, 0));
}

/** The edits that turn `node`'s text into `value`, or undefined when it must be written anew. */
function edits(source: Source, node: Node | null, value: unknown): Edit[] | undefined {
  const src = source.text;
  if (node && same(node.toJS(source.doc), value)) return [];
  if (!node?.range) return undefined;
  const [from, to] = node.range;
  if (isScalar(node) && isPrimitive(value)) {
    if (src.slice(from, to).includes('\n')) return undefined;
    const text = inline(value, node.type);
    if (text === undefined) return undefined;
    // An empty value (`note:`) has no text of its own: the new one needs its space after the colon.
    return [{ from, to, text: from === to && src[from - 1] === ':' ? ` ${text}` : text }];
  }
  if (isSeq(node) && Array.isArray(value)) {
    if (node.flow) {
      if (src.slice(from, to).includes('\n') || !value.every((v) => isPrimitive(v))) return undefined;
      return [{ from, to, text: render(value).replace(/\n$/, '') }];
    }
    const kept = node.items.length;
    if (value.length < kept) return undefined;
    const out: Edit[] = [];
    for (let i = 0; i < kept; i++) {
      const e = edits(source, node.items[i] as Node, value[i]);
      if (!e) return undefined;
      out.push(...e);
    }
    if (value.length > kept) {
      // Items added at the end: written after the last one, at the list's indentation.
      const last = node.items[kept - 1] as Node;
      const at = nextLine(src, last.range![1] - 1);
      const column = from - lineStart(src, from);
      out.push({ from: at, to: at, text: glue(src, at) + indented(render(value.slice(kept), true), column) });
    }
    return out;
  }
  if (isMap(node) && isPlainObject(value) && !node.flow) return mapEdits(source, node.items as Pair[], value, from);
  return undefined;
}

/** A line break before text inserted at the very end of a text that has no final one. */
const glue = (src: string, at: number) => (at === src.length && src.length > 0 && !src.endsWith('\n') ? '\n' : '');

/**
 * The edits inside a block map: each field changed in place, removed with its lines, or added after
 * the rest; undefined when the map must be written anew (its first field, written after a list
 * item's "- ", rewritten or removed). Fields named in `rewrite` are written anew.
 */
function mapEdits(source: Source, pairs: Pair[], value: Record<string, unknown>, from: number, rewrite: readonly string[] = []): Edit[] | undefined {
  const src = source.text;
  const out: Edit[] = [];
  const column = from - lineStart(src, from);
  for (const pair of pairs) {
    const key = String((pair.key as Scalar).value);
    const keyAt = (pair.key as Node).range![0];
    const start = lineStart(src, keyAt);
    const own = /^ *$/.test(src.slice(start, keyAt));
    const end = pairEnd(src, pair);
    if (isEmpty(pruned(value[key]))) {
      if (isEmpty((pair.value as Node | null)?.toJS(source.doc))) continue;
      if (!own) return undefined;
      out.push({ from: start, to: end, text: '' });
      continue;
    }
    const inner = rewrite.includes(key) ? undefined : edits(source, pair.value as Node | null, value[key]);
    if (inner) out.push(...inner);
    else if (own) out.push({ from: start, to: end, text: indented(render({ [key]: value[key] }), column) });
    else return undefined;
  }
  const added = Object.entries(value).filter(([k, v]) => !pairs.some((p) => String((p.key as Scalar).value) === k) && !isEmpty(pruned(v)));
  if (added.length) {
    const at = pairs.length ? pairEnd(src, pairs[pairs.length - 1]) : from;
    out.push({ from: at, to: at, text: glue(src, at) + indented(render(Object.fromEntries(added)), column) });
  }
  return out;
}

/**
 * `yaml` (a record's YAML text) holding `value` instead: only what changed is rewritten. Top-level
 * fields named in `rewrite` are written anew (a map whose order changed). Text that YAML cannot
 * edit in place (a document whose top is not a map) is written anew.
 */
export function updateYaml(yaml: string, value: Record<string, unknown>, rewrite: readonly string[] = []): string {
  const doc = parseDocument(yaml);
  const root = doc.contents as Node | null;
  const changes = root && isMap(root) && !root.flow && !doc.errors.length ? mapEdits({ text: yaml, doc }, root.items as Pair[], value, root.range![0], rewrite) : undefined;
  if (!changes) return render(value);
  let out = yaml;
  // From the end, so that each edit's offsets still hold; of two at one place, the one found later
  // (a field added after a block whose last list item was added) goes after the other.
  const ordered = changes.map((e, i) => ({ ...e, i })).sort((a, b) => b.from - a.from || b.i - a.i);
  for (const e of ordered) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
