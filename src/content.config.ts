/**
 * Astro content collections. The schemas live in src/model/schema.ts; the loader validates the
 * whole of content/ at once so that every problem in every file is reported together.
 */
import { defineCollection } from 'astro:content';
import { languageSchema, translationEntrySchema } from './model/languages';
import { countrySchema, eventSchema, sourceSchema, storySchema } from './model/schema';
import { languagesLoader, recordLoader, translationsLoader } from './site/loader';

export const collections = {
  countries: defineCollection({ loader: recordLoader('countries'), schema: countrySchema }),
  events: defineCollection({ loader: recordLoader('events'), schema: eventSchema }),
  sources: defineCollection({ loader: recordLoader('sources'), schema: sourceSchema }),
  story: defineCollection({ loader: recordLoader('story'), schema: storySchema }),
  stories: defineCollection({ loader: recordLoader('stories'), schema: storySchema }),
  // The languages besides English (content/languages.yaml), and every record's translations.
  languages: defineCollection({ loader: languagesLoader(), schema: languageSchema }),
  translations: defineCollection({ loader: translationsLoader(), schema: translationEntrySchema }),
};
