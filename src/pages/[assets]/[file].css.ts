/**
 * `/_astro/story-states.<hash>.css`: where the story's charts move their marks in each step's state
 * (src/site/story.ts). Named by its content, beside Astro's own assets, so it is cached for good
 * and a new build's page never meets an old build's moves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stateSheets } from '../../site/story';

export const getStaticPaths = (async () =>
  (await stateSheets()).map((sheet) => ({ params: { assets: sheet.folder, file: sheet.name }, props: { css: sheet.css } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((props as { css: string }).css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
