/**
 * The languages readers can be given. Every function in src/words/ takes one, so a second
 * language plugs in beside English without touching the drawings or the derivations.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The BCP 47 tag each locale is formatted with by `Intl`: British English writes lists as
 * "A, B and C" and dates as "12 March 2025", as the story does; Spanish "A, B y C", "12 de mayo
 * de 2025", "10.000".
 */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', es: 'es' };

/** Where a language's edition lives under the site's base path: English at the root, another under its code (`es/`). */
export const editionPrefix = (locale: Locale): string => (locale === 'en' ? '' : `${locale}/`);

/**
 * A site path under the base path (`/es/countries/kosovo/`) as the language of its edition and the
 * same page's path in the English edition (`/countries/kosovo/`): the one reading of the prefix,
 * for the pages' links, the sitemap and the build's redirects.
 */
export function editionOf(path: string): { locale: Locale; rest: string } {
  const locale = LOCALES.find((l) => l !== 'en' && (path === `/${l}` || path.startsWith(`/${l}/`)));
  return locale ? { locale, rest: path.slice(locale.length + 1) || '/' } : { locale: 'en', rest: path };
}

/** Each language's name in itself, for the language switch: a reader looks for their own language's name. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The language each locale's pages declare (`<html lang>`) and their Open Graph locale (`og:locale`). */
export const PAGE_LANGUAGE: Record<Locale, { lang: string; og: string }> = { en: { lang: 'en', og: 'en_GB' }, es: { lang: 'es', og: 'es_ES' } };
