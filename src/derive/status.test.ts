import { describe, expect, it } from 'vitest';
import type { Country } from '../model/schema';
import { statusGroups } from './status';

const country = (slug: string, status: Country['status'], region: Country['region']): Country => ({
  slug, name: slug, iso3: 'AAA', region, status, figures: {}, sources: ['a'], quotes: [], corrections: [], aliases: [], body: '',
});

describe('statusGroups', () => {
  const countries = [country('peru', 'considering', 'latin-america'), country('ukraine', 'considering', 'europe'), country('chad', 'declined', 'africa'), country('brazil', 'considering', 'latin-america')];
  it('groups by status in the vocabulary order, then by region and name', () => {
    const groups = statusGroups(countries);
    expect(groups.map((g) => g.status)).toEqual(['considering', 'declined']);
    expect(groups[0].countries.map((c) => c.slug)).toEqual(['brazil', 'peru', 'ukraine']);
  });
  it('drops empty groups and filters by status', () => {
    expect(statusGroups(countries, { statuses: ['declined', 'received'] }).map((g) => g.status)).toEqual(['declined']);
  });
});
