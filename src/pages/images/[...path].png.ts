/**
 * `/images/<chart>.png` (the 1200×675 card) and `/images/<chart>-640.png` (the newsletter
 * image), also under `<chart>/<step-id>` and `timeline/<slug>`: see src/site/images.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPngPaths, pngFile } from '../../site/images';

export const getStaticPaths = (async () => (await chartPngPaths()).map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await pngFile(params.path as string)), { headers: { 'Content-Type': 'image/png' } });
