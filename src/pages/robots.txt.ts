/** `/robots.txt`: every crawler may fetch everything; the sitemap's address (src/publish/siteFiles.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/siteFiles';
import { absoluteUrl, paths } from '../site/paths';

export const GET: APIRoute = () => new Response(robotsTxt(absoluteUrl(paths.sitemap())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
