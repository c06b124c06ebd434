/**
 * Text widths from a TrueType/OpenType font's own tables (cmap, hmtx), so that the social cards
 * can wrap titles the way the rasteriser will draw them. Kerning is left out, which makes
 * widths a little generous: a line measured to fit, fits.
 */

export interface FontMetrics {
  /** Width of `text` at `size` px. */
  width: (text: string, size: number) => number;
}

export function fontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const u16 = (at: number) => view.getUint16(at);
  const u32 = (at: number) => view.getUint32(at);
  const tables = new Map<string, number>();
  for (let i = 0, n = u16(4); i < n; i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(font[at], font[at + 1], font[at + 2], font[at + 3]), u32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font: no ${tag} table`);
    return at;
  };
  const unitsPerEm = u16(table('head') + 18);
  const numberOfHMetrics = u16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number) => u16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // The Unicode cmap: format 12 (all planes) if there is one, else format 4 (the BMP).
  const cmap = table('cmap');
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = u16(cmap + 2); i < n; i++) {
    const platform = u16(cmap + 4 + 8 * i);
    const encoding = u16(cmap + 6 + 8 * i);
    const at = cmap + u32(cmap + 8 + 8 * i);
    if (platform === 3 && encoding === 10 && u16(at) === 12) format12 = at;
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (u16(at) === 4 && format4 < 0) format4 = at;
      if (u16(at) === 12 && format12 < 0) format12 = at;
    }
  }
  const glyphOf = (code: number): number => {
    if (format12 >= 0) {
      for (let g = 0, n = u32(format12 + 12); g < n; g++) {
        const at = format12 + 16 + 12 * g;
        if (code >= u32(at) && code <= u32(at + 4)) return u32(at + 8) + code - u32(at);
      }
      return 0;
    }
    if (format4 < 0) throw new Error('font: no Unicode cmap');
    const segments = u16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const offsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      if (code > u16(ends + 2 * s)) continue;
      const start = u16(starts + 2 * s);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const offset = u16(offsets + 2 * s);
      if (offset === 0) return (code + delta) & 0xffff;
      const glyph = u16(offsets + 2 * s + offset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const widths = new Map<number, number>();
  return {
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const code = ch.codePointAt(0)!;
        let w = widths.get(code);
        if (w === undefined) widths.set(code, (w = advance(glyphOf(code))));
        units += w;
      }
      return (units * size) / unitsPerEm;
    },
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces. Past `maxLines`, the last line
 * ends with an ellipsis. A single word wider than a line is left whole.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && measure(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}
