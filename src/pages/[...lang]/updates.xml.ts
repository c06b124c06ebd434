/** /updates.xml (and /es/updates.xml): an Atom feed of every correction, plus the story's publication (src/publish/feed.ts), in the edition's language. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../publish/atom';
import { feedEntries, feedId } from '../../publish/feed';
import { getContent, localizedPaths } from '../../site/content';
import { siteCorrections } from '../../site/corrections';
import { feedTitle } from '../../site/meta';
import { absoluteUrl, href, pathsIn } from '../../site/paths';
import { PAGE_LANGUAGE, type Locale } from '../../words/locale';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const content = await getContent(locale);
  const paths = pathsIn(locale);
  const { story } = content;
  const links = { authority: new URL(absoluteUrl(paths.home())).hostname, href: (path: string) => href(path, locale), absolute: absoluteUrl, story: paths.home() };
  const xml = atomFeed({
    id: feedId(story, links, 'updates.xml'),
    title: feedTitle(locale),
    subtitle: story.title,
    self: absoluteUrl(paths.updates()),
    alternate: absoluteUrl(paths.home()),
    author: { name: story.byline },
    entries: feedEntries(story, siteCorrections(content, locale), links, locale, content.stories),
    lang: PAGE_LANGUAGE[locale].lang,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
