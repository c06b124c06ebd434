import type { APIRoute } from 'astro';
import { eventRecords } from '../../derive/dataset';
import { getContent } from '../../site/content';
import { json } from '../../site/json';

export const GET: APIRoute = async () => json(eventRecords((await getContent()).events));
