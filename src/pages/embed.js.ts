/**
 * /embed.js for host pages: sizes our iframes from the height each embed reports. Plain ES5 and
 * no dependencies; only messages from one of our iframes' own window, in the pym.js format, with a
 * sane height, are obeyed. Until then each iframe keeps a height reserved for the screen's width.
 */
import type { APIRoute } from 'astro';
import { EMBED_SCRIPT } from '../publish/embedScript';

export const GET: APIRoute = () =>
  new Response(EMBED_SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
