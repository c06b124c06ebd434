import { describe, expect, it } from 'vitest';
import { RelativePath } from './pathText';

/** Reads relative path data back to absolute points, as a browser would. */
function absolute(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0, y = 0, sx = 0, sy = 0;
  for (const [, letter, body] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (letter === 'z') { x = sx; y = sy; continue; }
    const n = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < n.length; i += 2) {
      x += n[i]; y += n[i + 1];
      if (letter === 'm' && i === 0) { sx = x; sy = y; rings.push([]); }
      rings.at(-1)!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return rings;
}

describe('relative path data', () => {
  it('rounds every point to the grid first, so a long line does not drift', () => {
    const p = new RelativePath(1);
    p.moveTo(0.04, 0);
    for (let i = 1; i <= 100; i++) p.lineTo(i * 1.04, i * 0.26);
    const points = absolute(p.take()!)[0];
    expect(points).toHaveLength(101);
    expect(points.at(-1)).toEqual([104, 26]);
    expect(points[37]).toEqual([Math.round(37 * 10.4) / 10, Math.round(37 * 2.6) / 10]);
  });
  it('starts each ring from where the one before closed, and drops points that round onto the last', () => {
    const p = new RelativePath(0);
    p.moveTo(10, 10); p.lineTo(20, 10); p.lineTo(20.2, 10.1); p.lineTo(20, 20); p.closePath();
    p.moveTo(30, 5); p.lineTo(35, -5); p.closePath();
    const d = p.take()!;
    expect(d).toBe('m10,10 10,0 0,10zm20-5 5-10z');
    expect(absolute(d)).toEqual([[[10, 10], [20, 10], [20, 20]], [[30, 5], [35, -5]]]);
    expect(p.take()).toBeNull();
  });
});
