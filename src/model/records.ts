/**
 * Where each kind of record lives and how its files are named: the one place that knows the
 * paths under content/ (the check, the git dates and the messages all ask here).
 */
import { COUNTRY_SLUG, EVENT_ID, ID } from './schema';

/** A follow-up story's slug, the end of its address: words and digits joined by hyphens; `index` is the main story's. */
export const STORY_SLUG = /^(?!index$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Collection {
  folder: string;
  extension: '.md' | '.yaml';
  pattern: RegExp;
  naming: string;
}

export const COLLECTIONS = {
  countries: {
    folder: 'countries', extension: '.md', pattern: COUNTRY_SLUG,
    naming: 'the country\'s slug, lowercase words joined by hyphens, e.g. costa-rica.md',
  },
  events: {
    folder: 'events', extension: '.md', pattern: EVENT_ID,
    naming: 'the event\'s date then a slug, e.g. 2025-05-12-kosovo-answer.md (or 2025-03-kosovo-talks.md for a month)',
  },
  sources: {
    folder: 'sources', extension: '.yaml', pattern: ID,
    naming: 'the source\'s id, lowercase words and digits joined by hyphens, e.g. dhs-memo-2025-03.yaml',
  },
  story: {
    folder: 'story', extension: '.md', pattern: /^index$/,
    naming: 'index.md',
  },
  // Follow-up stories over the same records, each published at /stories/<slug>/.
  stories: {
    folder: 'stories', extension: '.md', pattern: STORY_SLUG,
    naming: 'the follow-up story\'s slug, lowercase words and digits joined by hyphens (not "index"), e.g. kosovo-deal.md or july-2025-update.md',
  },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;

const fileOf = (name: CollectionName, id: string) => `content/${COLLECTIONS[name].folder}/${id}${COLLECTIONS[name].extension}`;

/** Each record's file, relative to the folder holding content/: `content/countries/kosovo.md`. */
export const recordFile = {
  story: fileOf('story', 'index'),
  country: (slug: string) => fileOf('countries', slug),
  event: (id: string) => fileOf('events', id),
  source: (id: string) => fileOf('sources', id),
  followUp: (slug: string) => fileOf('stories', slug),
};
