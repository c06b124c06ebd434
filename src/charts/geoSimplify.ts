/**
 * Drops the points of a projected line that a view cannot show apart: for the map's geography
 * (./mapGeo.ts), whose 1:50m shapes hold far more points than a zoomed view in the story needs.
 */
import type { GeoStream } from 'd3-geo';

export type { GeoStream };

/**
 * A stream of projected points with the points nearer than `tolerance` to the last one kept
 * dropped (a line keeps its last point), and a ring left with fewer than three points (d3 does
 * not repeat a ring's first point at its end), an island
 * smaller than the view can show, dropped whole. With a tolerance of 1/600 of the view's width it
 * cuts the story's map geography by a sixth to a third of its bytes and changes nothing a reader
 * can see.
 */
export function simplified(out: GeoStream, tolerance: number): GeoStream {
  let inPolygon = false;
  /** The line being drawn, as kept so far, and its latest point dropped since (kept if it ends the line). */
  let line: [number, number][] | undefined;
  let dropped: [number, number] | undefined;
  const far = (a: [number, number], x: number, y: number) => Math.abs(a[0] - x) >= tolerance || Math.abs(a[1] - y) >= tolerance;
  return {
    point(x, y) {
      if (!line) {
        out.point(x, y);
        return;
      }
      const last = line[line.length - 1];
      if (!last || far(last, x, y)) {
        line.push([x, y]);
        dropped = undefined;
      } else dropped = [x, y];
    },
    lineStart() {
      line = [];
      dropped = undefined;
    },
    lineEnd() {
      const points = line!;
      if (dropped) points.push(dropped);
      line = undefined;
      if (points.length < (inPolygon ? 3 : 2)) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}
