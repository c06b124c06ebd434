import type { APIRoute } from 'astro';
import { getContent, localizedPaths } from '../../../site/content';
import { json } from '../../../site/json';
import { chartTargets, type ChartTarget } from '../../../figures/targets';
import { oembedFor } from '../../../site/embeds';
import type { Locale } from '../../../words/locale';

export async function getStaticPaths() {
  return localizedPaths((content) => chartTargets(content).filter((t) => t.key === null).map((target) => ({ params: { chart: target.chart }, props: { target } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { target, locale } = props as { target: ChartTarget; locale: Locale };
  return json(oembedFor(target, await getContent(locale), locale));
};
