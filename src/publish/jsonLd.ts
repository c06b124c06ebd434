/**
 * Structured data for search engines: the story as a schema.org NewsArticle, and JSON-LD
 * serialised so that it can sit inside a `<script>` element whatever its strings contain.
 */
import type { Story } from '../model/schema';

/** A JSON-LD document: one object, or a list of them. */
export type JsonLd = Record<string, unknown> | Record<string, unknown>[];

/**
 * JSON for the body of `<script type="application/ld+json">`. `</` becomes `<\/` (so no string
 * can close the script), `<!--` becomes `\u003c!--` (so none can switch the HTML parser into its
 * escaped script state), and U+2028 and U+2029 are escaped. The result is still JSON that parses
 * to the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/<\//g, '<\\/')
    .replace(/<!--/g, '\\u003c!--')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  story: Pick<Story, 'title' | 'description' | 'byline' | 'published'>;
  /** The story's absolute URL (its canonical link). */
  url: string;
  /**
   * When the story last changed: a day `YYYY-MM-DD` or an ISO 8601 date-time. A change before the
   * publication day (an edit made before the story went out) gives the publication day.
   */
  dateModified: string;
  /** The publisher's name; the byline when not given. */
  publisher?: string;
  /** The language the story is written in, as a BCP 47 tag; English when not given. */
  inLanguage?: string;
}

/** The story as a schema.org NewsArticle; author and publisher are named by the byline. */
export function newsArticle({ story, url, dateModified, publisher, inLanguage = 'en' }: NewsArticleInput): Record<string, unknown> {
  const datePublished = story.published.start;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.description,
    datePublished,
    dateModified: dateModified.slice(0, 10) < datePublished ? datePublished : dateModified,
    author: [{ '@type': 'Organization', name: story.byline }],
    publisher: { '@type': 'Organization', name: publisher ?? story.byline },
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage,
    isAccessibleForFree: true,
  };
}
