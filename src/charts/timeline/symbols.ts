/**
 * Each family's symbol (d3-shape's filled symbols), so a family never depends on colour alone,
 * and how a symbol is placed: at a percentage of the box's width, through a nested `<svg>` whose
 * own origin is that point (an SVG transform cannot take a percentage).
 */
import {
  symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { FamilyId } from '../../derive/timeline';
import { el } from '../svg';

/** The filled symbols of d3-shape (`symbolsFill`), by name; `rule` is the milestone's vertical line. */
type SymbolName = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';

/**
 * Each family's mark, so a family never depends on colour alone, and the degrees it is turned:
 * the cross turned 45° reads as "×".
 */
export const FAMILY_SYMBOLS: Record<FamilyId, { symbol: SymbolName | 'rule'; rotate: number }> = {
  asks: { symbol: 'circle', rotate: 0 },
  documents: { symbol: 'square', rotate: 0 },
  yes: { symbol: 'triangle', rotate: 0 },
  no: { symbol: 'cross', rotate: 45 },
  moved: { symbol: 'diamond', rotate: 0 },
  money: { symbol: 'star', rotate: 0 },
  other: { symbol: 'wye', rotate: 0 },
  milestone: { symbol: 'rule', rotate: 0 },
};

const SYMBOLS: Record<SymbolName, { type: SymbolType; size: number }> = {
  circle: { type: symbolCircle, size: 64 },
  square: { type: symbolSquare, size: 54 },
  triangle: { type: symbolTriangle, size: 70 },
  cross: { type: symbolCross, size: 60 },
  diamond: { type: symbolDiamond, size: 62 },
  star: { type: symbolStar, size: 84 },
  wye: { type: symbolWye, size: 70 },
};

const paths = new Map<SymbolName, string>();
function symbolPath(name: SymbolName): string {
  if (!paths.has(name)) paths.set(name, symbol(SYMBOLS[name].type, SYMBOLS[name].size).digits(1)() ?? '');
  return paths.get(name)!;
}

/**
 * A point of the drawing as its own origin: a nested `<svg>` at (x, y), x a percentage of the box
 * or px, showing what is drawn around its origin (overflow visible; its 1 px size only keeps it
 * rendered, a zero size would not be).
 */
export function pointAt(parent: Element, x: string | number, y: number, className?: string): SVGSVGElement {
  return el(parent, 'svg', { class: className ? `at ${className}` : 'at', x, y, width: 1, height: 1, overflow: 'visible' });
}

/** The family's symbol centred at (x, y): x a percentage of the box (marks) or px (the legend). */
export function drawSymbol(parent: Element, family: FamilyId, x: string | number, y: number, className = 'symbol'): void {
  const f = FAMILY_SYMBOLS[family];
  if (f.symbol === 'rule') return;
  el(pointAt(parent, x, y), 'path', { class: className, d: symbolPath(f.symbol), transform: f.rotate ? `rotate(${f.rotate})` : undefined });
}
