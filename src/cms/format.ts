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
  const { [SOURCE_KEY]: source, [KIND_KEY]: _kind, [BODY_KEY]: body, ...fields } = data;
  if (format.figuresById && 'figures' in fields) fields.figures = figuresToMap(fields.figures);
  const before = typeof source === 'string' ? split(source, format.markdown) : undefined;
  const yaml = before ? updateYaml(before.yaml, fields) : render(fields);
  if (!format.markdown) return yaml;
  const text = typeof body === 'string' ? body : '';
  if (before && yaml === before.yaml && text === before.body) return source as string;
  const head = before && yaml === before.yaml ? before.head : `---\n${isEmpty(yaml.trim()) ? '' : yaml}---\n`;
  return head + text;
}
