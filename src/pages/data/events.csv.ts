import type { APIRoute } from 'astro';
import { EVENT_COLUMNS, eventRows, toCsv } from '../../derive/dataset';
import { getContent } from '../../site/content';

export const GET: APIRoute = async () => {
  const { events } = await getContent();
  return new Response(toCsv(eventRows(events), EVENT_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
