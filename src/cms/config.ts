/**
 * The browser editor's configuration (Decap CMS's config.yml), made from the content model: one
 * collection per kind of record and one per translation language, the story and the languages file,
 * each with the fields of src/model/ (./fields.ts). Every save goes through review: the editorial
 * workflow makes a branch per change, merged only when it is published.
 */
import { countrySchema, eventSchema, sourceSchema, storySchema } from '../model/schema';
import { COLLECTIONS, recordFile, type CollectionName } from '../model/records';
import { TRANSLATION_LOCALES, LANGUAGES_FILE, languageSchema, languagesSchema } from '../model/languages';
import { TRANSLATED_FIELDS, translationFile } from '../model/translation';
import { TRANSLATES_KEY, type RecordFormat } from './format';
import { bodyField, fieldOrder, fieldsOf, translationFields, type CmsField } from './fields';
import type { z } from 'astro/zod';

const SCHEMAS: Record<CollectionName, z.AnyZodObject> = {
  countries: countrySchema,
  events: eventSchema._def.schema,
  sources: sourceSchema,
  story: storySchema,
  stories: storySchema,
};

const LABELS: Record<CollectionName, [string, string]> = {
  countries: ['Countries', 'Country'],
  events: ['Events', 'Event'],
  sources: ['Sources', 'Source'],
  story: ['Story', 'Story'],
  stories: ['Follow-up stories', 'Follow-up story'],
};

/** How each collection's files are read and written (./format.ts), by its format's name. */
export function recordFormats(): Record<string, RecordFormat> {
  const formats: Record<string, RecordFormat> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const translated = new Set(TRANSLATED_FIELDS[name].map((f) => f.translated[0]));
    formats[name] = {
      markdown: COLLECTIONS[name].extension === '.md',
      facts: Object.keys(SCHEMAS[name].shape).filter((k) => !translated.has(k)),
      figuresById: name === 'countries',
      order: fieldOrder(SCHEMAS[name])!,
    };
  }
  formats.languages = { markdown: false, facts: [], figuresById: false, order: fieldOrder(languagesSchema)! };
  return formats;
}

/** A record's file name, as the translation's form asks for it. */
const NAME_EXAMPLES: Record<Exclude<CollectionName, 'story'>, string> = { countries: 'costa-rica', events: '2025-05-12-kosovo-answer', sources: 'dhs-memo-2025-03', stories: 'kosovo-deal' };

const languageLabel = (locale: string) => new Intl.DisplayNames('en', { type: 'language' }).of(locale) ?? locale;

/** New records' file names, from the fields the check names them by (src/model/records.ts). */
const NEW_FILES: Partial<Record<CollectionName, { identifier_field: string; slug: string }>> = {
  countries: { identifier_field: 'name', slug: '{{slug}}' },
  events: { identifier_field: 'title', slug: '{{fields.date}}-{{slug}}' },
  sources: { identifier_field: 'title', slug: '{{slug}}' },
  stories: { identifier_field: 'title', slug: '{{slug}}' },
};

function recordCollection(name: Exclude<CollectionName, 'story'>) {
  const { folder, extension } = COLLECTIONS[name];
  const fields: CmsField[] = fieldsOf(SCHEMAS[name]);
  if (COLLECTIONS[name].extension === '.md') fields.push(bodyField(name, name === 'stories'));
  return {
    name, label: LABELS[name][0], label_singular: LABELS[name][1],
    folder: `content/${folder}`, extension: extension.slice(1), format: name,
    // Translations sit in the same folder (kosovo.es.md): the list shows the records only.
    filter: { field: '__kind', value: 'record' },
    create: true, delete: false, ...NEW_FILES[name], summary: name === 'events' ? '{{date}} {{title}}' : undefined,
    fields,
  };
}

function translationCollection(name: Exclude<CollectionName, 'story'>, locale: string) {
  const { folder, extension } = COLLECTIONS[name];
  return {
    name: `${name}_${locale}`, label: `${LABELS[name][0]} (${languageLabel(locale)})`, label_singular: `${LABELS[name][1]} (${languageLabel(locale)})`,
    description: `The ${languageLabel(locale)} words of each record: facts (numbers, dates, statuses, sources) stay in the English record.`,
    folder: `content/${folder}`, extension: `${locale}${extension}`, format: name,
    filter: { field: '__kind', value: 'translation' },
    // A new translation is named after the record it translates: kosovo → kosovo.es.md.
    create: true, delete: false, slug: `{{fields.${TRANSLATES_KEY}}}`,
    fields: [
      // A plain name, not a list of records: the record may itself still wait for review.
      { name: TRANSLATES_KEY, label: `Translates (a new ${languageLabel(locale)} translation only)`, widget: 'string', required: false, hint: `The file name of the English record this translates, without ${extension}: ${NAME_EXAMPLES[name]}. Nothing else is written with it.` },
      ...translationFields(name, SCHEMAS[name]),
    ],
  };
}

/** Where the editor saves: this machine's proxy (`npm run cms`), or a GitHub repository. */
export type CmsBackend = { local: string; branch?: string } | { github: string; branch?: string; authUrl?: string };

export function cmsConfig(backend: CmsBackend, siteUrl?: string): Record<string, unknown> {
  const kinds = ['countries', 'events', 'sources', 'stories'] as const;
  const story = {
    name: 'story', label: 'Story', format: 'story', delete: false,
    files: [
      { name: 'story', label: 'Story (English)', file: recordFile.story, fields: [...fieldsOf(storySchema), bodyField('story', true)] },
      ...TRANSLATION_LOCALES.map((l) => ({ name: `story_${l}`, label: `Story (${languageLabel(l)})`, file: translationFile(recordFile.story, l), fields: translationFields('story', storySchema) })),
    ],
  };
  const languages = {
    name: 'languages', label: 'Languages', format: 'languages', delete: false,
    files: [{
      name: 'languages', label: 'Translations: draft or published', file: LANGUAGES_FILE,
      fields: TRANSLATION_LOCALES.map((l) => ({ name: l, label: languageLabel(l), widget: 'object', required: false, fields: fieldsOf(languageSchema._def.schema) })),
    }],
  };
  return {
    ...('local' in backend
      ? { backend: { name: 'github', repo: 'local/content', branch: backend.branch ?? 'main' }, local_backend: { url: backend.local, allowed_hosts: ['127.0.0.1', 'localhost'] } }
      : { backend: { name: 'github', repo: backend.github, branch: backend.branch ?? 'main', ...(backend.authUrl ? { base_url: backend.authUrl } : {}) } }),
    publish_mode: 'editorial_workflow',
    // New records' file names as the check accepts them: ASCII, accents dropped (src/cms/admin.ts names them alike).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    // The records have no images; the editor insists on a folder for uploads all the same.
    media_folder: 'public/uploads',
    load_config_file: false,
    collections: [
      ...kinds.map(recordCollection),
      story,
      ...TRANSLATION_LOCALES.flatMap((l) => kinds.map((k) => translationCollection(k, l))),
      languages,
    ],
  };
}
