import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import { CATALOGUES, message } from './messages';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** The names of a message's placeholders, in every branch of its plurals and selects (words and `#` have none). */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (!('value' in e) || e.type === 0) continue;
    into.add(e.value);
    if ('options' in e) for (const option of Object.values(e.options)) argumentsOf(option.value, into);
  }
  return into;
}

const ast = (locale: (typeof LOCALES)[number], key: string) => new IntlMessageFormat(CATALOGUES[locale][key as keyof (typeof CATALOGUES)['en']], locale).getAst();

describe('the message catalogues', () => {
  const keys = Object.keys(CATALOGUES.en).sort();

  it('have a message for every key in every language, and no other', () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort(), locale).toEqual(keys);
  });

  it('take the same values in every language: a translation drops none and needs no new one but a gender', () => {
    for (const locale of LOCALES) {
      for (const key of keys) {
        const english = argumentsOf(ast('en', key));
        const translated = argumentsOf(ast(locale, key));
        expect([...english].filter((a) => !translated.has(a)), `${locale} ${key} drops`).toEqual([]);
        expect([...translated].filter((a) => !english.has(a) && a !== 'gender' && !a.endsWith('Kind')), `${locale} ${key} adds`).toEqual([]);
      }
    }
  });

  it('write a plural count by the language\'s rules', () => {
    expect(message('en', 'unit.meetings', { count: 1 })).toBe('meeting');
    expect(message('es', 'unit.meetings', { count: 6 })).toBe('reuniones');
  });

  it('translate every sentence: no Spanish message of two words or more is the English left as it is', () => {
    // Placeholders and numbers aside: "{value} {unit}" is the same in both, "{name}: {status}" too.
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, '').match(/\p{L}+/gu) ?? [];
    const same = Object.keys(CATALOGUES.en).filter((key) => {
      const k = key as keyof typeof CATALOGUES.en;
      return CATALOGUES.es[k] === CATALOGUES.en[k] && words(CATALOGUES.en[k]).length >= 2;
    });
    expect(same).toEqual([]);
  });

  it("use the glossary's Spanish terms, never the words it rules out", () => {
    const glossary = readFileSync(resolve(import.meta.dirname, '../../docs/glossary.md'), 'utf8');
    const banned = [...glossary.matchAll(/^\| [^|]+ \| [^|]+ \| ([^|]+) \|$/gm)].slice(1).flatMap((m) => m[1].split(',').map((w) => w.trim())).filter((w) => !/^-+$/.test(w));
    expect(banned.length).toBeGreaterThan(10);
    const spanish = Object.entries(CATALOGUES.es);
    const found = banned.flatMap((word) => spanish.filter(([, text]) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text)).map(([key]) => `${key}: ${word}`));
    expect(found).toEqual([]);
  });
});
