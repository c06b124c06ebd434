/**
 * Each family's symbol (d3-shape's filled symbols), so a family never depends on colour alone,
 * and how a symbol is placed: drawn once in the drawing's defs, then a `<use>` at a percentage of
 * the box's width (its x and y; an SVG transform cannot take a percentage).
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
 * The symbols one drawing uses, each drawn once in its `<defs>` (id `<drawing id>-sym-<name>`) and
 * placed with `<use>`: a symbol is one element wherever it sits, and a story's states share it.
 */
export interface SymbolDefs {
  /** The address of the symbol's path, drawn into the defs the first time it is asked for. */
  ref(name: SymbolName, rotate: number): string;
}

export function symbolDefs(defs: Element, id: string): SymbolDefs {
  const made = new Set<string>();
  return {
    ref(name, rotate) {
      const key = `${id}-sym-${name}${rotate ? `-${rotate}` : ''}`;
      if (!made.has(key)) {
        el(defs, 'path', { id: key, d: symbolPath(name), transform: rotate ? `rotate(${rotate})` : undefined });
        made.add(key);
      }
      return `#${key}`;
    },
  };
}

/** The family's symbol centred at (x, y): x a percentage of the box (marks) or px (the legend). */
export function drawSymbol(symbols: SymbolDefs, parent: Element, family: FamilyId, x: string | number, y: number, className = 'symbol'): void {
  const f = FAMILY_SYMBOLS[family];
  if (f.symbol === 'rule') return;
  el(parent, 'use', { class: className, href: symbols.ref(f.symbol, f.rotate), x, y });
}
