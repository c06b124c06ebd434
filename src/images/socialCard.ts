/**
 * A social card as one SVG: a rule, the title and takeaway at the top, a chart (or a row of big
 * figures) scaled to fit, the source line and the site's credit at the bottom, on white. Text is
 * wrapped with the shipped font's own widths, so what is measured is what is drawn.
 */
import { wrapText, type FontMetrics } from './fontMetrics';
import { escapeXml } from '../util/xml';
import { placeSvg, svgRoot } from './standaloneSvg';

export interface CardPalette {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  accent: string;
}

export interface CardFonts {
  family: string;
  regular: FontMetrics;
  semibold: FontMetrics;
  bold: FontMetrics;
}

export interface CardInput {
  width: number;
  height: number;
  /** A short label above the title (e.g. "Country"). */
  kicker?: string;
  title: string;
  takeaway?: string;
  /** A standalone chart SVG (see standaloneSvg), scaled to fit the space left. */
  chart?: string;
  /** Big numbers, drawn in a row under the takeaway. */
  figures?: { value: string; label: string }[];
  source?: string;
  credit: string;
}


const MARGIN = 56;
const GUTTER = 40;
/** Below this scale a chart's labels are too small to read on the card (see socialCard). */
export const ILLEGIBLE = 0.25;

/** The text column when a tall chart stands beside the text instead of under it. */
const SIDE_COLUMN = 400;

type Part = string;

export function socialCard(input: CardInput, fonts: CardFonts, palette: CardPalette): string {
  const { width: W, height: H } = input;
  const inner = W - 2 * MARGIN;
  const text = (x: number, y: number, content: string, { size, weight = 400, fill = palette.fg, anchor = 'start', spacing }: { size: number; weight?: number; fill?: string; anchor?: string; spacing?: number }): Part =>
    `<text x="${round(x)}" y="${round(y)}" font-family="${escapeXml(fonts.family)}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${spacing ? ` letter-spacing="${spacing}"` : ''}>${escapeXml(content)}</text>`;

  // Bottom: the source line (up to two lines) and the credit, under a hairline.
  const footer: Part[] = [];
  const baseline = H - 30;
  const creditSize = 17;
  const creditWidth = fonts.bold.width(input.credit, creditSize);
  const sourceLines = input.source ? wrapText(input.source, inner - creditWidth - GUTTER, (s) => fonts.regular.width(s, 16), 2) : [];
  const footerTop = baseline - Math.max(1, sourceLines.length) * 21 - 12;
  footer.push(`<rect x="${MARGIN}" y="${footerTop}" width="${inner}" height="1" fill="${palette.rule}"/>`);
  sourceLines.forEach((line, i) => footer.push(text(MARGIN, baseline - (sourceLines.length - 1 - i) * 21, line, { size: 16, fill: palette.muted })));
  footer.push(text(W - MARGIN, baseline, input.credit, { size: creditSize, weight: 700, anchor: 'end' }));
  const bottom = footerTop - 24;

  /**
   * Kicker, title (as large as fits in `titleLines`), takeaway and figures in a column; returns
   * the parts and where they end. With `figuresAbove` the figures are larger, and centred in the
   * space between the text and that line.
   */
  const head = (width: number, titleLines: number, takeawayLines: number, figuresAbove?: number): { parts: Part[]; y: number } => {
    const parts: Part[] = [];
    let y = 39;
    if (input.kicker) {
      y += 30;
      parts.push(text(MARGIN, y, input.kicker.toUpperCase(), { size: 16, weight: 700, fill: palette.muted, spacing: 1.2 }));
      y += 10;
    } else {
      y += 14;
    }
    let size = 44;
    for (const smaller of [40, 36]) {
      if (wrapText(input.title, width, (s) => fonts.bold.width(s, size)).length <= titleLines) break;
      size = smaller;
    }
    for (const line of wrapText(input.title, width, (s) => fonts.bold.width(s, size), titleLines)) {
      y += Math.round(size * 1.12);
      parts.push(text(MARGIN, y, line, { size, weight: 700 }));
    }
    if (input.takeaway) {
      y += 10;
      for (const line of wrapText(input.takeaway, width, (s) => fonts.regular.width(s, 24), takeawayLines)) {
        y += 31;
        parts.push(text(MARGIN, y, line, { size: 24, fill: palette.muted }));
      }
    }
    if (input.figures?.length) {
      const big = figuresAbove !== undefined;
      const valueSize = big ? 72 : 48;
      y = big ? Math.max(y + 28, Math.round((y + figuresAbove - (84 + valueSize)) / 2)) : y + 28;
      const column = Math.min(340, width / input.figures.length);
      input.figures.forEach((f, i) => {
        const x = MARGIN + i * column;
        parts.push(`<rect x="${round(x)}" y="${y}" width="${round(column - 32)}" height="1" fill="${palette.rule}"/>`);
        parts.push(text(x, y + 12 + valueSize, f.value, { size: valueSize, weight: 700 }));
        for (const [n, line] of wrapText(f.label, column - 32, (s) => fonts.semibold.width(s, 18), 2).entries()) {
          parts.push(text(x, y + 42 + valueSize + n * 22, line, { size: 18, weight: 600, fill: palette.muted }));
        }
      });
      y += 84 + valueSize;
    }
    return { parts, y };
  };

  let parts: Part[];
  let chart = '';
  if (!input.chart) {
    // Without a chart the figures are larger, in the middle of the space under the text.
    parts = head(inner, 3, 4, bottom).parts;
  } else {
    // The chart under the text; or, when it is tall enough to be drawn larger that way, beside it.
    const { width: cw, height: ch } = svgRoot(input.chart);
    const stacked = head(inner, 2, 2);
    const stackedTop = stacked.y + 24;
    const stackedScale = Math.min(inner / cw, (bottom - stackedTop) / ch, 1.25);
    const sideTop = 39 + 24;
    const sideWidth = inner - SIDE_COLUMN - GUTTER;
    const sideScale = Math.min(sideWidth / cw, (bottom - sideTop) / ch, 1.25);
    let box: { x: number; y: number; width: number; height: number; scale: number; align: number };
    if (sideScale > stackedScale * 1.2 || bottom - stackedTop < 80) {
      parts = head(SIDE_COLUMN, 5, 7).parts;
      box = { x: MARGIN + SIDE_COLUMN + GUTTER, y: sideTop, width: sideWidth, height: bottom - sideTop, scale: sideScale, align: 1 };
    } else {
      parts = stacked.parts;
      box = { x: MARGIN, y: stackedTop, width: inner, height: bottom - stackedTop, scale: stackedScale, align: 0.5 };
      // A short chart sits in the middle of the space left, not under the text with a void below.
      box.y += Math.max(0, (box.height - ch * box.scale) / 2);
    }
    if (box.height < 60) throw new Error(`socialCard: no room left for the chart under "${input.title}"`);
    // From the top of its box, centred across it (under the text) or against the right margin
    // (beside it); never blown up past 1.25×, so a small chart stays in proportion with the text.
    const w = cw * box.scale;
    const h = ch * box.scale;
    // Shrunk this far (a chart of some 200 countries), its 11–13 px labels would be 3 px or less:
    // the card shows the chart's shape without them, and resvg is spared shaping hundreds of
    // words nobody could read, most of the time such a card takes to draw.
    const drawn = box.scale < ILLEGIBLE ? input.chart.replace(/<text\b[\s\S]*?<\/text>/g, '') : input.chart;
    chart = placeSvg(drawn, { x: round(box.x + (box.width - w) * box.align), y: round(box.y), width: round(w), height: round(h) });
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${palette.bg}"/>`
    + `<rect x="${MARGIN}" y="36" width="${inner}" height="3" fill="${palette.fg}"/>${parts.join('')}${chart}${footer.join('')}</svg>`;
}

const round = (n: number) => Math.round(n * 100) / 100;
