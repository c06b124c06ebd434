/** Corrections in words: what a reader calls each kind of record, and a correction's headline. */
import type { CorrectionEntry, RecordKind } from '../derive/corrections';
import type { Locale } from './locale';

/** What a reader calls each kind of record. */
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  story: 'The story',
  country: 'Country',
  event: 'Event',
  source: 'Source',
};

/** A correction's headline in the updates feed: "Correction: Country “Kosovo”", or the story's title. */
export function correctionTitle(entry: Pick<CorrectionEntry, 'kind' | 'title'>, storyTitle: string, _locale: Locale = 'en'): string {
  return `Correction: ${entry.kind === 'story' ? storyTitle : `${RECORD_KIND_LABELS[entry.kind]} “${entry.title}”`}`;
}
