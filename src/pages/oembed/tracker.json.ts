import type { APIRoute } from 'astro';
import { getContent } from '../../site/content';
import { json } from '../../site/json';
import { trackerOembed } from '../../site/embeds';

export const GET: APIRoute = async () => json(trackerOembed(await getContent()));
