/**
 * The source line under a chart, built from the records' sources: "Source: State Department
 * cables and a DHS memo, via The New York Times".
 */
import type { Source } from '../model/schema';
import { formatList } from './list';
import type { Locale } from './locale';
import { message } from './messages';

/** "Source: …" for the given source ids; `all` resolves `reported_in`. */
export function sourceLine(ids: Iterable<string>, all: Source[], locale: Locale = 'en'): string {
  const byId = new Map(all.map((s) => [s.id, s]));
  const used = [...new Set(ids)].map((id) => byId.get(id)).filter((s): s is Source => Boolean(s));
  const via = new Map<string, Map<Source['kind'], number>>();
  const direct = new Set<string>();
  for (const s of used) {
    const outlet = s.reported_in ? byId.get(s.reported_in) : undefined;
    if (!outlet) {
      direct.add(s.publisher);
      continue;
    }
    const kinds = via.get(outlet.publisher) ?? new Map();
    kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    via.set(outlet.publisher, kinds);
  }
  const parts: string[] = [];
  for (const [outlet, kinds] of via) {
    const words = [...kinds].map(([kind, count]) => message(locale, `sourcePhrase.${kind}`, { count }));
    parts.push(message(locale, 'source.via', { kinds: formatList(words, locale).replace(/^./, (c) => c.toUpperCase()), outlet }));
    direct.delete(outlet);
  }
  parts.push(...direct);
  return message(locale, 'source.line', { count: parts.length, parts: parts.join('; ') });
}
