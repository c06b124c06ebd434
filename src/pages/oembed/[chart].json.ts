import type { APIRoute } from 'astro';
import { getContent, staticPaths } from '../../site/content';
import { json } from '../../site/json';
import { chartTargets, type ChartTarget } from '../../figures/targets';
import { oembedFor } from '../../site/embeds';

export async function getStaticPaths() {
  return staticPaths((content) => chartTargets(content).filter((t) => t.key === null).map((target) => ({ params: { chart: target.chart }, props: { target } })));
}

export const GET: APIRoute = async ({ props }) => json(oembedFor((props as { target: ChartTarget }).target, await getContent()));
