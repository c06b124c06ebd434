/**
 * The records in another language: each record's words a reader sees (src/model/translation.ts)
 * taken from its translation, its facts (numbers, dates, statuses, sources) from the English record,
 * which holds for every language. A quote keeps its words and gains its `translation`. Where a draft
 * language lacks a translation, the English words stay.
 */
import type { Content } from '../model/content';
import { recordFile } from '../model/records';
import type { Correction, Quote, Story } from '../model/schema';

/** A translation file's fields and Markdown, as the check read them. */
export interface Translation {
  raw: unknown;
  body: string;
}

/** A quote as a translated edition shows it: the words as said, and what they mean in the reader's language. */
export type TranslatedQuote = Quote & { translation?: string };

type Fields = Record<string, unknown>;

const fieldsOf = (t: Translation | undefined): Fields => (t?.raw !== null && typeof t?.raw === 'object' && !Array.isArray(t.raw) ? (t.raw as Fields) : {});
/** A translated text, or undefined where the translation has none. */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const at = (list: unknown, i: number): Fields => (Array.isArray(list) && list[i] !== null && typeof list[i] === 'object' ? (list[i] as Fields) : {});
const body = (english: string, t: Translation | undefined) => (t?.body.trim() ? t.body : english);
/** A figure with its label and note in translation, where given (and nothing added where the English has none). */
const figureIn = <F extends { label?: string; note?: string }>(figure: F, own: Fields | undefined): F => ({
  ...figure,
  ...(figure.label !== undefined && { label: text(own?.label) ?? figure.label }),
  ...(figure.note !== undefined && { note: text(own?.note) ?? figure.note }),
});

function quotes(english: readonly Quote[], translated: unknown): TranslatedQuote[] {
  return english.map((q, i) => {
    const own = at(translated, i);
    const translation = text(own.translation);
    return {
      ...q,
      speaker: text(own.speaker) ?? q.speaker,
      ...(q.role !== undefined && { role: text(own.role) ?? q.role }),
      ...(translation && { translation }),
    };
  });
}

function corrections(english: readonly Correction[], translated: unknown): Correction[] {
  return english.map((c, i) => ({ ...c, text: text(at(translated, i).text) ?? c.text }));
}

/** `content` in the language of `translations` (by the record file each translates). */
export function translatedContent(content: Content, translations: ReadonlyMap<string, Translation>): Content {
  const countries = content.countries.map((c) => {
    const t = translations.get(recordFile.country(c.slug));
    const f = fieldsOf(t);
    const figures = Object.fromEntries(Object.entries(c.figures).map(([id, figure]) => {
      const own = (f.figures !== null && typeof f.figures === 'object' ? (f.figures as Fields)[id] : undefined) as Fields | undefined;
      return [id, figureIn(figure, own)];
    }));
    return {
      ...c,
      name: text(f.name) ?? c.name,
      ...(c.status_note !== undefined && { status_note: text(f.status_note) ?? c.status_note }),
      figures,
      quotes: quotes(c.quotes, f.quotes),
      corrections: corrections(c.corrections, f.corrections),
      body: body(c.body, t),
    };
  });
  const events = content.events.map((e) => {
    const t = translations.get(recordFile.event(e.id));
    const f = fieldsOf(t);
    return {
      ...e,
      title: text(f.title) ?? e.title,
      figures: e.figures.map((figure, i) => figureIn(figure, at(f.figures, i))),
      quotes: quotes(e.quotes, f.quotes),
      corrections: corrections(e.corrections, f.corrections),
      body: body(e.body, t),
    };
  });
  const sources = content.sources.map((s) => {
    const f = fieldsOf(translations.get(recordFile.source(s.id)));
    return {
      ...s,
      title: text(f.title) ?? s.title,
      publisher: text(f.publisher) ?? s.publisher,
      ...(s.notes !== undefined && { notes: text(f.notes) ?? s.notes }),
      corrections: corrections(s.corrections, f.corrections),
    };
  });
  const translateStory = <S extends Story>(s: S, file: string): S => {
    const t = translations.get(file);
    const f = fieldsOf(t);
    return {
      ...s,
      title: text(f.title) ?? s.title,
      standfirst: text(f.standfirst) ?? s.standfirst,
      ...(s.description !== undefined && { description: text(f.description) ?? s.description }),
      byline: text(f.byline) ?? s.byline,
      corrections: corrections(s.corrections, f.corrections),
      body: body(s.body, t),
    };
  };
  const story = content.story && translateStory(content.story, recordFile.story);
  const stories = content.stories.map((s) => translateStory(s, recordFile.followUp(s.slug)));
  return { countries, events, sources, story, stories };
}
