/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing the
 * CSV files, so that other newsrooms can load them with types and know how to cite them.
 */
import type { Locale } from '../words/locale';
import { COUNTRY_COLUMNS, EVENT_COLUMNS, TRACKER_COLUMNS, type Column } from './csv';
import { labelledColumns } from './dataLabels';

export interface PackageMeta {
  title: string;
  description: string;
  /** Absolute URL of the story. */
  homepage: string;
  publisher: string;
  /** The story's publication day, YYYY-MM-DD. */
  published: string;
  /** The sources the whole dataset rests on, as "publisher: title". */
  sources: { title: string; path?: string }[];
}

const fieldsOf = (columns: Column[], primaryKey: string) => ({
  fields: columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
  primaryKey,
  missingValues: [''],
});

/** The datapackage.json descriptor of an edition's data files (English unless `locale` says). */
export function dataPackage(meta: PackageMeta, locale: Locale = 'en') {
  const schema = (columns: Column[], primaryKey: string) => fieldsOf(labelledColumns(columns, locale), primaryKey);
  return {
    profile: 'tabular-data-package',
    name: 'third-country-deportations',
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    version: meta.published,
    created: meta.published,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    citation: `${meta.publisher}, "${meta.title}", ${meta.published}, ${meta.homepage}. Compiled from the sources listed in sources.json.`,
    contributors: [{ title: meta.publisher, role: 'publisher' }],
    sources: meta.sources,
    resources: [
      {
        name: 'countries', path: 'countries.csv', profile: 'tabular-data-resource', format: 'csv',
        mediatype: 'text/csv', encoding: 'utf-8',
        description: 'One row per country the United States asked, pressed or named, with its status and figures.',
        schema: schema(COUNTRY_COLUMNS, 'slug'),
      },
      {
        name: 'tracker', path: 'tracker.csv', profile: 'tabular-data-resource', format: 'csv',
        mediatype: 'text/csv', encoding: 'utf-8',
        description: 'The country tracker (/countries/) as data: one row per country, by status then name, with its latest event and how many sources its page cites.',
        schema: schema(TRACKER_COLUMNS, 'slug'),
      },
      {
        name: 'events', path: 'events.csv', profile: 'tabular-data-resource', format: 'csv',
        mediatype: 'text/csv', encoding: 'utf-8',
        description: 'One row per dated event of the negotiations, in date order.',
        schema: schema(EVENT_COLUMNS, 'id'),
      },
    ],
  };
}
