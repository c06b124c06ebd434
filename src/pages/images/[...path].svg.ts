/** `/images/<chart>.svg`, `/images/<chart>/<step-id>.svg`, `/images/timeline/<slug>.svg`: see src/site/images.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvgFile, svgPaths } from '../../site/images';

export const getStaticPaths = (async () => (await svgPaths()).map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartSvgFile(params.path as string), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
