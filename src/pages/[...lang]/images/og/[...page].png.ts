/** `/images/og/index.png`, `/images/og/sources.png`, `/images/og/countries/<slug>.png`, and the same under `/es/images/og/`: see src/site/images.ts (ogImage). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPngPaths, pngFile } from '../../../../site/images';
import type { Locale } from '../../../../words/locale';

export const getStaticPaths = (() => ogPngPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await pngFile(`og/${params.page as string}`, (props as { locale: Locale }).locale)), { headers: { 'Content-Type': 'image/png' } });
