import type { APIRoute } from 'astro';
import { countryRecords } from '../../../derive/dataset';
import { labelledRows } from '../../../publish/dataLabels';
import { getContent, localizedPaths } from '../../../site/content';
import { json } from '../../../site/json';
import type { Locale } from '../../../words/locale';

export const getStaticPaths = () => localizedPaths(() => [{ params: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return json(labelledRows(countryRecords((await getContent(locale)).countries), locale));
};
