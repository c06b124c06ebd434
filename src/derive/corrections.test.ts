import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import { collectCorrections, type CorrectedRecords } from './corrections';

const fix = (date: string, text: string) => ({ date: parsePartialDate(date), text });
const links = {
  story: () => '/',
  country: (slug: string) => `/countries/${slug}/`,
  event: (id: string) => `/events/#event-${id}`,
  source: (id: string) => `/sources/#${id}`,
};

const records: CorrectedRecords = {
  story: { title: 'The story', corrections: [fix('2026-11-29', 'Story fixed.')] },
  countries: [
    { slug: 'beta', name: 'Beta', corrections: [fix('2026-12-01', 'Beta first.'), fix('2026-12-01', 'Beta second.')] },
    { slug: 'alpha-land', name: 'Alpha Land', corrections: [fix('2026-12-01', 'Alpha fixed.')] },
  ],
  events: [{ id: '2025-05-12-beta-answer', title: 'Beta agrees', corrections: [fix('2026-12-03', 'Event fixed.')] }],
  sources: [
    { id: 'memo', title: 'Memo on Beta', corrections: [fix('2026-11-29', 'Memo fixed.')] },
    { id: 'article', title: 'An article', corrections: [] },
  ],
};

describe('collectCorrections', () => {
  const list = collectCorrections(records, links);

  it('lists every correction newest first; same day: story, countries, events, sources, each by title, then file order', () => {
    expect(list.map((c) => [c.date.start, c.text])).toEqual([
      ['2026-12-03', 'Event fixed.'],
      ['2026-12-01', 'Alpha fixed.'],
      ['2026-12-01', 'Beta first.'],
      ['2026-12-01', 'Beta second.'],
      ['2026-11-29', 'Story fixed.'],
      ['2026-11-29', 'Memo fixed.'],
    ]);
  });
  it('links each to where its record appears', () => {
    expect(list.map((c) => [c.kind, c.title, c.href])).toEqual([
      ['event', 'Beta agrees', '/events/#event-2025-05-12-beta-answer'],
      ['country', 'Alpha Land', '/countries/alpha-land/'],
      ['country', 'Beta', '/countries/beta/'],
      ['country', 'Beta', '/countries/beta/'],
      ['story', 'The story', '/'],
      ['source', 'Memo on Beta', '/sources/#memo'],
    ]);
  });
  it('gives each a key that depends only on its record, day and rank that day', () => {
    expect(list.map((c) => c.key)).toEqual([
      'event/2025-05-12-beta-answer/2026-12-03', 'country/alpha-land/2026-12-01', 'country/beta/2026-12-01',
      'country/beta/2026-12-01-2', 'story/index/2026-11-29', 'source/memo/2026-11-29',
    ]);
    expect(new Set(list.map((c) => c.key)).size).toBe(list.length);
  });
  it('is empty when nothing was corrected', () => {
    const none: CorrectedRecords = { story: { title: 'S', corrections: [] }, countries: [], events: [], sources: [] };
    expect(collectCorrections(none, links)).toEqual([]);
  });
});
