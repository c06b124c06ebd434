import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import type { Story } from '../model/schema';
import { feedEntries } from './feed';

const story = { title: 'The story', description: 'What it says', standfirst: 'In short', published: parsePartialDate('2026-11-28') } as Story;
const links = { authority: 'news.example.org', href: (p: string) => `/graphics/${p}`, absolute: (p: string) => `https://news.example.org${p}`, story: '/graphics/' };

describe('feedEntries', () => {
  it('gives each correction a stable tag: id and a headline naming its record, then the publication', () => {
    const entries = feedEntries(story, [
      { date: parsePartialDate('2026-12-01'), text: 'Fixed a date.', kind: 'country', record: 'kosovo', title: 'Kosovo', href: '/graphics/countries/kosovo/', key: 'country/kosovo/2026-12-01' },
    ], links);
    expect(entries.map((e) => [e.id, e.title, e.category])).toEqual([
      ['tag:news.example.org,2026:/graphics/corrections/country/kosovo/2026-12-01', 'Correction: Country “Kosovo”', 'correction'],
      ['tag:news.example.org,2026:/graphics/story', 'The story', 'publication'],
    ]);
    expect(entries[0].link).toBe('https://news.example.org/graphics/countries/kosovo/');
  });
});
