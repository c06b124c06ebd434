import type { APIRoute } from 'astro';
import { getContent, localizedPaths } from '../../../site/content';
import { json } from '../../../site/json';
import { trackerOembed } from '../../../site/embeds';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return json(trackerOembed(await getContent(locale), locale));
};
