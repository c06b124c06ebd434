/** `/favicon.svg`: the site's icon, light or dark with the reader's setting (src/site/icons.ts). */
import type { APIRoute } from 'astro';
import { faviconSvg } from '../site/icons';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
