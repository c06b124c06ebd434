/**
 * The source line under a chart, built from the records' sources: "Source: State Department
 * cables and a DHS memo, via The New York Times".
 */
import type { Source } from '../model/schema';
import { formatList } from './list';

const KIND_WORDS: Record<Source['kind'], [string, string]> = {
  article: ['an article', 'articles'],
  'diplomatic-cable': ['a State Department cable', 'State Department cables'],
  'dhs-memo': ['a DHS memo', 'DHS memos'],
  'diplomatic-note': ['a diplomatic note', 'diplomatic notes'],
  report: ['a government report', 'government reports'],
  statement: ['a statement', 'statements'],
  interview: ['an interview', 'interviews'],
};


/** "Source: …" for the given source ids; `all` resolves `reported_in`. */
export function sourceLine(ids: Iterable<string>, all: Source[]): string {
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
    const words = [...kinds].map(([kind, n]) => KIND_WORDS[kind][n === 1 ? 0 : 1]);
    parts.push(`${formatList(words).replace(/^./, (c) => c.toUpperCase())}, via ${outlet}`);
    direct.delete(outlet);
  }
  parts.push(...direct);
  return `Source${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}`;
}
