/**
 * Building SVG through an injected document, so charts run at build time (linkedom) and in a
 * browser alike. Numbers are rounded to 0.1 px, so output is stable and small.
 */
import type { ChartOptions } from './types';

const SVG = 'http://www.w3.org/2000/svg';

export type Attrs = Record<string, string | number | undefined | null | false>;

/** Rounds a coordinate for output. */
export const r = (n: number) => Math.round(n * 10) / 10;

/** Appends a new SVG element to `parent`, with attributes and optional text. */
export function el<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attrs: Attrs = {}, text?: string): SVGElementTagNameMap[K] {
  const node = parent.ownerDocument.createElementNS(SVG, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(key, typeof value === 'number' ? String(r(value)) : value);
  }
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

/**
 * A chart's root: as wide as its box (`width="100%"`) and a fixed height in CSS pixels, with no
 * viewBox, so nothing scales: text stays at its CSS size at every width while horizontal positions
 * in percent stretch with the box. The layout is worked out at `options.width`, the narrowest box
 * the chart must fit (see {@link FLUID_MIN_WIDTH}); every wider box only adds room. role="img", a
 * title and a description name it for screen readers.
 */
export function fluidRoot(options: ChartOptions, height: number, className: string): SVGSVGElement {
  const { document, width, id, title, description } = options;
  const svg = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  svg.setAttribute('xmlns', SVG);
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', String(r(height)));
  svg.setAttribute('class', `chart ${className}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  svg.setAttribute('data-layout-width', String(r(width)));
  el(svg, 'title', { id: `${id}-title` }, title);
  el(svg, 'desc', { id: `${id}-desc` }, description);
  return svg;
}

/**
 * How tall a drawing made by {@link fluidRoot} is in a box `width` CSS pixels wide, from its SVG
 * text: its `height`, the same at every width, unless it grows with its width (the map sets
 * `data-height-per-width`, from its `data-layout-width`).
 */
export function fluidHeight(svg: string, width: number): number {
  const tag = /^\s*<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
  const perWidth = attr('data-height-per-width');
  return attr('height') + (Number.isFinite(perWidth) ? perWidth * (width - attr('data-layout-width')) : 0);
}

/**
 * The narrowest box a fluid chart is laid out for, in CSS pixels: a 300 px embed less its padding,
 * and a 320 px phone less the page's margins. A label that fits here fits in every wider box.
 */
export const FLUID_MIN_WIDTH = 280;

/** A fraction of the chart's width (0–1) as an SVG percentage: "42.5%". */
export const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;

/**
 * Items of the given widths set left to right, a new row when the next would pass `maxWidth`
 * (never before the first of a row), `gap` pixels apart: each item's x and row, and how many rows.
 */
export function flowRows<T>(items: readonly T[], widthOf: (item: T) => number, maxWidth: number, gap: number) {
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const w = widthOf(item);
    if (x > 0 && x + w > maxWidth) [x, row] = [0, row + 1];
    const at = { item, x, row };
    x += w + gap;
    return at;
  });
  return { placed, rows: row + 1 };
}

/** Rough width of a text in the charts' sans-serif font, for layout without measuring the DOM. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[il.,:;'|!]/.test(ch) ? 0.3 : /[A-Zmw]/.test(ch) ? 0.78 : ch === ' ' ? 0.3 : 0.56;
  return units * fontSize;
}
