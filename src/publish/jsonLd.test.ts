import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/dates';
import { newsArticle, serializeJsonLd } from './jsonLd';

const story = {
  title: 'Sent to a third country: "quotes" & <b>tags</b>',
  description: 'The countries asked.',
  byline: 'Newsroom tools team',
  published: parsePartialDate('2026-11-28'),
};

describe('serializeJsonLd', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script>',
    other: '</SCRIPT >',
    comment: '<!--<script>',
    separators: 'a\u2028b\u2029c',
    nested: [{ text: 'x</style>' }],
  };
  const out = serializeJsonLd(hostile);

  it('leaves no string able to close or confuse the script element', () => {
    expect(out).not.toMatch(/<\//);
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain('<\\/script><script>alert(1)<\\/script>');
    expect(out).toContain('<\\/SCRIPT >');
    expect(out).toContain('\\u003c!--<script>');
    expect(out).toContain('a\\u2028b\\u2029c');
  });
  it('is still JSON for the same value', () => {
    expect(JSON.parse(out)).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd([{ a: 1 }, { b: '</' }]))).toEqual([{ a: 1 }, { b: '</' }]);
  });
});

describe('newsArticle', () => {
  it('describes the story with its dates, author, publisher and URL', () => {
    expect(newsArticle({ story, url: 'https://example.org/story/', dateModified: '2026-12-02T09:30:00+01:00' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      description: 'The countries asked.',
      datePublished: '2026-11-28',
      dateModified: '2026-12-02T09:30:00+01:00',
      author: [{ '@type': 'Organization', name: 'Newsroom tools team' }],
      publisher: { '@type': 'Organization', name: 'Newsroom tools team' },
      url: 'https://example.org/story/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/story/' },
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
  });
  it('never dates a change before publication, and takes a publisher when given', () => {
    const article = newsArticle({ story, url: 'https://example.org/', dateModified: '2026-11-20T10:00:00Z', publisher: 'The Newsroom' });
    expect(article.dateModified).toBe('2026-11-28');
    expect(article.publisher).toEqual({ '@type': 'Organization', name: 'The Newsroom' });
    expect(newsArticle({ story, url: 'https://example.org/', dateModified: '2026-11-28' }).dateModified).toBe('2026-11-28');
  });
  it('survives serialisation with hostile text', () => {
    const out = serializeJsonLd(newsArticle({ story: { ...story, title: 'a</script>b' }, url: 'https://example.org/', dateModified: '2026-11-28' }));
    expect(out).not.toContain('</script>');
    expect((JSON.parse(out) as { headline: string }).headline).toBe('a</script>b');
  });
});
