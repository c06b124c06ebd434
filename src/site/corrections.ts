/** Every correction on the site, newest first, linked to where its record appears (under BASE_PATH). */
import { collectCorrections, type CorrectionEntry } from '../derive/corrections';
import type { SiteContent } from '../model/content';
import type { Locale } from '../words/locale';
import { pathsIn } from './paths';

export function siteCorrections(content: Pick<SiteContent, 'story' | 'stories' | 'countries' | 'events' | 'sources'>, locale: Locale = 'en'): CorrectionEntry[] {
  const paths = pathsIn(locale);
  return collectCorrections(content, {
    story: paths.story,
    country: paths.country,
    event: paths.event,
    source: paths.source,
  });
}
