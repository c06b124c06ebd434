/**
 * A record's YAML, read without the yaml library's slow paths on huge files: duplicate fields are
 * found in one pass (yaml compares each field with every other: 90,000 fields took minutes), a
 * map's fields are looked up by name through an index, and syntax errors are made without stacks.
 */
import { isPair, isScalar, parseDocument, visit, YAMLParseError, type Document, type LineCounter, type Pair, type YAMLMap } from 'yaml';

/** Parses YAML text as `parseDocument` with unique keys would, with its errors in text order. */
export function parseYaml(text: string, lineCounter: LineCounter): Document {
  // yaml makes an Error, stack and all, for each syntax error: a megabyte of "]" makes a million.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document;
  try {
    // logLevel 'error': yaml would otherwise print a Node warning (a field name that is a list) around the report.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map: (_, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const at = pair.key.range?.[0] ?? 0;
        if (seen.has(pair.key.value)) duplicates.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        seen.add(pair.key.value);
      }
    },
  });
  if (duplicates.length) doc.errors = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
  return doc;
}

const pairsByName = new WeakMap<YAMLMap, Map<string, Pair>>();

/** A map's fields by name (the first of each), indexed once per map. */
export function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = pairsByName.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
    pairsByName.set(map, pairs);
  }
  return pairs;
}
