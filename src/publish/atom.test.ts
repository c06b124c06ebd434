import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, tagUri, type AtomEntry, type AtomFeed } from './atom';

const entry = (id: string, updated: string, title = id): AtomEntry => ({
  id: `tag:example.org,2026:/${id}`, title, updated, content: `Text of ${id}`, link: `https://example.org/${id}/`,
});

const feed = (entries: AtomEntry[]): AtomFeed => ({
  id: 'tag:example.org,2026:/updates.xml',
  title: 'Updates',
  self: 'https://example.org/updates.xml',
  alternate: 'https://example.org/',
  author: { name: 'Test desk' },
  entries,
});

/** The text of every `<name>` element, unescaped, in document order. */
function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) =>
    m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

describe('atomDate', () => {
  it('turns a day into midnight UTC and keeps date-times', () => {
    expect(atomDate('2026-11-28')).toBe('2026-11-28T00:00:00Z');
    expect(atomDate('2026-11-28T18:19:18+01:00')).toBe('2026-11-28T18:19:18+01:00');
    expect(() => atomDate('2026-11')).toThrow(/expected a day/);
  });
});

describe('tagUri', () => {
  it('builds a tag: URI and percent-encodes what a tag may not hold', () => {
    expect(tagUri('Example.org', '2026', '/corrections/country/beta/2026-11-30')).toBe('tag:example.org,2026:/corrections/country/beta/2026-11-30');
    expect(tagUri('example.org', '2026-11-28', 'a b#c')).toBe('tag:example.org,2026-11-28:a%20b%23c');
    expect(() => tagUri('example.org', '26', 'x')).toThrow(/tag date/);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed(feed([
    entry('older', '2026-11-01'),
    entry('newest', '2026-12-02T09:30:00+01:00'),
    entry('b-same-day', '2026-11-20'),
    entry('a-same-day', '2026-11-20', 'Fish & chips <"quoted"> it\'s'),
  ]));

  it('is an Atom 1.0 document with the required feed elements', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
    const head = xml.slice(0, xml.indexOf('<entry>'));
    expect(texts(head, 'id')).toEqual(['tag:example.org,2026:/updates.xml']);
    expect(texts(head, 'title')).toEqual(['Updates']);
    expect(head).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/updates.xml"/>');
    expect(head).toContain('<link rel="alternate" type="text/html" href="https://example.org/"/>');
    expect(head).toMatch(/<author>\s*<name>Test desk<\/name>\s*<\/author>/);
  });
  it('is updated when its newest entry is, never by the clock', () => {
    expect(texts(xml.slice(0, xml.indexOf('<entry>')), 'updated')).toEqual(['2026-12-02T09:30:00+01:00']);
    expect(atomFeed(feed([entry('x', '2020-01-01')]))).toContain('<updated>2020-01-01T00:00:00Z</updated>');
  });
  it('lists entries newest first, same-day entries by id, each with id, title, updated, link and content', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries.map((e) => texts(e, 'id')[0])).toEqual([
      'tag:example.org,2026:/newest', 'tag:example.org,2026:/a-same-day', 'tag:example.org,2026:/b-same-day', 'tag:example.org,2026:/older',
    ]);
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'content']) expect(texts(e, name)).toHaveLength(1);
      expect(e).toMatch(/<link rel="alternate" type="text\/html" href="https:\/\/example\.org\/[a-z-]+\/"\/>/);
    }
    expect(texts(entries[3], 'updated')).toEqual(['2026-11-01T00:00:00Z']);
  });
  it('escapes every text, so the document stays well-formed', () => {
    expect(xml).toContain('<title type="text">Fish &amp; chips &lt;&quot;quoted&quot;&gt; it&apos;s</title>');
    expect(texts(xml, 'title')).toContain('Fish & chips <"quoted"> it\'s');
    // No raw markup character inside any element's text or attribute.
    for (const m of xml.matchAll(/>([^<]*)</g)) expect(m[1]).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos);)/);
    for (const m of xml.matchAll(/="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<"]|&(?!(?:amp|lt|gt|quot|apos);)/);
  });
  it('gives the same bytes whatever the input order', () => {
    const entries = [entry('one', '2026-01-01'), entry('two', '2026-01-01'), entry('three', '2026-02-01')];
    expect(atomFeed(feed([...entries].reverse()))).toBe(atomFeed(feed(entries)));
  });
  it('needs a date when it has no entries', () => {
    expect(() => atomFeed(feed([]))).toThrow(/emptyUpdated/);
    expect(atomFeed({ ...feed([]), emptyUpdated: '2026-11-28' })).toContain('<updated>2026-11-28T00:00:00Z</updated>');
  });
});
