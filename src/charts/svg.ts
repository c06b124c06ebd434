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
 * The chart's root: a viewBox that scales, role="img", and a title and description that name it
 * for screen readers.
 */
export function svgRoot(options: ChartOptions, height: number, className: string): SVGSVGElement {
  const { document, width, id, title, description } = options;
  const svg = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  svg.setAttribute('xmlns', SVG);
  svg.setAttribute('viewBox', `0 0 ${r(width)} ${r(height)}`);
  svg.setAttribute('width', String(r(width)));
  svg.setAttribute('height', String(r(height)));
  svg.setAttribute('class', `chart ${className}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  el(svg, 'title', { id: `${id}-title` }, title);
  el(svg, 'desc', { id: `${id}-desc` }, description);
  return svg;
}

/** Rough width of a text in the charts' sans-serif font, for layout without measuring the DOM. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[il.,:;'|!]/.test(ch) ? 0.3 : /[A-Zmw]/.test(ch) ? 0.78 : ch === ' ' ? 0.3 : 0.56;
  return units * fontSize;
}
