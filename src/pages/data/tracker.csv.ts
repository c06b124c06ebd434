import type { APIRoute } from 'astro';
import { trackerDataRows, trackerRows } from '../../derive/tracker';
import { toCsv, TRACKER_COLUMNS } from '../../publish/csv';
import { getContent } from '../../site/content';

export const GET: APIRoute = async () => {
  const rows = trackerDataRows(trackerRows(await getContent()));
  return new Response(toCsv(rows, TRACKER_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
