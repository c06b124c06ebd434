import type { APIRoute } from 'astro';
import { dataPackage } from '../../publish/datapackage';
import { getContent } from '../../site/content';
import { json } from '../../site/json';
import { paths } from '../../site/paths';

export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  const { story } = content;
  return json(dataPackage({
    title: story.title,
    description: story.description,
    homepage: new URL(paths.home(), site).href,
    publisher: story.byline,
    published: story.published.start,
    sources: story.sources.map(content.source).map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
  }));
};
