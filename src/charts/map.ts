/**
 * The world map: story countries coloured by where their talks with the United States stand,
 * the United States marked as the country the deportees are sent from, and countries too small
 * to see drawn as a symbol with a labelled callout. Rows come from mapRows() in src/derive/map.ts.
 *
 * Over 250 lines because the projection's fit, the legend's layout and the small countries'
 * callouts share one frame of coordinates; the chart rework (a map that zooms to each step's region,
 * its labels in CSS pixels) splits it into those parts.
 */
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPoint } from 'geojson';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapFeature, MapRows } from '../derive/map';
import { STATUSES, type Status } from '../model/vocabulary';
import { el, r, svgRoot, textWidth } from './svg';
import type { Chart } from './types';

type Props = { name: string };
const topology = world as unknown as Topology<{ countries: GeometryCollection<Props>; land: GeometryCollection }>;
const COUNTRIES = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, Props>).features;
const LAND = feature(topology, topology.objects.land);
const BORDERS = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const BY_ID = new Map(COUNTRIES.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
const BY_NAME = new Map(COUNTRIES.filter((f) => f.id === undefined).map((f) => [f.properties.name, f]));

/** The shape of a row's country in the 1:110m file: by ISO numeric id, else by name (Kosovo). */
function shapeOf(f: { numeric: string | null; geoName: string }): Feature<Geometry, Props> | undefined {
  return f.numeric !== null ? BY_ID.get(f.numeric) : BY_NAME.get(f.geoName);
}

/** The part of the world the story spans: the United States to Central Asia and Cambodia. */
const FRAME = { west: -126, east: 112, south: -37, north: 56 };

function frame(points: [number, number][]): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = FRAME.west; lon <= FRAME.east; lon += 2) coordinates.push([lon, FRAME.north], [lon, FRAME.south]);
  for (let lat = FRAME.south; lat <= FRAME.north; lat += 2) coordinates.push([FRAME.west, lat], [FRAME.east, lat]);
  // A country outside the usual frame widens it rather than falling off the map.
  for (const [lon, lat] of points) coordinates.push([lon - 4, lat - 4], [lon + 4, lat + 4]);
  return { type: 'MultiPoint', coordinates };
}

interface Box { x0: number; y0: number; x1: number; y1: number }

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/** Whether the segment from (ax, ay) to (bx, by) passes through the box. */
function crosses(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
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

type Segment = [number, number, number, number];

/** Whether two segments cross. */
function intersects([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) => Math.sign((qx - px) * (y - py) - (qy - py) * (x - px));
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Leader line from the symbol to the label, when the label sits away from it. */
  leader?: Segment;
}

/** textWidth() is tuned for a regular face; wide system fonts and bold labels need room to spare. */
const REGULAR = 1.1;
const BOLD = 1.2;

/** Directions a callout may take from its symbol, preferred first. */
const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [0.7, -0.7], [-0.7, -0.7], [0.7, 0.7], [-0.7, 0.7], [0, -1], [0, 1]];

export const map: Chart<MapRows> = (rows, options) => {
  const { width, id } = options;
  const state = options.state ?? {};
  const narrow = width < 500;
  const fs = narrow ? 11 : 12;
  const pad = narrow ? 6 : 10;

  // Legend: the statuses present, in vocabulary order, then the origin; rows wrap to the width.
  const present = (Object.keys(STATUSES) as Status[]).filter((s) => rows.features.some((f) => f.status === s));
  const sw = fs;
  const items = [
    ...present.map((s) => ({ key: s, label: STATUSES[s].label })),
    { key: 'origin', label: 'United States, sending deportees' },
  ];
  const lineHeight = fs + 8;
  let lx = 0;
  let ly = 0;
  const legendPos = items.map((item) => {
    const w = sw + 5 + textWidth(item.label, fs) * REGULAR;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += lineHeight;
    }
    const at = { ...item, x: lx, y: ly };
    lx += w + (narrow ? 12 : 18);
    return at;
  });
  const legendHeight = ly + lineHeight;
  const top = legendHeight + pad;

  // Projection: Equal Earth centred on the frame, fitted to the width; height follows.
  const center = (FRAME.west + FRAME.east) / 2;
  const extent = frame(rows.features.map((f) => f.point));
  const projection = geoEqualEarth().rotate([-center, 0]).fitWidth(width, extent);
  const [[, by0], [, by1]] = geoPath(projection).bounds(extent);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - by0 + top]);
  const height = Math.ceil(top + (by1 - by0) + pad);
  projection.clipExtent([[0, top], [width, height]]);
  const path = geoPath(projection).digits(1);
  const project = (p: [number, number]): [number, number] => projection(p) ?? [-1, -1];
  // Parts of a country centred outside the view (Alaska, Hawaii) are left out, so their slivers
  // along the map's edge do not show as stray outlines.
  const inView = (shape: Feature<Geometry, Props>): Feature<Geometry, Props> => {
    if (shape.geometry.type !== 'MultiPolygon') return shape;
    const coordinates = shape.geometry.coordinates.filter((poly) => {
      const [x, y] = project(geoCentroid({ type: 'Polygon', coordinates: poly }) as [number, number]);
      return x >= 0 && x <= width && y >= top && y <= height;
    });
    return { ...shape, geometry: { type: 'MultiPolygon', coordinates } };
  };
  /** A shape's rings as lines, to stroke without drawing the clip edge. */
  const outline = (shape: Feature<Geometry, Props>): MultiLineString => {
    const g = shape.geometry;
    const polys = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
    return { type: 'MultiLineString', coordinates: polys.flat() };
  };

  const svg = svgRoot(options, height, 'chart-map');
  svg.setAttribute('font-size', String(fs));
  const defs = el(svg, 'defs');
  const hatchId = `${id}-origin-hatch`;
  const hatch = el(defs, 'pattern', { id: hatchId, patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' });
  el(hatch, 'rect', { class: 'hatch-bg', width: 5, height: 5 });
  el(hatch, 'path', { class: 'hatch-line', d: 'M0 0V5' });

  // Legend.
  const legend = el(svg, 'g', { class: 'legend' });
  for (const item of legendPos) {
    const g = el(legend, 'g', { class: 'legend-item' });
    const cls = item.key === 'origin' ? 'swatch origin-shape' : `swatch status-${item.key}`;
    el(g, 'rect', { class: cls, x: item.x, y: item.y + 3, width: sw, height: sw, fill: item.key === 'origin' ? `url(#${hatchId})` : undefined });
    el(g, 'text', { class: 'legend-label', x: item.x + sw + 5, y: item.y + 3 + sw * 0.85 }, item.label);
  }

  // Base map: ocean, land, borders.
  // Everything geographic is clipped to the map's rectangle, strokes included.
  const clipId = `${id}-clip`;
  el(el(defs, 'clipPath', { id: clipId }), 'rect', { x: 0, y: top, width, height: height - top });
  const geo = el(svg, 'g', { class: 'geo', 'clip-path': `url(#${clipId})` });
  el(geo, 'rect', { class: 'ocean', x: 0, y: top, width, height: height - top });
  const land = path(LAND) ?? '';
  const borders = path(BORDERS) ?? '';
  // Land and borders are the bulk of the map and the same in every map of this size on a page:
  // later maps refer to the first one's paths. A <use> passes its class on by inheritance only,
  // so each path is referred to by a <use> of the same class.
  const baseId = `geo-${bytesToHex(sha256.create().update(utf8ToBytes(land)).update(utf8ToBytes(borders)).digest()).slice(0, 12)}`;
  const reuse = options.shared?.has(baseId) ?? false;
  options.shared?.add(baseId);
  for (const [part, d] of [['land', land], ['borders', borders]] as const) {
    if (reuse) el(geo, 'use', { class: part, href: `#${baseId}-${part}` });
    else el(geo, 'path', { class: part, d, id: options.shared ? `${baseId}-${part}` : undefined });
  }

  // The origin.
  const usShape = shapeOf({ numeric: rows.origin.numeric, geoName: rows.origin.name });
  const origin = el(geo, 'g', { class: 'origin' });
  el(origin, 'title', {}, `${rows.origin.name}: where the deportees are sent from`);
  if (usShape) {
    const us = inView(usShape);
    el(origin, 'path', { class: 'origin-shape', d: path(us) ?? '', fill: `url(#${hatchId})` });
    el(origin, 'path', { class: 'origin-outline', d: path(outline(us)) ?? '' });
  }
  const [ux, uy] = project(rows.origin.point);

  // Story countries: large shapes first, then small ones so their symbols sit on top.
  const highlight = new Set(state.highlight ?? []);
  const ordered = [...rows.features.filter((f) => !f.small), ...rows.features.filter((f) => f.small)];
  const symbolR = narrow ? 3.5 : 4;
  const symbols = new Map<string, [number, number]>();
  const shapeBoxes: Box[] = [];
  const marks = el(geo, 'g', { class: 'marks' });
  for (const f of ordered) {
    const cls = ['mark', `status-${f.status}`, f.small ? 'small' : '', highlight.size > 0 ? (highlight.has(f.slug) ? 'highlighted' : 'muted') : '']
      .filter(Boolean)
      .join(' ');
    const g = el(marks, 'g', { class: cls, 'data-key': f.slug });
    el(g, 'title', {}, `${f.name}: ${STATUSES[f.status].label}`);
    const shape = shapeOf(f);
    if (shape) {
      const part = inView(shape);
      el(g, 'path', { class: 'shape', d: path(part) ?? '' });
      const [[x0, y0], [x1, y1]] = path.bounds(part);
      if (!f.small) shapeBoxes.push({ x0, y0, x1, y1 });
    }
    if (f.small) {
      const [x, y] = project(f.point);
      symbols.set(f.slug, [x, y]);
      el(g, 'circle', { class: 'symbol', cx: x, cy: y, r: symbolR });
    }
  }

  // The origin marker above the shapes: a ring on the US with its name.
  el(origin, 'circle', { class: 'origin-marker', cx: ux, cy: uy, r: 4 });
  el(origin, 'circle', { class: 'origin-dot', cx: ux, cy: uy, r: 1.5 });

  // Labels: the origin first, then every small country (always), then large ones where they fit.
  const bounds: Box = { x0: 2, y0: top + 2, x1: width - 2, y1: height - 2 };
  const placed: Box[] = [];
  const leaders: Segment[] = [];
  const symbolBoxes = [...symbols.entries()].map(([slug, [x, y]]) => ({ slug, box: grow({ x0: x, y0: y, x1: x, y1: y }, symbolR + 1) }));
  const inside = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;

  const labels = el(svg, 'g', { class: 'labels' });
  const originLabel = 'United States';
  const ow = textWidth(originLabel, fs) * BOLD;
  const originBox: Box = { x0: ux - ow / 2, y0: uy - 7 - fs, x1: ux + ow / 2, y1: uy - 7 };
  placed.push(originBox, grow({ x0: ux, y0: uy, x1: ux, y1: uy }, 5));
  el(labels, 'text', { class: 'label origin-label', x: ux, y: originBox.y1 - fs * 0.2, 'text-anchor': 'middle' }, originLabel);

  const classFor = (f: MapFeature) => ['label-group', highlight.size > 0 ? (highlight.has(f.slug) ? 'highlighted' : 'muted') : ''].filter(Boolean).join(' ');

  // Callouts for small countries.
  for (const f of ordered.filter((x) => x.small)) {
    const [px, py] = symbols.get(f.slug) ?? project(f.point);
    const w = textWidth(f.name, fs) * BOLD;
    let best: { label: Label; score: number } | null = null;
    for (const d of narrow ? [10, 18, 28, 40, 54, 70] : [10, 20, 32, 46, 62, 80]) {
      DIRECTIONS.forEach(([dx, dy], i) => {
        const cx = px + dx * d;
        const cy = py + dy * d;
        let label: Label;
        if (dx === 0) {
          const y0 = dy < 0 ? cy - fs : cy;
          label = { x: cx, y: y0 + fs * 0.8, anchor: 'middle', box: { x0: cx - w / 2, y0, x1: cx + w / 2, y1: y0 + fs } };
        } else {
          const anchor = dx > 0 ? 'start' : 'end';
          const x0 = dx > 0 ? cx : cx - w;
          label = { x: cx, y: cy + fs * 0.35, anchor, box: { x0, y0: cy - fs / 2, x1: x0 + w, y1: cy + fs / 2 } };
        }
        const start: [number, number] = [px + dx * (symbolR + 1), py + dy * (symbolR + 1)];
        const end: [number, number] = dx === 0 ? [cx, dy < 0 ? cy - 1 : cy + 1] : [cx - dx * 2, cy];
        if (d > symbolR + 8) label.leader = [start[0], start[1], end[0], end[1]];
        let score = d + i * 1.5;
        if (!inside(label.box)) score += 1e6;
        for (const b of placed) score += overlap(grow(label.box, 2), b) > 0 ? 1e5 : 0;
        for (const s of symbolBoxes) if (s.slug !== f.slug && overlap(grow(label.box, 1), s.box) > 0) score += 1e5;
        for (const [ax, ay, bx, by] of leaders) if (crosses(ax, ay, bx, by, grow(label.box, 1))) score += 1e5;
        if (label.leader) {
          const [ax, ay, bx, by] = label.leader;
          for (const b of placed) if (crosses(ax, ay, bx, by, b)) score += 1e5;
          for (const l of leaders) if (intersects(label.leader, l)) score += 1e5;
          for (const s of symbolBoxes) if (s.slug !== f.slug && crosses(ax, ay, bx, by, s.box)) score += 1e3;
        }
        for (const b of shapeBoxes) score += overlap(label.box, b) * 0.05;
        if (!best || score < best.score) best = { label, score };
      });
    }
    if (!best) continue;
    const { label } = best as { label: Label; score: number };
    placed.push(label.box);
    if (label.leader) leaders.push(label.leader);
    const g = el(labels, 'g', { class: `${classFor(f)} callout`, 'data-for': f.slug });
    if (label.leader) {
      const [ax, ay, bx, by] = label.leader;
      el(g, 'path', { class: 'leader', d: `M${r(ax)} ${r(ay)}L${r(bx)} ${r(by)}` });
    }
    el(g, 'text', { class: 'label', x: label.x, y: label.y, 'text-anchor': label.anchor }, f.name);
  }

  // Names on the larger countries, highlighted ones first, where they fit without covering another
  // label or symbol; on a narrow render only the highlighted ones are named.
  const large = ordered
    .filter((f) => !f.small && (!narrow || highlight.has(f.slug)))
    .sort((a, b) => Number(highlight.has(b.slug)) - Number(highlight.has(a.slug)));
  for (const f of large) {
    const [px, py] = project(f.point);
    const w = textWidth(f.name, fs) * REGULAR;
    const offsets = [[0, 0], [0, -fs], [0, fs], [-w / 3, 0], [w / 3, 0], [-w / 3, -fs], [w / 3, -fs], [-w / 3, fs], [w / 3, fs]] as const;
    for (const [dx, dy] of offsets) {
      const x = px + dx;
      const box: Box = { x0: x - w / 2, y0: py + dy - fs / 2, x1: x + w / 2, y1: py + dy + fs / 2 };
      if (!inside(box)) continue;
      if (placed.some((b) => overlap(grow(box, 1), b) > 0)) continue;
      if (leaders.some(([ax, ay, bx, by]) => crosses(ax, ay, bx, by, box))) continue;
      if (symbolBoxes.some((s) => overlap(grow(box, 1), s.box) > 0)) continue;
      placed.push(box);
      const g = el(labels, 'g', { class: classFor(f), 'data-for': f.slug });
      el(g, 'text', { class: 'label', x, y: py + dy + fs * 0.35, 'text-anchor': 'middle' }, f.name);
      break;
    }
  }

  return svg;
};
