import type { APIRoute } from 'astro';
import { countryRows } from '../../../derive/dataset';
import { COUNTRY_COLUMNS } from '../../../publish/csv';
import { editionCsv } from '../../../publish/dataLabels';
import { getContent, localizedPaths } from '../../../site/content';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const { countries } = await getContent(locale);
  return new Response(editionCsv(countryRows(countries), COUNTRY_COLUMNS, locale), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
