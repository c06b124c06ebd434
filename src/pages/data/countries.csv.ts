import type { APIRoute } from 'astro';
import { COUNTRY_COLUMNS, countryRows, toCsv } from '../../derive/dataset';
import { getContent } from '../../site/content';

export const GET: APIRoute = async () => {
  const { countries } = await getContent();
  return new Response(toCsv(countryRows(countries), COUNTRY_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
