import type { APIRoute } from 'astro';
import { dataPackage } from '../../../publish/datapackage';
import { getContent, localizedPaths } from '../../../site/content';
import type { Locale } from '../../../words/locale';
import { json } from '../../../site/json';
import { pathsIn } from '../../../site/paths';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const content = await getContent(locale);
  const { story } = content;
  return json(dataPackage({
    title: story.title,
    description: story.description,
    homepage: new URL(pathsIn(locale).home(), site).href,
    publisher: story.byline,
    published: story.published.start,
    sources: story.sources.map(content.source).map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
  }, locale));
};
