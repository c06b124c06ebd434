import type { APIRoute } from 'astro';
import { trackerDataRows, trackerRows } from '../../../derive/tracker';
import { TRACKER_COLUMNS } from '../../../publish/csv';
import { editionCsv } from '../../../publish/dataLabels';
import { getContent, localizedPaths } from '../../../site/content';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const rows = trackerDataRows(trackerRows(await getContent(locale)));
  return new Response(editionCsv(rows, TRACKER_COLUMNS, locale), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
