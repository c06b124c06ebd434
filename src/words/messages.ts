/**
 * Every sentence a reader sees, from the catalogue of the reader's language (src/words/catalogue/):
 * whole sentences with placeholders and plural forms, in ICU MessageFormat by FormatJS's
 * `intl-messageformat`, never English fragments put together. Numbers in a message (`#`, `{n, number}`)
 * are formatted by `Intl` for the language.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { cached } from '../util/memo';
import { en, type Catalogue, type MessageKey } from './catalogue/en';
import { es } from './catalogue/es';
import { INTL_TAG, type Locale } from './locale';

export type { MessageKey } from './catalogue/en';

/** Each language's catalogue. */
export const CATALOGUES: Record<Locale, Catalogue> = { en, es };

const compiled = new Map<string, IntlMessageFormat>();

const compile = (locale: Locale, key: MessageKey) =>
  cached(compiled, `${locale}\u0000${key}`, () => new IntlMessageFormat(CATALOGUES[locale][key], INTL_TAG[locale], undefined, { ignoreTag: true }));

/** A value a message's placeholder takes: words, or a number formatted for the language. */
export type MessageValue = string | number;

/** The message `key` in `locale`, its placeholders filled with `values`. */
export function message(locale: Locale, key: MessageKey, values?: Record<string, MessageValue>): string {
  return String(compile(locale, key).format(values));
}

/**
 * The message in parts, for placeholders that are more than words (a date the page marks up as
 * `<time>`): the words between them as strings, the values as given, in the language's order.
 */
export function messageParts<T extends object>(locale: Locale, key: MessageKey, values: Record<string, T | MessageValue>): (string | T)[] {
  const out = compile(locale, key).format<T>(values);
  const parts = Array.isArray(out) ? out : [out];
  // Adjacent words (a select's branch beside its sentence) are joined; a value it was given stays itself.
  const joined: (string | T)[] = [];
  for (const part of parts) {
    if (typeof part === 'object' && part !== null) joined.push(part as T);
    else if (typeof joined[joined.length - 1] === 'string') joined[joined.length - 1] += String(part);
    else if (String(part) !== '') joined.push(String(part));
  }
  return joined;
}
