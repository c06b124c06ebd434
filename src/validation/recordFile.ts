/**
 * Reads one record file (YAML, or Markdown with YAML front matter) and keeps the position of
 * every value, so that any problem found later can be reported at its file, line and column.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { describeAliasError } from './messages';
import { MARKDOWN_TOO_DEEP, markdownTooDeep, YAML_TOO_DEEP, yamlTooDeep } from './nesting';
import { pairsOf } from './yamlDocument';
import { parseRecordYaml } from './yamlSyntax';

/** A problem in the content, located for the editor. */
export interface ContentIssue {
  /** Path from the project root, with forward slashes, e.g. `content/events/2025-05-12-kosovo.md`. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the record, e.g. `figures.received.value`; empty for whole-file problems. */
  field: string;
  message: string;
}

export type FieldPath = (string | number)[];

export interface RecordFile {
  /** Project-relative path. */
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML text starts (1 for front matter after `---`). */
  lineOffset: number;
  /** The fields as plain data, before validation; after a YAML syntax error, only what could be read. */
  raw: unknown;
  /** True when the file has YAML syntax errors: `raw` then lacks what they made unreadable. */
  broken: boolean;
  /** Markdown after the front matter ('' for YAML files). */
  body: string;
  /** Line on which the body starts. */
  bodyLine: number;
}

/** Largest record we accept; real records are a few kilobytes. */
export const MAX_RECORD_BYTES = 1_000_000;

/** `figures.received.value`, `figures[0].value`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** Line breaks, tabs, control characters and invisible marks, which would split or hide part of a report line. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const hex = c.codePointAt(0)!.toString(16).toUpperCase();
    return ESCAPES[c] ?? (hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`);
  });
}

/** One line an editor reads: `file:line:column field: message`, with unprintable characters written as escapes. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${printable(issue.file)}:${issue.line}:${issue.column}`;
  return issue.field ? `${where} ${printable(issue.field)}: ${printable(issue.message)}` : `${where} ${printable(issue.message)}`;
}

function wholeFile(file: string, message: string, line = 1, column = 1): ContentIssue {
  return { file, line, column, field: '', message };
}

function lineColumnOfByte(bytes: Buffer, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
  return { line, column: index - lineStart + 1 };
}

/** Index of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const cp = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(i, i + len));
    if (cp === '\ufffd') return i;
    i += len;
  }
  return -1;
}

/**
 * Reads and parses a record file. Returns the record (after YAML syntax errors, with the fields
 * they left sound) and the problems found in reading it. `markdown` files must open with a `---`
 * front matter block.
 */
export function readRecordFile(root: string, file: string, markdown: boolean): { record?: RecordFile; issues: ContentIssue[] } {
  const size = statSync(join(root, file)).size;
  if (size > MAX_RECORD_BYTES) {
    const mb = (size / 1_000_000).toFixed(1);
    return { issues: [wholeFile(file, `the file is ${mb} MB; a record must be under 1 MB (is something pasted in by mistake?)`)] };
  }
  const bytes = readFileSync(join(root, file));
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return { issues: [wholeFile(file, 'the file is empty: expected a record (see the editors\' guide in README.md), or delete the file')] };
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineColumnOfByte(bytes, bad);
    return { issues: [wholeFile(file, 'the file is not valid UTF-8 text here (was it saved in another encoding?); save it as UTF-8', line, column)] };
  }
  let source = bytes.toString('utf8');
  if (source.startsWith('\ufeff')) {
    return { issues: [wholeFile(file, 'the file starts with an invisible byte-order mark; save it as "UTF-8" without BOM')] };
  }
  const cr = source.indexOf('\r');
  if (cr >= 0) {
    const { line, column } = lineColumnOfByte(bytes, Buffer.byteLength(source.slice(0, cr)));
    return { issues: [wholeFile(file, 'the file has Windows line endings (CR LF); save it with Unix line endings (LF)', line, column)] };
  }

  let yamlText = source;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  if (markdown) {
    const lines = source.split('\n');
    if (lines[0] !== '---') {
      return { issues: [wholeFile(file, 'expected the file to start with a line "---", then the record\'s fields, then another "---" line, then the text')] };
    }
    const close = lines.indexOf('---', 1);
    if (close < 0) {
      return { issues: [wholeFile(file, 'expected a second "---" line closing the fields at the top of the file, found none')] };
    }
    yamlText = lines.slice(1, close).join('\n');
    lineOffset = 1;
    body = lines.slice(close + 1).join('\n');
    // The line after the closing "---", or that line itself when the file ends there.
    bodyLine = Math.min(close + 2, lines.length);
  }

  // Deeply nested text would make the parsers below run out of stack or take minutes.
  const deepFields = yamlTooDeep(yamlText);
  if (deepFields) return { issues: [wholeFile(file, YAML_TOO_DEEP, deepFields.line + lineOffset, deepFields.column)] };
  const deepText = markdownTooDeep(body);
  if (deepText) return { issues: [wholeFile(file, MARKDOWN_TOO_DEEP, deepText.line + bodyLine - 1, deepText.column)] };

  const { doc, lineCounter, problems, doubtful } = parseRecordYaml(yamlText);
  const issues = problems.map((p) => wholeFile(file, p.message, p.line + lineOffset, p.column));
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // yaml throws for an alias with no anchor before it, or for aliases repeating values too often.
    if (e instanceof ReferenceError) {
      const alias = describeAliasError(doc, e.message);
      const { line, col } = lineCounter.linePos(alias.offset);
      return { issues: [...issues, wholeFile(file, alias.message, line + lineOffset, col)] };
    }
    // A document too broken to read as data: its syntax errors are all there is to report.
    if (issues.length) return { issues };
    throw e;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: issues.length ? issues : [wholeFile(file, 'expected fields written as "name: value" lines', 1 + lineOffset)] };
  }
  // What the syntax errors left in doubt is not checked until they are fixed; the rest is.
  for (const key of doubtful) delete (raw as Record<string, unknown>)[key];
  return { record: { file, doc, lineCounter, lineOffset, raw, broken: issues.length > 0, body, bodyLine }, issues };
}

/**
 * Where the value at `path` is written in the file (or its field name, with `atKey`). A missing
 * field points at the group of fields it is missing from.
 */
export function positionOf(record: RecordFile, path: FieldPath, atKey = false): { line: number; column: number } {
  let node: unknown = record.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      const key = pair.key as Node;
      const last = i === path.length - 1;
      // A block of fields is pointed at by its name: the line an editor looks for.
      const block = (isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow;
      // An empty value ("name:") has no text of its own: point at the field's name.
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      if ((last && (atKey || block || empty)) || pair.value === null || (pair.value as Node).range === undefined) {
        offset = key.range?.[0] ?? offset;
        if (last || pair.value === null) break;
      }
      next = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
      if (next === undefined) break;
    } else {
      break;
    }
    node = next;
    offset = (node as Node).range?.[0] ?? offset;
  }
  const pos = record.lineCounter.linePos(offset);
  return { line: pos.line + record.lineOffset, column: pos.col };
}

/** Issues in the order an editor reads them: by file, then line, then column. */
export const byPosition = (a: ContentIssue, b: ContentIssue) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);

/** An issue located at a field of a record. */
export function issueAt(record: RecordFile, path: FieldPath, message: string, atKey = false): ContentIssue {
  const { line, column } = positionOf(record, path, atKey);
  return { file: record.file, line, column, field: formatPath(path), message };
}

/** The raw value at a path, before validation. */
export function rawValueAt(raw: unknown, path: FieldPath): unknown {
  let value = raw;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[seg];
  }
  return value;
}
