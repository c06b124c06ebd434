/**
 * How deeply a record's text nests, measured before a parser reads it: the YAML parser runs out
 * of stack, and the Markdown parser takes minutes, on fields, quotes, lists or steps nested
 * thousands deep, which no record needs.
 */

/** The deepest nesting a record may have; real records nest a few levels. */
export const MAX_NESTING = 32;

export const YAML_TOO_DEEP = `the fields are nested more than ${MAX_NESTING} levels deep here (indentation, dashes or brackets inside each other); a record needs a few levels at most: check the brackets and the indentation`;
export const MARKDOWN_TOO_DEEP = `the text is nested more than ${MAX_NESTING} levels deep here (quotes, lists, steps, brackets or runs of * and _ inside each other); write it with a few levels at most`;

/** A place in the text given, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** Counts indentation levels: a line indented deeper than the one before opens a level. */
function indentation(): (indent: number) => number {
  const open: number[] = [];
  return (indent) => {
    while (open.length && open[open.length - 1] >= indent) open.pop();
    open.push(indent);
    return open.length;
  };
}

/** A dash, ? or : that opens a nested value at the start of a line. */
const YAML_MARKER = /[-?:](?:[ \t]+|$)/y;

/** Where YAML text first nests deeper than the limit, counting indentation, dashes and brackets together. */
export function yamlTooDeep(text: string): Place | undefined {
  const level = indentation();
  let flow = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let at = /^[ \t]*/.exec(line)![0].length;
    if (at === line.length) continue;
    let block = level(at);
    if (block + flow > MAX_NESTING) return { line: i + 1, column: at + 1 };
    for (YAML_MARKER.lastIndex = at; YAML_MARKER.exec(line); at = YAML_MARKER.lastIndex) {
      if (++block + flow > MAX_NESTING) return { line: i + 1, column: at + 1 };
    }
    for (let c = at; c < line.length; c++) {
      const ch = line[c];
      if (ch === '[' || ch === '{') {
        if (block + ++flow > MAX_NESTING) return { line: i + 1, column: c + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    }
  }
  return undefined;
}

/** A quote marker, or a list item's bullet or number, at the start of a line. */
const MARKER = /(?:>[ \t]?|(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$))/y;
/** A line of three or more *, - or _ only: a rule, not emphasis or a list. */
const RULE = /^[ \t]*([*_-])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Where Markdown first nests deeper than the limit: quotes, lists and `:::` steps inside each
 * other, brackets inside brackets (links, directives' labels), or a run of * or _ (emphasis).
 */
export function markdownTooDeep(text: string): Place | undefined {
  const level = indentation();
  let steps = 0;
  let brackets = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A blank line ends a paragraph, and the brackets open in it.
    if (!line.trim()) {
      brackets = 0;
      continue;
    }
    if (RULE.test(line)) continue;
    const fence = /^[ \t]*:{3,}[ \t]*([A-Za-z])?/.exec(line);
    if (fence) steps = fence[1] ? steps + 1 : Math.max(0, steps - 1);
    let at = /^[ \t]*/.exec(line)![0].length;
    let depth = level(at) + steps;
    if (depth > MAX_NESTING) return { line: i + 1, column: at + 1 };
    for (MARKER.lastIndex = at; MARKER.exec(line); at = MARKER.lastIndex) {
      if (++depth > MAX_NESTING) return { line: i + 1, column: at + 1 };
    }
    let run = 0;
    for (let c = at; c < line.length; c++) {
      const ch = line[c];
      run = (ch === '*' || ch === '_') && line[c - 1] === ch ? run + 1 : 1;
      if (ch === '\\') c++;
      else if (ch === '[') brackets++;
      else if (ch === ']' && brackets > 0) brackets--;
      if (depth + brackets > MAX_NESTING || ((ch === '*' || ch === '_') && run > MAX_NESTING)) return { line: i + 1, column: c + 1 };
    }
  }
  return undefined;
}
