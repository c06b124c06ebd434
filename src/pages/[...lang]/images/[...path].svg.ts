/** `/images/<chart>.svg`, `/images/<chart>/<step-id>.svg`, `/images/timeline/<slug>.svg`, and the same under `/es/images/`: see src/site/images.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvgFile, svgPaths } from '../../../site/images';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = (() => svgPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await chartSvgFile(params.path as string, (props as { locale: Locale }).locale), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
