import type { APIRoute } from 'astro';
import { getContent } from '../../site/content';
import { embedTargets, type EmbedTarget } from '../../site/embeds';
import { json } from '../../site/json';
import { oembedFor } from '../../site/oembed';

export async function getStaticPaths() {
  return embedTargets(await getContent()).filter((t) => t.key === null).map((target) => ({ params: { chart: target.chart }, props: { target } }));
}

export const GET: APIRoute = async ({ props }) => json(oembedFor((props as { target: EmbedTarget }).target, await getContent()));
