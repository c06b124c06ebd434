import { describe, expect, it } from 'vitest';
import { siteContent } from '../derive/siteContent';
import { loadContent } from '../validation/load';
import { FIXTURE_SITE } from '../../tests/helpers/fixtureSite';
import { countryPageRecords, readerPages } from './pageRecords';

const loaded = loadContent(FIXTURE_SITE);
const content = siteContent({ ...loaded, story: loaded.story! });

describe('countryPageRecords', () => {
  it('is the country, every source it cites, and its events with theirs, each once', () => {
    expect(countryPageRecords(content, 'alpha-land')).toEqual([
      'content/countries/alpha-land.md',
      // Its own list and its figures' sources: article, then cable-march (the "returned" figure).
      'content/sources/article.yaml',
      'content/sources/cable-march.yaml',
      'content/events/2025-02-alpha-takes-300.md',
      'content/events/2025-06-alpha-returns.md',
    ]);
  });
  it('leaves out the events and sources of other countries', () => {
    const beta = countryPageRecords(content, 'beta');
    expect(beta).toContain('content/events/2025-05-12-beta-answer.md');
    expect(beta).toContain('content/sources/memo.yaml');
    expect(beta).not.toContain('content/events/2025-02-alpha-takes-300.md');
    expect(beta).not.toContain('content/sources/cable-march.yaml');
  });
});

describe('readerPages', () => {
  const pages = new Map(readerPages(content).map((p) => [p.path, p.records]));
  it('lists the story, each list and each country, and nothing for embeds or old addresses', () => {
    expect([...pages.keys()]).toEqual(['/', '/stories/', '/countries/', '/countries/alpha-land/', '/countries/beta/', '/events/', '/sources/', '/corrections/']);
  });
  it('gives the story its own file, as its "Last updated" line does', () => {
    expect(pages.get('/')).toEqual(['content/story/index.md']);
  });
  it('gives a country page what countryPageRecords says it shows', () => {
    expect(pages.get('/countries/beta/')).toEqual(countryPageRecords(content, 'beta'));
  });
  it('gives each list what it lists: the tracker what each country page shows, events with their sources, sources, corrected records', () => {
    expect(pages.get('/countries/')).toEqual([...new Set([...countryPageRecords(content, 'alpha-land'), ...countryPageRecords(content, 'beta')])]);
    expect(pages.get('/countries/')).toContain('content/events/2025-05-12-beta-answer.md');
    expect(pages.get('/events/')).toEqual([
      'content/events/2025-01-20-inauguration.md', 'content/sources/article.yaml',
      'content/events/2025-02-alpha-takes-300.md',
      'content/events/2025-05-12-beta-answer.md', 'content/sources/memo.yaml',
      'content/events/2025-06-alpha-returns.md', 'content/sources/cable-march.yaml',
    ]);
    expect(pages.get('/sources/')).toEqual(['content/sources/article.yaml', 'content/sources/cable-march.yaml', 'content/sources/memo.yaml']);
    expect(pages.get('/corrections/')).toEqual(['content/countries/beta.md', 'content/sources/memo.yaml']);
  });
});
