/**
 * Where an element of a chart's drawing sits in one state compared with another: the arithmetic
 * of ./stateDrawing.ts's moves. Lengths are pixels and percentages (of the drawing's width or
 * height), as chart attributes write them, and a move is written as a CSS `translate()`.
 */
import type { Tag } from './svgTree';

/** Attributes that place an element: a change in them alone is a move. */
export const X_ATTRS = ['x', 'x1', 'x2', 'cx'];
export const Y_ATTRS = ['y', 'y1', 'y2', 'cy'];
export const POSITION = new Set([...X_ATTRS, ...Y_ATTRS, 'dx', 'dy', 'transform']);
/** A length as the attributes write it: a number of pixels and a percentage. */
export interface Offset { px: number; pct: number }
export type Move = { x: Offset; y: Offset };

/** How far `tag` sits from `base`: the same x difference for every x attribute, likewise y. */
export function difference(base: Tag, tag: Tag): Move {
  const axis = (names: string[], shift: string): Offset => {
    let found: Offset | undefined;
    for (const name of names) {
      if (base.attribs[name] === undefined && tag.attribs[name] === undefined) continue;
      const d = minus(length(tag.attribs[name]), length(base.attribs[name]));
      if (found && (found.px !== d.px || found.pct !== d.pct)) throw new Error(`mergeStates: <${tag.name}> moves its ${names.join('/')} unevenly`);
      found = d;
    }
    const byShift = minus(length(tag.attribs[shift]), length(base.attribs[shift]));
    const byTransform = translation(tag.attribs.transform);
    const from = translation(base.attribs.transform);
    return { px: (found?.px ?? 0) + byShift.px + byTransform[shift === 'dx' ? 0 : 1] - from[shift === 'dx' ? 0 : 1], pct: (found?.pct ?? 0) + byShift.pct };
  };
  return { x: axis(X_ATTRS, 'dx'), y: axis(Y_ATTRS, 'dy') };
}

export function length(value: string | undefined): Offset {
  if (value === undefined || value === '') return { px: 0, pct: 0 };
  const n = Number.parseFloat(value);
  return value.trim().endsWith('%') ? { px: 0, pct: n } : { px: n, pct: 0 };
}

export function minus(a: Offset, b: Offset): Offset {
  return { px: round(a.px - b.px), pct: round(a.pct - b.pct) };
}

const round = (n: number) => Math.round(n * 100) / 100;

export const TRANSLATE = /^\s*translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)\s*$/;

/** The x and y of a transform that is one `translate()`; any other transform is part of the look, not a move. */
export function translation(transform: string | undefined): [number, number] {
  const m = transform ? TRANSLATE.exec(transform) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** The element's own transform attribute, which a CSS transform replaces: written after the move. */
export function baseTransform(tag: Tag): string {
  const [x, y] = translation(tag.attribs.transform);
  return x || y ? ` translate(${x}px,${y}px)` : '';
}

export function isZero(move: Move): boolean {
  return move.x.px === 0 && move.x.pct === 0 && move.y.px === 0 && move.y.pct === 0;
}

export function sameMoves(a: Map<number, Move> | undefined, b: Map<number, Move> | undefined): boolean {
  if (!a || !b || a.size !== b.size) return false;
  for (const [state, move] of a) {
    const other = b.get(state);
    if (!other || translate(other) !== translate(move)) return false;
  }
  return true;
}

export function translate({ x, y }: Move): string {
  const axis = (o: Offset) => (o.pct && o.px ? `calc(${o.pct}% + ${o.px}px)` : o.pct ? `${o.pct}%` : `${o.px}px`);
  return `translate(${axis(x)},${axis(y)})`;
}
