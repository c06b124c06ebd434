/** /updates.xml: an Atom feed of every correction, plus the story's publication (src/publish/feed.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../publish/atom';
import { feedEntries, feedId } from '../publish/feed';
import { getContent } from '../site/content';
import { siteCorrections } from '../site/corrections';
import { FEED_TITLE } from '../site/meta';
import { absoluteUrl, href, paths } from '../site/paths';

export const GET: APIRoute = async () => {
  const content = await getContent();
  const { story } = content;
  const links = { authority: new URL(absoluteUrl(paths.home())).hostname, href, absolute: absoluteUrl, story: paths.home() };
  const xml = atomFeed({
    id: feedId(story, links, 'updates.xml'),
    title: FEED_TITLE,
    subtitle: story.title,
    self: absoluteUrl(paths.updates()),
    alternate: absoluteUrl(paths.home()),
    author: { name: story.byline },
    entries: feedEntries(story, siteCorrections(content), links),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
