/** Lists in a sentence: "A", "A and B", "A, B and C", by Intl.ListFormat in the reader's language. */
import { INTL_TAG, type Locale } from './locale';

const formats = new Map<Locale, Intl.ListFormat>();

/** The items joined as a reader writes a list: "Kosovo, Peru and Rwanda" (no comma before "and" in English). */
export function formatList(items: readonly string[], locale: Locale = 'en'): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' })));
  return format.format(items);
}
