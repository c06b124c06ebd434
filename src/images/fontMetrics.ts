/**
 * Text widths from a TrueType/OpenType font's own advance widths (read with fontkit), so that the
 * social cards can wrap titles the way the rasteriser will draw them. Kerning is left out, which
 * makes widths a little generous: a line measured to fit, fits.
 */
import { create } from 'fontkit';

export interface FontMetrics {
  /** Width of `text` at `size` px. */
  width: (text: string, size: number) => number;
}

export function fontMetrics(file: Uint8Array): FontMetrics {
  const font = create(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  if (!('glyphForCodePoint' in font)) throw new Error('font: expected one font, found a collection');
  const widths = new Map<number, number>();
  return {
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const code = ch.codePointAt(0)!;
        let w = widths.get(code);
        if (w === undefined) widths.set(code, (w = font.glyphForCodePoint(code).advanceWidth));
        units += w;
      }
      return (units * size) / font.unitsPerEm;
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
