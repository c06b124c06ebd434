import type { APIRoute } from 'astro';
import { countryRecords } from '../../derive/dataset';
import { getContent } from '../../site/content';
import { json } from '../../site/json';

export const GET: APIRoute = async () => json(countryRecords((await getContent()).countries));
