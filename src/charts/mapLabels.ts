/**
 * Where the map's names go: each label is a point of the map (a share of its width and height)
 * plus an offset in CSS pixels, so text keeps its size at every width; labels are placed band by
 * band (280, 480, 720, 960 px), each checked against the labels, symbols and leader lines already
 * placed at its band's narrowest width and at the widest box (1,280 px), so a label that fits at
 * both fits at every width between: a gap is linear in the width. Labels that must stay are placed
 * at the narrowest band, whatever it costs (the browser test checks today's content for overlaps).
 */

/** The widths from which more names are shown (CSS container queries in map.css). */
export const BANDS = [280, 480, 720, 960] as const;
export type Band = (typeof BANDS)[number];

/** The widest box a map is checked at: wider than the widest figure or embed. */
const WIDEST = 1280;

/** Room kept clear around labels, in CSS pixels. */
const GAP = 2;

/** The drawing: the legend's height in pixels above the geography, and the geography's height over its width. */
export interface Frame { legend: number; aspect: number }

/** A point of the geography as fractions of its width and height. */
export interface Anchor { fx: number; fy: number }

/** A rectangle relative to an anchor, in CSS pixels. */
export interface Rel { x0: number; y0: number; x1: number; y1: number }

/** A leader line relative to an anchor, in CSS pixels. */
export type Segment = [number, number, number, number];

/** A way to place a label: its box and where its text starts, relative to the anchor. */
export interface Candidate {
  box: Rel;
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  leader?: Segment;
}

export interface Request {
  key: string;
  anchor: Anchor;
  candidates: Candidate[];
  /** Shown at every width, even if it overlaps (every highlighted name, the origin). */
  must: boolean;
}

export interface Placement { key: string; anchor: Anchor; candidate: Candidate; band: Band }

interface Obstacle { anchor: Anchor; box: Rel; band: number }
interface Line { anchor: Anchor; seg: Segment; band: number }

const pointAt = (f: Frame, a: Anchor, w: number): [number, number] => [a.fx * w, f.legend + a.fy * f.aspect * w];

/** Whether two anchored boxes are apart by one and the same side at both widths (so at every width between). */
function apart(f: Frame, a: Anchor, ra: Rel, b: Anchor, rb: Rel, from: number): boolean {
  const sep = (w: number) => {
    const [ax, ay] = pointAt(f, a, w);
    const [bx, by] = pointAt(f, b, w);
    return [bx + rb.x0 - (ax + ra.x1), ax + ra.x0 - (bx + rb.x1), by + rb.y0 - (ay + ra.y1), ay + ra.y0 - (by + rb.y1)];
  };
  const [s0, s1] = [sep(from), sep(WIDEST)];
  return s0.some((s, i) => s >= GAP && s1[i] >= GAP);
}

/** Whether an anchored box lies inside the geography at both widths. */
function inside(f: Frame, a: Anchor, r: Rel, from: number): boolean {
  return [from, WIDEST].every((w) => {
    const [x, y] = pointAt(f, a, w);
    return x + r.x0 >= GAP && x + r.x1 <= w - GAP && y + r.y0 >= f.legend + GAP && y + r.y1 <= f.legend + f.aspect * w - GAP;
  });
}

/** Whether the segment from (ax, ay) to (bx, by) passes through the box. */
function crossesBox(ax: number, ay: number, bx: number, by: number, box: Rel): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [[-dx, ax - box.x0], [dx, box.x1 - ax], [-dy, ay - box.y0], [dy, box.y1 - ay]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether an anchored leader crosses an anchored box at either width. */
function lineHits(f: Frame, line: Line, a: Anchor, r: Rel, from: number): boolean {
  return [from, WIDEST].some((w) => {
    const [lx, ly] = pointAt(f, line.anchor, w);
    const [bx, by] = pointAt(f, a, w);
    const [x0, y0, x1, y1] = line.seg;
    return crossesBox(lx + x0, ly + y0, lx + x1, ly + y1, { x0: bx + r.x0, y0: by + r.y0, x1: bx + r.x1, y1: by + r.y1 });
  });
}

/**
 * A candidate moved inward so that it lies inside the geography at `band` (and so at every wider
 * width): a name near the edge is anchored inward rather than cut off.
 */
export function inward(f: Frame, a: Anchor, c: Candidate, band: number): Candidate {
  const [x, y] = pointAt(f, a, band);
  const top = f.legend + GAP;
  const bottom = f.legend + f.aspect * band - GAP;
  const dx = x + c.box.x0 < GAP ? GAP - (x + c.box.x0) : x + c.box.x1 > band - GAP ? band - GAP - (x + c.box.x1) : 0;
  const dy = y + c.box.y0 < top ? top - (y + c.box.y0) : y + c.box.y1 > bottom ? bottom - (y + c.box.y1) : 0;
  if (dx === 0 && dy === 0) return c;
  return { ...c, x: c.x + dx, y: c.y + dy, box: { x0: c.box.x0 + dx, y0: c.box.y0 + dy, x1: c.box.x1 + dx, y1: c.box.y1 + dy } };
}

/**
 * Places the labels: first every one that must stay, at the narrowest band; then, band by band,
 * every other one that fits there without touching a label, symbol or leader shown at that band.
 * `obstacles` are the symbols, and the points of the names that must stay, shown at every width; a
 * label is never kept off its own anchor's obstacle.
 */
export function placeLabels(frame: Frame, requests: Request[], obstacles: { anchor: Anchor; box: Rel }[]): Placement[] {
  const boxes: Obstacle[] = obstacles.map((o) => ({ ...o, band: BANDS[0] }));
  const lines: Line[] = [];
  const placed: Placement[] = [];
  const conflicts = (r: Request, c: Candidate, band: number) => {
    let n = 0;
    for (const b of boxes) if (b.anchor !== r.anchor && !apart(frame, r.anchor, c.box, b.anchor, b.box, band)) n++;
    for (const l of lines) if (lineHits(frame, l, r.anchor, c.box, band)) n++;
    if (c.leader) {
      const own: Line = { anchor: r.anchor, seg: c.leader, band };
      for (const b of boxes) if (b.anchor !== r.anchor && lineHits(frame, own, b.anchor, b.box, band)) n++;
    }
    return n;
  };
  const commit = (r: Request, c: Candidate, band: Band) => {
    boxes.push({ anchor: r.anchor, box: c.box, band });
    if (c.leader) lines.push({ anchor: r.anchor, seg: c.leader, band });
    placed.push({ key: r.key, anchor: r.anchor, candidate: c, band });
  };
  for (const r of requests.filter((x) => x.must)) {
    const band = BANDS[0];
    const options = r.candidates.map((c) => (c.leader ? c : inward(frame, r.anchor, c, band))).filter((c) => inside(frame, r.anchor, c.box, band));
    let best: { c: Candidate; n: number } | undefined;
    for (const c of options) {
      const n = conflicts(r, c, band);
      if (!best || n < best.n) best = { c, n };
      if (n === 0) break;
    }
    commit(r, best?.c ?? inward(frame, r.anchor, r.candidates[0], band), band);
  }
  let rest = requests.filter((x) => !x.must);
  for (const band of BANDS) {
    rest = rest.filter((r) => {
      for (const c0 of r.candidates) {
        const c = c0.leader ? c0 : inward(frame, r.anchor, c0, band);
        if (!inside(frame, r.anchor, c.box, band) || conflicts(r, c, band) > 0) continue;
        commit(r, c, band);
        return false;
      }
      return true;
    });
  }
  return placed;
}

/** Directions a callout may take from its symbol, preferred first. */
const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [0.7, -0.7], [-0.7, -0.7], [0.7, 0.7], [-0.7, 0.7], [0, -1], [0, 1]];

/** Ways to name a small country beside its symbol (radius `r`), nearest first, with a leader when away from it. */
export function calloutCandidates(w: number, fs: number, r: number): Candidate[] {
  const out: (Candidate & { cost: number })[] = [];
  for (const d of [r + 3, 14, 24, 36, 50, 66]) {
    DIRECTIONS.forEach(([dx, dy], i) => {
      const cx = dx * d;
      const cy = dy * d;
      let c: Candidate;
      if (dx === 0) {
        const y0 = dy < 0 ? cy - fs : cy;
        c = { x: cx, y: y0 + fs * 0.8, textAnchor: 'middle', box: { x0: cx - w / 2, y0, x1: cx + w / 2, y1: y0 + fs } };
      } else {
        const x0 = dx > 0 ? cx : cx - w;
        c = { x: cx, y: cy + fs * 0.35, textAnchor: dx > 0 ? 'start' : 'end', box: { x0, y0: cy - fs / 2, x1: x0 + w, y1: cy + fs / 2 } };
      }
      if (d > r + 8) {
        const end: [number, number] = dx === 0 ? [cx, dy < 0 ? cy - 1 : cy + 1] : [cx - dx * 2, cy];
        c.leader = [dx * (r + 1), dy * (r + 1), end[0], end[1]];
      }
      out.push({ ...c, cost: d + i * 1.5 });
    });
  }
  return out.sort((a, b) => a.cost - b.cost).map(({ cost: _cost, ...c }) => c);
}

/** Ways to name a country on its shape, at its label point first, then nudged around it. */
export function nameCandidates(w: number, fs: number): Candidate[] {
  const offsets = [[0, 0], [0, -fs], [0, fs], [-w / 3, 0], [w / 3, 0], [-w / 3, -fs], [w / 3, -fs], [-w / 3, fs], [w / 3, fs]];
  return offsets.map(([dx, dy]) => ({
    x: dx, y: dy + fs * 0.35, textAnchor: 'middle' as const,
    box: { x0: dx - w / 2, y0: dy - fs / 2, x1: dx + w / 2, y1: dy + fs / 2 },
  }));
}
