/**
 * What a translation of a record holds: the record's words a reader sees (a country's name and
 * status note, an event's title, figure labels and notes, corrections, the prose), never its facts
 * (numbers, dates, statuses, ids, sources), which stay in the English record and hold for every
 * language. A translation lives beside its record, named with the language's code before the
 * extension: content/countries/kosovo.es.md translates content/countries/kosovo.md.
 * Quotes stay in the words they were said in; a translation gives each a marked `translation`.
 */
import type { CollectionName } from './records';

/** A field of a record, `*` standing for any key or position ("figures.*.label"). */
export type FieldPattern = readonly string[];

export interface TranslatedField {
  /** Where the English is, in the record. */
  english: FieldPattern;
  /** Where its translation goes, in the translation file: the same place, but for quotes. */
  translated: FieldPattern;
}

const same = (...path: string[]): TranslatedField => ({ english: path, translated: path });
const quoteText: TranslatedField = { english: ['quotes', '*', 'text'], translated: ['quotes', '*', 'translation'] };
/** A quote: its meaning in the reader's language, and who said it, in what role, in that language. */
const quotes = [quoteText, same('quotes', '*', 'speaker'), same('quotes', '*', 'role')];
const corrections = same('corrections', '*', 'text');

/** The fields of each kind of record that a translation gives, besides the Markdown below it. */
export const TRANSLATED_FIELDS: Record<CollectionName, readonly TranslatedField[]> = {
  countries: [same('name'), same('status_note'), same('figures', '*', 'label'), same('figures', '*', 'note'), ...quotes, corrections],
  events: [same('title'), same('figures', '*', 'label'), same('figures', '*', 'note'), ...quotes, corrections],
  // A source's title describes the document for readers ("State Department cable on …"): it is translated too.
  sources: [same('title'), same('publisher'), same('notes'), corrections],
  story: [same('title'), same('standfirst'), same('description'), same('byline'), corrections],
  stories: [same('title'), same('standfirst'), same('description'), same('byline'), corrections],
};

/** The collections whose records have Markdown below their fields, which a translation translates too. */
export const HAS_BODY: Record<CollectionName, boolean> = { countries: true, events: true, sources: false, story: true, stories: true };

/** The file that holds a record's translation into `locale`: kosovo.md → kosovo.es.md. */
export function translationFile(recordFile: string, locale: string): string {
  return recordFile.replace(/(\.[a-z]+)$/, `.${locale}$1`);
}

/** The record a translation file translates, and into which language; undefined for a record file. */
export function translatedRecord(file: string, locales: readonly string[]): { record: string; locale: string } | undefined {
  const m = /^(.*)\.([a-z]{2})(\.(?:md|yaml))$/.exec(file);
  return m && locales.includes(m[2]) ? { record: `${m[1]}${m[3]}`, locale: m[2] } : undefined;
}
