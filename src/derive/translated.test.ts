import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../validation/load';
import { makeSite, removeSite } from '../../tests/helpers/fixtureSite';
import { SPANISH } from '../../tests/malformed.cases';
import { translatedContent, type TranslatedQuote } from './translated';

const roots: string[] = [];
afterAll(() => roots.forEach(removeSite));

const site = (edits = {}) => {
  const root = makeSite(edits);
  roots.push(root);
  const result = loadContent(root);
  expect(result.issues).toEqual([]);
  return { result, es: translatedContent(result, result.translations.es!) };
};

describe('translatedContent', () => {
  it('takes the words a reader sees from the translation and every fact from the English record', () => {
    const { result, es } = site(SPANISH);
    const alpha = es.countries.find((c) => c.slug === 'alpha-land')!;
    expect(alpha.name).toBe('Tierra Alfa');
    expect(alpha.body).toContain('**unas 300**');
    expect(alpha.figures).toEqual(result.countries.find((c) => c.slug === 'alpha-land')!.figures);
    const answer = es.events.find((e) => e.id === '2025-05-12-beta-answer')!;
    expect(answer.title).toBe('Beta acepta acoger hasta 50');
    expect(answer.figures[0]).toEqual({ ...result.events.find((e) => e.id === answer.id)!.figures[0], label: 'personas que Beta acogería' });
    expect(answer.date).toEqual(result.events.find((e) => e.id === answer.id)!.date);
    expect(es.story!.title).toBe('El reportaje de prueba');
    expect(es.sources.find((s) => s.id === 'memo')!.corrections[0].text).toBe('Una versión anterior fechaba el memorando solo en marzo de 2025.');
  });

  it('keeps a quote in the words it was said in, with its translation beside', () => {
    const { es } = site(SPANISH);
    const quote = es.countries.find((c) => c.slug === 'beta')!.quotes[0] as TranslatedQuote;
    expect(quote.text).toBe('not come easily');
    expect(quote.translation).toBe('no ha sido fácil');
  });

  it('keeps the English words where a draft has no translation yet, and leaves the English records as they were', () => {
    const { result, es } = site({ ...SPANISH, 'content/languages.yaml': 'es:\n  status: draft\n', 'content/events/2025-06-alpha-returns.es.md': null });
    expect(es.events.find((e) => e.id === '2025-06-alpha-returns')!.title).toBe('107 return home from Alpha Land');
    expect(result.countries.find((c) => c.slug === 'alpha-land')!.name).toBe('Alpha Land');
  });
});
