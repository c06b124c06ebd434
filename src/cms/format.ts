/**
 * How the browser editor reads and writes a record file: the YAML (front matter, for Markdown
 * records) becomes the editor's fields, with `figures` as a list of figures each carrying its id
 * (the editor has no widget for a map keyed by id), and the Markdown below it one text field. Saving
 * writes back only what changed (./yamlEdit.ts), so a record saved without edits is byte-identical.
 * Browser-safe: the CMS registers it as its format for every collection.
 */
import { parse } from 'yaml';
import { isEmpty, render, updateYaml } from './yamlEdit';

/** Where the editor keeps the text the record was read from, to write changes into it. */
export const SOURCE_KEY = '__source';
/** Whether the file is a record (`record`) or one of its translations (`translation`), for the lists. */
export const KIND_KEY = '__kind';
/** The editor's field naming the record a new translation translates: it names the file, and is never written in it. */
export const TRANSLATES_KEY = 'translates';
/** The editor's field for a record's Markdown. */
export const BODY_KEY = 'body';

const FRONT = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface RecordFormat {
  /** Markdown with YAML front matter (countries, events, the story) or YAML only (sources). */
  markdown: boolean;
  /** Fields only a record has, never a translation: they tell the two apart in a folder. */
  facts: readonly string[];
  /** Whether `figures` is a map keyed by the figure's id (a country's), not a list (an event's). */
  figuresById: boolean;
  /** The record's fields in the model's order (./fields.ts fieldOrder): how a new record, or fields added to one, are written. */
  order: FieldOrder;
}

/** The fields' order in the model, at one level and below (a structural copy of ./fields.ts's). */
interface FieldOrder { keys: string[]; fields: Record<string, FieldOrder> }

/** `value` with its fields, and theirs, in the model's order (the editor keeps none), any field the model lacks last. */
function inOrder(value: unknown, order: FieldOrder | undefined, byId = false): unknown {
  if (!order || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => inOrder(v, order));
  if (byId) return Object.fromEntries(Object.entries(value).map(([id, v]) => [id, inOrder(v, order)]));
  const rank = (k: string) => (order.keys.includes(k) ? order.keys.indexOf(k) : order.keys.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)).map(([k, v]) => [k, inOrder(v, order.fields[k])]));
}

/** The ids of a text's figures map, in its order. */
function figureIdsIn(yaml: string): string[] {
  try {
    const figures = (parse(yaml) as Record<string, unknown> | null)?.figures;
    return figures && typeof figures === 'object' && !Array.isArray(figures) ? Object.keys(figures) : [];
  } catch {
    return [];
  }
}

function split(text: string, markdown: boolean): { yaml: string; head: string; body?: string } {
  if (!markdown) return { yaml: text, head: '' };
  const m = FRONT.exec(text);
  if (!m) return { yaml: '', head: '', body: text };
  return { yaml: m[1] ?? '', head: m[0], body: text.slice(m[0].length) };
}

/** `figures: {id: {…}}` as the editor's list `[{id, …}]`, in the record's order. */
function figuresToList(figures: unknown): unknown {
  if (typeof figures !== 'object' || figures === null || Array.isArray(figures)) return figures;
  return Object.entries(figures).map(([id, f]) => ({ id, ...(typeof f === 'object' && f !== null ? f : {}) }));
}

function figuresToMap(figures: unknown): unknown {
  if (!Array.isArray(figures)) return figures;
  return Object.fromEntries(figures.map((f: Record<string, unknown>) => {
    const { id, ...rest } = f;
    return [String(id ?? ''), rest];
  }));
}

/**
 * What stops a country's figures being written: a figure without an id, or two with one id (a map
 * keyed by id cannot hold them). Empty when there is nothing wrong.
 */
export function figureIdProblems(data: Record<string, unknown>, format: RecordFormat): string[] {
  if (!format.figuresById || !Array.isArray(data.figures)) return [];
  const ids = data.figures.map((f: Record<string, unknown>) => String(f?.id ?? '').trim());
  const problems = ids.flatMap((id, i) => (id ? [] : [`figures: the ${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'} figure has no id: give it one (received, returned, pledged, or an id of your own with a label)`]));
  for (const id of new Set(ids.filter((id, i) => id && ids.indexOf(id) !== i))) problems.push(`figures: two figures have the id "${id}": give each its own`);
  return problems;
}

/** The editor's fields for a record file's text. */
export function fromFile(text: string, format: RecordFormat): Record<string, unknown> {
  const { yaml, body } = split(text, format.markdown);
  let fields: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(yaml);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
  } catch {
    // A record the editor cannot read opens empty; saving it is refused by the check, which says why.
  }
  if (format.figuresById && 'figures' in fields) fields.figures = figuresToList(fields.figures);
  const kind = format.facts.some((f) => f in fields) ? 'record' : 'translation';
  return { ...fields, ...(body === undefined ? {} : { [BODY_KEY]: body }), [SOURCE_KEY]: text, [KIND_KEY]: kind };
}

/** The record file's text for the editor's fields: the text it was read from, changed only where they changed. */
export function toFile(data: Record<string, unknown>, format: RecordFormat): string {
  const { [SOURCE_KEY]: source, [KIND_KEY]: _kind, [BODY_KEY]: body, [TRANSLATES_KEY]: _translates, ...rest } = data;
  const fields = inOrder(rest, format.order) as Record<string, unknown>;
  const before = typeof source === 'string' ? split(source, format.markdown) : undefined;
  // Figures are a list in the editor: its order is the reader's, and a new order rewrites the map.
  const ids = Array.isArray(fields.figures) ? fields.figures.map((f: Record<string, unknown>) => String(f?.id ?? '')) : [];
  const known = before ? figureIdsIn(before.yaml) : [];
  const reordered = format.figuresById && ids.filter((id) => known.includes(id)).join('\n') !== known.filter((id) => ids.includes(id)).join('\n');
  if (format.figuresById && 'figures' in fields) fields.figures = inOrder(figuresToMap(fields.figures), format.order.fields.figures, true);
  const yaml = before ? updateYaml(before.yaml, fields, reordered ? ['figures'] : []) : render(fields);
  if (!format.markdown) return yaml;
  const text = typeof body === 'string' ? body : '';
  if (before && yaml === before.yaml && text === before.body) return source as string;
  const head = before && yaml === before.yaml ? before.head : `---\n${isEmpty(yaml.trim()) ? '' : yaml}---\n`;
  return head + text;
}
