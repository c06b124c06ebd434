/** Corrections in words: what a reader calls each kind of record, and a correction's headline. */
import type { CorrectionEntry, RecordKind } from '../derive/corrections';
import type { Locale } from './locale';
import { message } from './messages';

/** What a reader calls a kind of record: "Country". */
export const recordKindLabel = (kind: RecordKind, locale: Locale = 'en') => message(locale, `recordKind.${kind}`);

/** A correction's headline in the updates feed: "Correction: Country “Kosovo”", or the story's title. */
export function correctionTitle(entry: Pick<CorrectionEntry, 'kind' | 'title'>, storyTitle: string, locale: Locale = 'en'): string {
  const title = entry.kind === 'story' ? storyTitle : message(locale, 'correction.record', { kind: recordKindLabel(entry.kind, locale), title: entry.title });
  return message(locale, 'correction.title', { title });
}
