/** `/favicon.png`: the site's icon, 32 px, for browsers that draw no SVG icon (src/site/icons.ts). */
import type { APIRoute } from 'astro';
import { iconPngFile } from '../site/icons';

export const GET: APIRoute = () => new Response(new Uint8Array(iconPngFile('/favicon.png')), { headers: { 'Content-Type': 'image/png' } });
