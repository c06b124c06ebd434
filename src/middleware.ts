/**
 * Astro's middleware, which Astro finds by this file name: it only hands each request to
 * src/site/devProblems.ts, since src/site/ is the one door to Astro.
 */
export { onRequest } from './site/devProblems';
