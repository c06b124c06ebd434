/**
 * The updates feed's entries: every correction, newest first, and each story's publication. Entry
 * ids are tag: URIs under the site's host and the publication year, so they survive a rebuild.
 */
import type { CorrectionEntry } from '../derive/corrections';
import type { FollowUp, Story } from '../model/schema';
import { correctionTitle } from '../words/corrections';
import type { Locale } from '../words/locale';
import { tagUri, type AtomEntry } from './atom';

export interface FeedLinks {
  /** The host of SITE_URL, the tag: URIs' authority. */
  authority: string;
  /** A site path under the base path (the base path tells apart two stories on one host). */
  href: (path: string) => string;
  /** A site path as an absolute URL. */
  absolute: (path: string) => string;
  /** The story's own address. */
  story: string;
}

/** A tag: URI for `path` under the story's host and publication year. */
export function feedId(story: Pick<Story, 'published'>, links: Pick<FeedLinks, 'authority' | 'href'>, path: string): string {
  return tagUri(links.authority, story.published.start.slice(0, 4), links.href(path));
}

/** The feed's entries: the corrections, then the story's publication, then each follow-up's (ids under the main story's year). */
export function feedEntries(story: Story, corrections: CorrectionEntry[], links: FeedLinks, locale: Locale = 'en', followUps: readonly FollowUp[] = []): AtomEntry[] {
  const entries: AtomEntry[] = corrections.map((c) => ({
    id: feedId(story, links, `corrections/${c.key}`),
    title: correctionTitle(c, story.title, locale),
    updated: c.date.start,
    published: c.date.start,
    content: c.text,
    link: links.absolute(c.href),
    category: 'correction',
  }));
  entries.push({
    id: feedId(story, links, 'story'),
    title: story.title,
    updated: story.published.start,
    published: story.published.start,
    summary: story.description,
    content: story.standfirst,
    link: links.absolute(links.story),
    category: 'publication',
  });
  for (const f of followUps) {
    entries.push({
      id: feedId(story, links, `stories/${f.slug}`),
      title: f.title,
      updated: f.published.start,
      published: f.published.start,
      summary: f.description,
      content: f.standfirst,
      link: links.absolute(links.href(`stories/${f.slug}/`)),
      category: 'publication',
    });
  }
  return entries;
}
