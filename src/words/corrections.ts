/** Corrections in words: what a reader calls each kind of record, and a correction's headline. */
import type { CorrectionEntry, RecordKind } from '../derive/corrections';
import type { Locale } from './locale';
import { message } from './messages';

/** What a reader calls a kind of record: "Country". */
export const recordKindLabel = (kind: RecordKind, locale: Locale = 'en') => message(locale, `recordKind.${kind}`);

/** A correction's headline in the updates feed: "Correction: Country “Kosovo”", or the title of the story corrected (`storyTitle`, the main story's, or a follow-up's own). */
export function correctionTitle(entry: Pick<CorrectionEntry, 'kind' | 'title'> & { record?: string }, storyTitle: string, locale: Locale = 'en'): string {
  const followUp = entry.record !== undefined && entry.record !== 'index';
  const title = entry.kind === 'story' ? (followUp ? entry.title : storyTitle) : message(locale, 'correction.record', { kind: recordKindLabel(entry.kind, locale), title: entry.title });
  return message(locale, 'correction.title', { title });
}
