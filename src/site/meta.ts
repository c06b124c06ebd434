/** The site's name, shared by the page frame, the social cards and the updates feed, in each language. */
import type { Locale } from '../words/locale';
import { message } from '../words/messages';

/** The site's name in `locale`. */
export const siteName = (locale: Locale = 'en'): string => message(locale, 'site.name');

/** The English site's name. */
export const SITE_NAME = siteName('en');

/** The updates feed's title, for the feed itself and the `<link rel="alternate">` naming it. */
export const feedTitle = (locale: Locale = 'en'): string => message(locale, 'site.feedTitle', { site: siteName(locale) });
