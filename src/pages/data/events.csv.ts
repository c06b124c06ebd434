import type { APIRoute } from 'astro';
import { eventRows } from '../../derive/dataset';
import { EVENT_COLUMNS, toCsv } from '../../publish/csv';
import { getContent } from '../../site/content';

export const GET: APIRoute = async () => {
  const { events } = await getContent();
  return new Response(toCsv(eventRows(events), EVENT_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
