/** `/apple-touch-icon.png`: the site's icon, 180 px and opaque, for a phone's home screen (src/site/icons.ts). */
import type { APIRoute } from 'astro';
import { iconPngFile } from '../site/icons';

export const GET: APIRoute = () => new Response(new Uint8Array(iconPngFile('/apple-touch-icon.png')), { headers: { 'Content-Type': 'image/png' } });
