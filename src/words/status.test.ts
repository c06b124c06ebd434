import { describe, expect, it } from 'vitest';
import type { Country } from '../model/schema';
import { statusGroups } from '../derive/status';
import { describeStatus, statusTakeaway } from './status';

const country = (slug: string, status: Country['status'], region: Country['region']): Country => ({
  slug, name: slug, iso3: 'AAA', region, status, figures: {}, sources: ['a'], quotes: [], corrections: [], aliases: [], body: '',
});

describe('describeStatus and statusTakeaway', () => {
  const countries = [country('peru', 'considering', 'latin-america'), country('ukraine', 'considering', 'europe'), country('chad', 'declined', 'africa'), country('brazil', 'considering', 'latin-america')];
  it('describes every country', () => {
    expect(describeStatus(statusGroups(countries))).toBe('4 countries by where their talks with the United States stand. considering: brazil, peru, ukraine; declined: chad.');
  });
  it('counts each status in a sentence, one country or several', () => {
    expect(statusTakeaway(statusGroups(countries))).toBe('Of 4 countries, 3 are considering it and 1 declined.');
  });
});

describe('the status chart in Spanish', () => {
  const countries = [country('peru', 'considering', 'latin-america'), country('ukraine', 'considering', 'europe'), country('chad', 'declined', 'africa')];
  it('counts each status with the verb agreeing in number', () => {
    expect(statusTakeaway(statusGroups(countries), 'es')).toBe('De 3 países, 2 lo están considerando y 1 rechazó.');
    expect(statusTakeaway(statusGroups(countries.slice(0, 1)), 'es')).toBe('De 1 país, 1 lo está considerando.');
  });
  it('describes every country under its Spanish status', () => {
    expect(describeStatus(statusGroups(countries), 'es')).toBe('3 países según cómo van sus conversaciones con Estados Unidos. lo está considerando: peru, ukraine; rechazó: chad.');
  });
});
