/** `/images/og/index.png`, `/images/og/sources.png`, `/images/og/countries/<slug>.png`: see src/site/images.ts (ogImage). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPngPaths, pngFile } from '../../../site/images';

export const getStaticPaths = (async () => (await ogPngPaths()).map((page) => ({ params: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await pngFile(`og/${params.page as string}`)), { headers: { 'Content-Type': 'image/png' } });
