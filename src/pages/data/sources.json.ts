import type { APIRoute } from 'astro';
import { sourceRecords } from '../../derive/dataset';
import { getContent } from '../../site/content';
import { json } from '../../site/json';

export const GET: APIRoute = async () => json(sourceRecords((await getContent()).sources));
