/**
 * YAML syntax errors as an editor can act on them: every mistake in the file, each at the line
 * where it is written, without the parser's echoes of it. The rest of the file is read again
 * without the lines in error, so that it can still be checked in the same run.
 */
import { isMap, isScalar, LineCounter, type Document, type YAMLError } from 'yaml';
import { parseYaml } from './yamlDocument';
import { describeYamlError } from './messages';

export interface SyntaxProblem {
  /** Line and column in the YAML text (1-based). */
  line: number;
  column: number;
  message: string;
}

export interface SyntaxReading {
  problems: SyntaxProblem[];
  /** Top-level fields a syntax error may have cut short or swallowed: their values are not to be trusted. */
  doubtful: Set<string>;
}

export interface YamlReading extends SyntaxReading {
  doc: Document;
  lineCounter: LineCounter;
}

/** Errors that point at a mistake on their own line; the others describe the structure the parser lost. */
const OWN_LINE = new Set(['TAB_AS_INDENT', 'DUPLICATE_KEY', 'BAD_DQ_ESCAPE', 'MISSING_CHAR', 'BAD_SCALAR_START', 'UNCLOSED_FLOW', 'VALUE_WITH_COLON']);
/** Errors after which the line probably belonged to the field above it. */
const INDENTATION = new Set(['TAB_AS_INDENT', 'BAD_INDENT']);

/**
 * Where a quoted value opens without closing on its line. The parser only notices at the end of
 * the file; the editor needs the line where the quotation mark is.
 */
function unclosedQuote(lines: string[]): { line: number; col: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?(?:[\w-]+:\s+)?)(["'])(.*)$/.exec(lines[i]);
    if (!m) continue;
    const [, lead, quote, rest] = m;
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closed) return { line: i + 1, col: lead.length + 1 };
  }
  return undefined;
}

/** Column of the first `[` or `{` on a line that is never closed on it (outside quotes), or 0. */
function openBracket(text: string): number {
  const open: number[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || text[i - 1] === ' ')) break;
    else if (ch === '[' || ch === '{') open.push(i);
    else if ((ch === ']' || ch === '}') && open.length) open.pop();
  }
  return open.length ? open[0] + 1 : 0;
}

/** The line (at or above `before`) where a list or group in brackets opens without closing. */
function unclosedBracket(lines: string[], before: number): { line: number; col: number } | undefined {
  for (let i = Math.min(before, lines.length) - 1; i >= 0; i--) {
    const col = openBracket(lines[i]);
    if (col) return { line: i + 1, col };
  }
  return undefined;
}

/** The error's code and position as the editor should read them. */
function located(err: YAMLError, lines: string[], lineCounter: LineCounter): { code: string; line: number; col: number } {
  const pos = lineCounter.linePos(err.pos[0]);
  if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
    return { code: err.code, ...(unclosedQuote(lines) ?? pos) };
  }
  if (err.code === 'BAD_INDENT' && /end with a [\]}]/.test(err.message)) {
    return { code: 'UNCLOSED_FLOW', ...(unclosedBracket(lines, pos.line) ?? pos) };
  }
  // `name: Testland: the land`: a value with ": " in it reads as a field inside a field.
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test((lines[pos.line - 1] ?? '').slice(pos.col - 1))) {
    return { code: 'VALUE_WITH_COLON', ...pos };
  }
  return { code: err.code, ...pos };
}

/** Reads a parsed document's syntax errors: one per mistake, at its line. */
function readSyntaxErrors(doc: Document, yamlText: string, lineCounter: LineCounter): SyntaxReading {
  const lines = yamlText.split('\n');
  // Top-level fields by the line they start on: an error belongs to the last field starting at or above it.
  const fields = isMap(doc.contents)
    ? doc.contents.items.map((p) => ({ key: isScalar(p.key) ? String(p.key.value) : '', line: lineCounter.linePos((p.key as { range?: number[] } | null)?.range?.[0] ?? 0).line }))
    : [];
  const fieldAt = (line: number) => {
    let index = 0;
    fields.forEach((f, i) => { if (f.line <= line) index = i; });
    return index;
  };
  const problems: SyntaxProblem[] = [];
  const damaged = new Set<number>();
  const reportedLines = new Set<number>();
  for (const err of doc.errors) {
    const { code, line, col } = located(err, lines, lineCounter);
    const field = fieldAt(line);
    // The parser's later complaints about the structure it lost are echoes of the first mistake.
    if (reportedLines.has(line) || (!OWN_LINE.has(code) && damaged.has(field))) continue;
    reportedLines.add(line);
    problems.push({ line, column: col, message: describeYamlError(code, err.message) });
    damaged.add(field);
    if (INDENTATION.has(code) && field > 0 && fields[field]?.line === line) damaged.add(field - 1);
  }
  const doubtful = new Set([...damaged].map((i) => fields[i]?.key).filter((k): k is string => Boolean(k)));
  return { problems, doubtful };
}

function parse(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // Duplicate fields are found in one pass (./yamlDocument.ts), not yaml's field-by-field compare.
  return { doc: parseYaml(text, lineCounter), lineCounter };
}

/**
 * Parses a record's YAML. After a syntax error the file is read again with the lines in error
 * left blank (same length, so every position stays true): when that reads cleanly, everything else
 * the editor wrote is checked as usual; when not, the top-level fields the errors touch are in doubt.
 */
export function parseRecordYaml(text: string): YamlReading {
  const first = parse(text);
  const reading = readSyntaxErrors(first.doc, text, first.lineCounter);
  if (!reading.problems.length) return { ...first, ...reading };
  const bad = new Set(reading.problems.map((p) => p.line));
  const again = parse(text.split('\n').map((line, i) => (bad.has(i + 1) ? ' '.repeat(line.length) : line)).join('\n'));
  if (again.doc.errors.length) return { ...first, ...reading };
  return { ...again, problems: reading.problems, doubtful: new Set() };
}
