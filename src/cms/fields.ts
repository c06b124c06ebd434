/**
 * The browser editor's fields, read from the content model (src/model/schema.ts) so that they are
 * never written twice: each field's widget, whether it is required, its drop-down's words (from
 * src/model/vocabulary.ts) and its hint (the check's own "expected …" for a missing value), and
 * the fields of a translation (src/model/translation.ts).
 */
import type { z } from 'astro/zod';
import { TRANSLATED_FIELDS, HAS_BODY } from '../model/translation';
import type { CollectionName } from '../model/records';
import { EVENT_TYPES, QUALIFIERS, REGIONS, SOURCE_KINDS, STATUSES, UNITS } from '../model/vocabulary';

/** A field as Decap CMS's configuration writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: { label: string; value: string }[];
  value_type?: 'int';
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  fields?: CmsField[];
  summary?: string;
  collapsed?: boolean;
}

const VOCABULARIES: Record<string, { label: string; meaning: string }>[] = [STATUSES, EVENT_TYPES, SOURCE_KINDS, REGIONS, UNITS, QUALIFIERS];

/** Where a reference field's ids come from, by the collection its schema describes (`ref:sources`). */
const RELATIONS: Record<string, Pick<CmsField, 'search_fields' | 'display_fields'>> = {
  countries: { search_fields: ['name'], display_fields: ['name'] },
  sources: { search_fields: ['title', 'publisher'], display_fields: ['title'] },
  events: { search_fields: ['title', 'date'], display_fields: ['date', 'title'] },
};

/** Fields an editor writes sentences in: a text box rather than a line. */
const LONG = new Set(['status_note', 'note', 'notes', 'text', 'translation', 'standfirst', 'description']);
const LABELS: Record<string, string> = { iso3: 'Country code (ISO 3166-1 alpha-3)', as_of: 'As of', sum_of: 'Sum of (figure ids)', id: 'Figure id', approx: 'Approximate (the source gives a vague number)', key_events: 'Key events', status_note: 'Status note' };

export const labelOf = (name: string) => LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

type Schema = z.ZodTypeAny;
interface Unwrapped { schema: Schema; optional: boolean; ref?: string }

/** The schema under its defaults, refinements and pipes, and whether a record may leave it out. */
function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let optional = false;
  let ref: string | undefined;
  for (;;) {
    if (s.description?.startsWith('ref:')) ref = s.description.slice(4);
    const def = s._def;
    switch (def.typeName) {
      case 'ZodOptional': optional = true; s = def.innerType; break;
      case 'ZodDefault': optional = true; s = def.innerType; break;
      case 'ZodEffects': s = def.schema; break;
      case 'ZodPipeline': s = def.in; break;
      default: return { schema: s, optional, ref };
    }
  }
}

/** The check's words for a missing value, as a hint: "expected a headline-style title" → "A headline-style title". */
function hintOf(schema: Schema): string | undefined {
  const r = schema.safeParse(undefined);
  const message = r.success ? undefined : r.error.issues[0]?.message;
  if (!message?.startsWith('expected ')) return undefined;
  const what = message.slice('expected '.length);
  return what.charAt(0).toUpperCase() + what.slice(1);
}

function optionsOf(values: readonly string[]): CmsField['options'] {
  const vocabulary = VOCABULARIES.find((v) => values.every((x) => x in v) && Object.keys(v).length === values.length);
  return values.map((value) => ({ value, label: vocabulary ? `${vocabulary[value].label} — ${vocabulary[value].meaning}` : value }));
}

/** One field of the editor, for one field of the model. */
export function fieldOf(name: string, schema: Schema): CmsField {
  const { schema: s, optional, ref } = unwrap(schema);
  const base = { name, label: labelOf(name), required: !optional };
  const hint = hintOf(schema) ?? hintOf(s);
  const withHint = (f: CmsField): CmsField => (hint && f.widget !== 'select' && f.widget !== 'relation' ? { ...f, hint } : f);
  const relation = (collection: string, multiple: boolean): CmsField => ({ ...base, widget: 'relation', collection, value_field: '{{slug}}', multiple, ...RELATIONS[collection] });
  switch (s._def.typeName) {
    case 'ZodString':
      if (ref && ref in RELATIONS) return relation(ref, false);
      return withHint({ ...base, widget: LONG.has(name) ? 'text' : 'string' });
    case 'ZodNumber': return withHint({ ...base, widget: 'number', value_type: 'int' });
    case 'ZodBoolean': return withHint({ ...base, widget: 'boolean', required: false });
    case 'ZodEnum': return { ...base, widget: 'select', options: optionsOf(s._def.values) };
    case 'ZodObject': return { ...base, widget: 'object', fields: fieldsOf(s as z.AnyZodObject) };
    case 'ZodArray': {
      const item = unwrap(s._def.type);
      if (item.ref && item.ref in RELATIONS) return relation(item.ref, true);
      if (item.schema._def.typeName === 'ZodObject') return { ...base, widget: 'list', collapsed: false, summary: summaryOf(item.schema as z.AnyZodObject), fields: fieldsOf(item.schema as z.AnyZodObject) };
      return withHint({ ...base, widget: 'list' });
    }
    case 'ZodRecord': {
      // A map keyed by id (a country's figures) is edited as a list, each item with its id (./format.ts).
      const value = unwrap(s._def.valueType).schema as z.AnyZodObject;
      return { ...base, widget: 'list', collapsed: false, summary: '{{fields.id}}: {{fields.value}}', fields: [{ name: 'id', label: labelOf('id'), widget: 'string', required: true, hint: 'received, returned, pledged, or your own id with a label' }, ...fieldsOf(value)] };
    }
    default:
      throw new Error(`The editor has no field for ${name} (${s._def.typeName}): add one in src/cms/fields.ts`);
  }
}

function summaryOf(schema: z.AnyZodObject): string {
  const keys = Object.keys(schema.shape);
  const first = ['date', 'label', 'text', 'speaker'].filter((k) => keys.includes(k)).slice(0, 2);
  return first.map((k) => `{{fields.${k}}}`).join(' — ');
}

export function fieldsOf(schema: z.AnyZodObject): CmsField[] {
  return Object.entries(schema.shape as Record<string, Schema>).map(([name, s]) => fieldOf(name, s));
}

const BODY_HINT: Record<CollectionName, string> = {
  countries: 'What the country page says about its negotiation, in Markdown.',
  events: 'A short summary of the event, in Markdown (optional).',
  sources: '',
  story: 'The story in Markdown. Keep the :::step{#id chart=…} … ::: blocks as they are written; :fig[country.figure] shows a number from a record, :cite[source-id] a numbered source note.',
  stories: 'The follow-up in Markdown, as the story: :::step{#id chart=…} … ::: blocks (step ids unique across all stories), :fig[country.figure] and :cite[source-id].',
};

/** The Markdown below a record's fields, as one plain text box that keeps every character. */
export function bodyField(collection: CollectionName, required: boolean): CmsField {
  return { name: 'body', label: collection === 'story' ? 'Story' : 'Text', widget: 'text', required, hint: BODY_HINT[collection] };
}

/** The fields of a translation of `collection`'s records: the words, never the facts. */
export function translationFields(collection: CollectionName, schema: z.AnyZodObject): CmsField[] {
  const top = new Map<string, CmsField>();
  for (const { translated } of TRANSLATED_FIELDS[collection]) {
    const [head, star, leaf] = translated;
    if (star === undefined) {
      top.set(head, { ...fieldOf(head, schema.shape[head]), required: false, hint: undefined });
      continue;
    }
    const list = top.get(head) ?? { name: head, label: labelOf(head), widget: 'list', required: false, collapsed: false, fields: [] };
    if (head === 'figures' && collection === 'countries' && !list.fields!.length) list.fields!.push({ name: 'id', label: labelOf('id'), widget: 'string', required: true, hint: 'The figure\'s id in the English record' });
    list.fields!.push({ name: leaf, label: labelOf(leaf), widget: LONG.has(leaf) ? 'text' : 'string', required: false });
    list.summary = `{{fields.${list.fields![0].name}}}`;
    top.set(head, list);
  }
  const fields = [...top.values()];
  if (HAS_BODY[collection]) fields.push(bodyField(collection, false));
  return fields;
}

/** The order of a record's fields, and of the fields of each nested object, as the model declares them. */
export interface FieldOrder {
  keys: string[];
  /** The order inside each field holding objects (a list's items, a map's values). */
  fields: Record<string, FieldOrder>;
}

export function fieldOrder(schema: Schema): FieldOrder | undefined {
  const s = unwrap(schema).schema;
  switch (s._def.typeName) {
    case 'ZodObject': {
      const shape = (s as z.AnyZodObject).shape as Record<string, Schema>;
      const fields: Record<string, FieldOrder> = {};
      for (const [k, v] of Object.entries(shape)) {
        const inner = fieldOrder(v);
        if (inner) fields[k] = inner;
      }
      return { keys: Object.keys(shape), fields };
    }
    case 'ZodArray': return fieldOrder(s._def.type);
    case 'ZodRecord': return fieldOrder(s._def.valueType);
    default: return undefined;
  }
}
