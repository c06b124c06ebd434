/**
 * `/images/<chart>.png` (the 1200×675 card) and `/images/<chart>-640.png` (the newsletter
 * image), also under `<chart>/<step-id>` and `timeline/<slug>`, and the same under `/es/images/`
 * in Spanish: see src/site/images.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPngPaths, pngFile } from '../../../site/images';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = (() => chartPngPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await pngFile(params.path as string, (props as { locale: Locale }).locale)), { headers: { 'Content-Type': 'image/png' } });
