import type { APIRoute } from 'astro';
import { countryRows } from '../../derive/dataset';
import { COUNTRY_COLUMNS, toCsv } from '../../publish/csv';
import { getContent } from '../../site/content';

export const GET: APIRoute = async () => {
  const { countries } = await getContent();
  return new Response(toCsv(countryRows(countries), COUNTRY_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
