import { geoPath, geoTransform } from 'd3-geo';
import type { LineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplified, type GeoStream } from './geoSimplify';

/** A path of planar coordinates (no projection) through the simplifying stream. */
const path = (tolerance: number) => {
  const identity = geoTransform({});
  return geoPath({ stream: (out: GeoStream) => identity.stream(simplified(out, tolerance)) }).digits(1);
};

describe('simplified', () => {
  it('drops the points of a line nearer than the tolerance to the last one kept, and keeps its end', () => {
    const line: LineString = { type: 'LineString', coordinates: [[0, 0], [0.2, 0], [0.4, 0], [1, 0], [1.1, 0.1], [1.3, 0]] };
    expect(path(0.5)(line)).toBe('M0,0L1,0L1.3,0');
    expect(path(0.05)(line)).toBe('M0,0L0.2,0L0.4,0L1,0L1.1,0.1L1.3,0');
  });

  it('drops a ring too small for the view, and keeps the others whole', () => {
    const islands: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]],
        [[[20, 20], [20.1, 20], [20.1, 20.1], [20, 20]]],
      ],
    };
    expect(path(1)(islands)).toBe('M0,0L10,0L10,10L0,10Z');
    const triangle: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [10, 0], [5, 8], [0, 0]]]] };
    expect(path(1)(triangle)).toBe('M0,0L10,0L5,8Z');
  });
});
