/**
 * /updates.xml: an Atom feed of every correction, plus the story's publication. Entry ids are
 * tag: URIs under SITE_URL's host and the publication year, so they survive a rebuild.
 */
import type { APIRoute } from 'astro';
import { atomFeed, tagUri, type AtomEntry } from '../publish/atom';
import { RECORD_KIND_LABELS } from '../derive/corrections';
import { getContent } from '../site/content';
import { siteCorrections } from '../site/corrections';
import { FEED_TITLE } from '../site/meta';
import { absoluteUrl, href, paths } from '../site/paths';

export const GET: APIRoute = async () => {
  const content = await getContent();
  const { story } = content;
  const authority = new URL(absoluteUrl(paths.home())).hostname;
  // The base path tells apart two stories served from the same host.
  const id = (specific: string) => tagUri(authority, story.published.start.slice(0, 4), href(specific));

  const entries: AtomEntry[] = siteCorrections(content).map((c) => ({
    id: id(`corrections/${c.key}`),
    title: `Correction: ${c.kind === 'story' ? story.title : `${RECORD_KIND_LABELS[c.kind]} “${c.title}”`}`,
    updated: c.date.start,
    published: c.date.start,
    content: c.text,
    link: absoluteUrl(c.href),
    category: 'correction',
  }));
  entries.push({
    id: id('story'),
    title: story.title,
    updated: story.published.start,
    published: story.published.start,
    summary: story.description,
    content: story.standfirst,
    link: absoluteUrl(paths.home()),
    category: 'publication',
  });

  const xml = atomFeed({
    id: id('updates.xml'),
    title: FEED_TITLE,
    subtitle: story.title,
    self: absoluteUrl(paths.updates()),
    alternate: absoluteUrl(paths.home()),
    author: { name: story.byline },
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
