/**
 * An Atom 1.0 feed (RFC 4287) as a string. Every text is escaped; the feed's `updated` is the
 * newest entry's, never the clock, so the same records always give the same bytes.
 */
import { escapeXml } from '../util/xml';


/** An RFC 3339 date-time: a day `YYYY-MM-DD` becomes midnight UTC; a date-time is kept. */
export function atomDate(dayOrDateTime: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dayOrDateTime)) return `${dayOrDateTime}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(dayOrDateTime)) return dayOrDateTime;
  throw new Error(`expected a day YYYY-MM-DD or an RFC 3339 date-time, found "${dayOrDateTime}"`);
}

/**
 * A tag: URI (RFC 4151), an id that stays the same when the site moves: `tag:<authority>,<date>:<specific>`.
 * `authority` is a domain name (or e-mail address) the publisher held on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 */
export function tagUri(authority: string, date: string, specific: string): string {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) throw new Error(`expected a tag date YYYY[-MM[-DD]], found "${date}"`);
  const safe = specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) => encodeURIComponent(c));
  return `tag:${authority.toLowerCase()},${date}:${safe}`;
}

export interface AtomEntry {
  /** A permanent id, e.g. a {@link tagUri}. */
  id: string;
  title: string;
  /** A day or date-time; see {@link atomDate}. */
  updated: string;
  published?: string;
  /** Plain text. */
  content: string;
  summary?: string;
  /** The absolute URL where the entry's subject appears. */
  link: string;
  category?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own absolute URL (rel="self"). */
  self: string;
  /** The site's absolute URL (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string };
  entries: AtomEntry[];
  /** The feed's `updated` when it has no entries; otherwise the newest entry's date is used. */
  emptyUpdated?: string;
  /** The language of the feed's text (`xml:lang`), a BCP 47 tag; English when not given. */
  lang?: string;
}

const instant = (d: string) => Date.parse(atomDate(d));

/** Entries newest first; entries of the same instant by id, so the order never depends on input order. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => instant(b.updated) - instant(a.updated) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const el = (indent: string, name: string, text: string, attrs = '') => `${indent}<${name}${attrs}>${escapeXml(text)}</${name}>`;
const link = (indent: string, rel: string, href: string, type?: string) =>
  `${indent}<link rel="${rel}"${type ? ` type="${escapeXml(type)}"` : ''} href="${escapeXml(href)}"/>`;

/** The feed as an XML document, entries newest first. */
export function atomFeed(feed: AtomFeed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries.length ? atomDate(entries[0].updated) : feed.emptyUpdated && atomDate(feed.emptyUpdated);
  if (!updated) throw new Error('a feed without entries needs emptyUpdated');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang ?? 'en')}">`,
    el('  ', 'id', feed.id),
    el('  ', 'title', feed.title),
    ...(feed.subtitle ? [el('  ', 'subtitle', feed.subtitle)] : []),
    el('  ', 'updated', updated),
    link('  ', 'self', feed.self, 'application/atom+xml'),
    link('  ', 'alternate', feed.alternate, 'text/html'),
    '  <author>',
    el('    ', 'name', feed.author.name),
    ...(feed.author.uri ? [el('    ', 'uri', feed.author.uri)] : []),
    '  </author>',
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      el('    ', 'id', e.id),
      el('    ', 'title', e.title, ' type="text"'),
      el('    ', 'updated', atomDate(e.updated)),
      ...(e.published ? [el('    ', 'published', atomDate(e.published))] : []),
      link('    ', 'alternate', e.link, 'text/html'),
      ...(e.category ? [`    <category term="${escapeXml(e.category)}"/>`] : []),
      ...(e.summary ? [el('    ', 'summary', e.summary, ' type="text"')] : []),
      el('    ', 'content', e.content, ' type="text"'),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
