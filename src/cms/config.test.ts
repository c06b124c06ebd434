import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { countrySchema, eventSchema, sourceSchema, storySchema } from '../model/schema';
import { STATUSES, EVENT_TYPES } from '../model/vocabulary';
import { cmsConfig, recordFormats } from './config';
import { fieldOf, type CmsField } from './fields';
import { toFile } from './format';
import { parse } from 'yaml';

interface Collection { name: string; folder?: string; extension?: string; filter?: unknown; fields?: CmsField[]; files?: { name: string; file: string; fields: CmsField[] }[] }
const config = cmsConfig({ local: 'http://127.0.0.1:8081/api/v1' }) as { collections: Collection[]; publish_mode: string; local_backend: unknown };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;
const optional = (schema: z.ZodTypeAny): boolean => schema.safeParse(undefined).success;

const toFileKeys = () => Object.keys(parse(toFile({ translates: 'costa-rica', name: 'Costa Rica' }, recordFormats().countries).split('---\n')[1]));

describe('the browser editor\'s configuration', () => {
  it('proposes every save for review, through the proxy on this machine', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] });
  });

  it('has every field of every record, required exactly when the check requires it', () => {
    const schemas = { countries: countrySchema, events: eventSchema._def.schema, sources: sourceSchema } as Record<string, z.AnyZodObject>;
    for (const [name, schema] of Object.entries(schemas)) {
      const fields = collection(name).fields!;
      expect(fields.map((f) => f.name).filter((f) => f !== 'body'), name).toEqual(Object.keys(schema.shape));
      for (const [key, s] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
        if (field(fields, key).widget !== 'boolean') expect(field(fields, key).required, `${name}.${key}`).toBe(!optional(s));
      }
    }
    // Follow-up stories: a folder of their own, each a story with its text required.
    expect(collection('stories')).toMatchObject({ folder: 'content/stories', extension: 'md', create: true });
    expect(collection('stories').fields!.map((f) => f.name)).toEqual([...Object.keys(storySchema.shape), 'body']);
    expect(field(collection('stories').fields!, 'body').required).toBe(true);
    const story = collection('story').files!.find((f) => f.name === 'story')!;
    expect(story.file).toBe('content/story/index.md');
    expect(story.fields.map((f) => f.name)).toEqual([...Object.keys(storySchema.shape), 'body']);
  });

  it('offers the vocabulary\'s words in its drop-downs, and the records in its references', () => {
    const countries = collection('countries').fields!;
    expect(field(countries, 'status').options!.map((o) => o.value)).toEqual(Object.keys(STATUSES));
    expect(field(countries, 'status').options![0].label).toBe(`${STATUSES.received.label} — ${STATUSES.received.meaning}`);
    expect(field(collection('events').fields!, 'type').options!.map((o) => o.value)).toEqual(Object.keys(EVENT_TYPES));
    expect(field(countries, 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', multiple: true, value_field: '{{slug}}' });
    expect(field(collection('events').fields!, 'countries')).toMatchObject({ widget: 'relation', collection: 'countries', multiple: true });
    // A country's figures, a map keyed by id, are a list whose items carry their id.
    const figures = field(countries, 'figures');
    expect(figures.widget).toBe('list');
    expect(figures.fields!.map((f) => f.name)).toEqual(['id', 'value', 'unit', 'approx', 'qualifier', 'label', 'note', 'as_of', 'sources', 'sum_of']);
    expect(field(figures.fields!, 'value')).toMatchObject({ widget: 'number', value_type: 'int', required: true, hint: 'A whole number' });
    expect(field(figures.fields!, 'as_of').hint).toMatch(/^A date written YYYY-MM-DD/);
  });

  it('lists records and translations apart, and gives a translation only the words', () => {
    expect(collection('countries')).toMatchObject({ folder: 'content/countries', extension: 'md', filter: { field: '__kind', value: 'record' } });
    expect(collection('countries_es')).toMatchObject({ folder: 'content/countries', extension: 'es.md', filter: { field: '__kind', value: 'translation' } });
    const es = collection('countries_es').fields!;
    expect(es.map((f) => f.name)).toEqual(['translates', 'name', 'status_note', 'figures', 'quotes', 'corrections', 'body']);
    // A new translation is named after its record, given in a field that is not written.
    expect(collection('countries_es')).toMatchObject({ create: true, slug: '{{fields.translates}}' });
    expect(field(es, 'quotes').fields!.map((f) => f.name)).toEqual(['translation', 'speaker', 'role']);
    expect(es.every((f) => !f.required)).toBe(true);
    expect(toFileKeys()).not.toContain('translates');
    const formats = recordFormats();
    expect(formats.countries.facts).toEqual(['iso3', 'map', 'region', 'status', 'sources', 'aliases']);
    expect(formats.sources.markdown).toBe(false);
  });

  it('says so, rather than dropping a field, when the model gains a kind of field it has no widget for', () => {
    expect(() => fieldOf('when', z.date())).toThrow('The editor has no field for when (ZodDate): add one in src/cms/fields.ts');
  });
});
