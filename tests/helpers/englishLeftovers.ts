/**
 * English left on a page of another edition: every piece of literal text in the English catalogue
 * (src/words/catalogue/en.ts) that the page shows a reader, in its text or in the attributes a
 * reader meets (alt, title, aria-label, placeholder, a meta description). Not leftovers: text inside
 * an element marked as another language (a quote given as said, `lang="en"`, the language switch's
 * "English"), words quoted as said ("sensitive" ("delicado")), proper names, code (an embed
 * snippet), file names and addresses; nor a piece the other language writes alike ("CSV", "Cables").
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { en } from '../../src/words/catalogue/en';
import { es } from '../../src/words/catalogue/es';

/** The literal pieces of a message, in every branch of its plurals and selects. */
function literals(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === TYPE.literal) out.push(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) literals(option.value, out);
    if (e.type === TYPE.tag) literals(e.children, out);
  }
  return out;
}

const pieces = (catalogue: Record<string, string>) =>
  Object.values(catalogue).flatMap((m) => literals(parse(m, { ignoreTag: true })))
    .flatMap((text) => text.split(/[():;,.·—–]|\s-\s/))
    .map((t) => t.trim())
    .filter((t) => /\p{L}{2}/u.test(t));

/**
 * The English catalogue's pieces worth looking for: two letters or more, not also a piece of the
 * Spanish catalogue, and a single word only when Spanish has no such word (`spanishText`: more
 * Spanish to learn its words from, such as the translated records).
 */
export function englishPieces(spanishText: string[] = []): string[] {
  const spanish = new Set(pieces(es));
  // The records' Spanish without their YAML keys (`status_note:`), which are English words.
  const text = spanishText.map((t) => t.replace(/^[\s-]*[\w.-]+:/gm, ' '));
  const words = new Set([...pieces(es), ...text].join(' ').toLocaleLowerCase('es').split(/[^\p{L}]+/u));
  return [...new Set(pieces(en))]
    .filter((p) => !spanish.has(p) && (/\s/.test(p) || !words.has(p.toLocaleLowerCase('es'))))
    .sort((a, b) => b.length - a.length);
}

const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];

/** What a reader of the page meets in its language: text and read attributes, outside other-language elements. */
export function readerText(html: string, pageLang: string): string[] {
  const out: string[] = [];
  const walk = (nodes: ChildNode[], inOther: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (!inOther && node.data.trim()) out.push(node.data);
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const el = node as Element;
        if (['script', 'style', 'code', 'pre', 'textarea'].includes(el.name)) continue;
        const lang = el.attribs.lang;
        const other = inOther || (lang !== undefined && lang !== pageLang && el.name !== 'html');
        if (!other) {
          for (const a of READ_ATTRIBUTES) if (el.attribs[a]) out.push(el.attribs[a]);
          if (el.name === 'meta' && /^(description|og:description|og:title|twitter:title|twitter:description)$/.test(el.attribs.name ?? el.attribs.property ?? '')) out.push(el.attribs.content ?? '');
        }
        walk(el.children, other);
      }
    }
  };
  walk(parseDocument(html).children, false);
  return out;
}

/** Quoted words, addresses and file names: "as said", «dicho», https://…, countries.csv. */
const NOT_PROSE = /"[^"]*"|“[^”]*”|«[^»]*»|\bhttps?:\/\/\S+|[\w./-]+\.(?:csv|json|png|svg|xml|js)\b/gu;

/**
 * The English pieces found in `html` (a page whose language is `pageLang`), each with where it
 * was; `names` are proper names, which are what they are in every language.
 */
export function englishLeftovers(html: string, pageLang: string, english = englishPieces(), names: string[] = []): string[] {
  let text = readerText(html, pageLang).join('\n').replace(/\s+/g, ' ').replace(NOT_PROSE, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) text = text.replaceAll(name, ' ');
  const found: string[] = [];
  for (const piece of english) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (at) found.push(`“${piece}” in “…${text.slice(Math.max(0, at.index - 40), at.index + piece.length + 40)}…”`);
  }
  return found;
}
