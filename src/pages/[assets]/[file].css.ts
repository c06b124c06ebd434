/**
 * `/_astro/story-states.<hash>.css`: where the story's charts move their marks in each step's state
 * (src/site/story.ts). Named by its content, beside Astro's own assets, so it is cached for good
 * and a new build's page never meets an old build's moves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyParts } from '../../site/story';

export const getStaticPaths = (async () => {
  const { stateSheet } = await storyParts();
  return stateSheet ? [{ params: { assets: stateSheet.folder, file: stateSheet.name } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await storyParts()).stateSheet?.css ?? '', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
