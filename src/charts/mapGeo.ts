/**
 * The map's geography: one Equal Earth projection of the story's part of the world into a fixed
 * frame of units, shared by every map, the view each map shows (the world, or the region a story
 * step highlights, in one aspect ratio) and the country shapes at two levels of detail
 * (world-atlas 1:110m for wide views, 1:50m for a view zoomed in to less than about a continent).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { geoEqualEarth, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { MapFeature } from '../derive/map';
import { simplified, type GeoStream } from './geoSimplify';
import { RelativePath } from './pathText';

/** Height of every map's geography over its width: the page sets the drawing's height from it. */
export const ASPECT = 9 / 16;

/** Width of the story's frame in projected units; every view is a rectangle in these units. */
const UNITS = 1000;

/** The part of the world the story spans: the United States to Central Asia and Cambodia. */
const FRAME = { west: -126, east: 112, south: -37, north: 56 };

/**
 * A view that spans less than this share of the story's frame is drawn from the 1:50m shapes. Shares
 * of the frame, not of the world view, which widens with every country outside the frame: a view's
 * detail and how far it zooms follow its scale on screen, not how many countries the story has.
 */
const DETAILED_BELOW = 0.5;

/** The narrowest view, as a share of the story's frame: a small country is shown with its neighbours. */
const MIN_VIEW = 0.17;

export type Detail = '110m' | '50m';

/** A rectangle of the projected frame, `h = w × ASPECT`, and the detail it is drawn at. */
export interface View { x: number; y: number; w: number; h: number; detail: Detail }

type Props = { name: string };
type Shape = Feature<Geometry, Props>;

interface Atlas {
  land: Geometry | Shape | FeatureCollection;
  borders: MultiLineString;
  byId: Map<string, Shape>;
  byName: Map<string, Shape>;
}

function atlas(topo: unknown): Atlas {
  const topology = topo as Topology<{ countries: GeometryCollection<Props>; land: GeometryCollection }>;
  const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, Props>).features;
  return {
    land: feature(topology, topology.objects.land) as FeatureCollection,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    byId: new Map(countries.filter((f) => f.id !== undefined).map((f) => [String(f.id), f])),
    byName: new Map(countries.filter((f) => f.id === undefined).map((f) => [f.properties.name, f])),
  };
}

const atlases = new Map<Detail, Atlas>();
/** The shapes at one level of detail, converted from the atlas on first use (the 1:50m shapes only when a map zooms in). */
export function atlasOf(detail: Detail): Atlas {
  let a = atlases.get(detail);
  if (!a) atlases.set(detail, (a = atlas(detail === '50m' ? world50 : world110)));
  return a;
}

/** The shape of a country: by ISO numeric id, else by name (Kosovo). */
export function shapeOf(f: { numeric: string | null; geoName: string }, detail: Detail = '110m'): Shape | undefined {
  const a = atlasOf(detail);
  return f.numeric !== null ? a.byId.get(f.numeric) : a.byName.get(f.geoName);
}

function frameExtent(): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = FRAME.west; lon <= FRAME.east; lon += 2) coordinates.push([lon, FRAME.north], [lon, FRAME.south]);
  for (let lat = FRAME.south; lat <= FRAME.north; lat += 2) coordinates.push([FRAME.west, lat], [FRAME.east, lat]);
  return { type: 'MultiPoint', coordinates };
}

const CENTER = (FRAME.west + FRAME.east) / 2;
/** The one projection of every map: the frame fills UNITS across, its top at y = 0. */
const base = (() => {
  const p = geoEqualEarth().rotate([-CENTER, 0]).fitWidth(UNITS, frameExtent());
  const [[, y0]] = geoPath(p).bounds(frameExtent());
  const [tx, ty] = p.translate();
  return { scale: p.scale(), translate: [tx, ty - y0] as [number, number] };
})();

/** The projection, clipped to a rectangle of units when given one. */
function projection(clip?: [[number, number], [number, number]]) {
  const p = geoEqualEarth().rotate([-CENTER, 0]).scale(base.scale).translate(base.translate);
  if (clip) p.clipExtent(clip);
  return p;
}
const plain = projection();

/** A [longitude, latitude] in projected units. */
export const project = (p: [number, number]): [number, number] => plain(p) ?? [NaN, NaN];

/** Points of a drawn line closer than this share of the view's width to the last one kept are dropped. */
const DETAIL = 1 / 600;

/** Path data for one shape or line, or null where nothing of it is drawn. */
export type PathText = (object: GeoPermissibleObjects) => string | null;

/**
 * A path generator for one view: clipped a little outside it, simplified to the view's scale,
 * coordinates to the power of ten under a thousandth of its width (whole units for the world,
 * 0.1 unit zoomed in), written relative to the point before (./pathText.ts).
 */
export function pathFor(view: View, margin = 2): PathText {
  const clipped = projection([[view.x - margin, view.y - margin], [view.x + view.w + margin, view.y + view.h + margin]]);
  const tolerance = view.w * DETAIL;
  const context = new RelativePath(Math.max(0, Math.ceil(-Math.log10(view.w / 1000) - 1e-9)));
  const path = geoPath({ stream: (out: GeoStream) => clipped.stream(simplified(out, tolerance)) }, context);
  return (object) => {
    path(object);
    return context.take();
  };
}


const inside = (v: View, [x, y]: [number, number]) => x >= v.x && x <= v.x + v.w && y >= v.y && y <= v.y + v.h;

/**
 * The parts of a shape centred inside the view (Alaska and Hawaii left out of a view of the lower
 * 48), so that no sliver of a far part shows along the view's edge.
 */
export function partsIn(shape: Shape, view: View): Shape {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const coordinates = shape.geometry.coordinates.filter((poly) => inside(view, project(geoCentroid({ type: 'Polygon', coordinates: poly }) as [number, number])));
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates } };
}

/** A shape's rings as lines, to stroke without drawing the clip edge. */
export function outline(shape: Shape): MultiLineString {
  const g = shape.geometry;
  const polys = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  return { type: 'MultiLineString', coordinates: polys.flat() };
}

/** A rectangle grown to the map's aspect ratio around its centre, and at least `minW` wide. */
function toAspect(x0: number, y0: number, x1: number, y1: number, minW: number) {
  const w = Math.max(x1 - x0, (y1 - y0) / ASPECT, minW);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: cx - w / 2, y: cy - (w * ASPECT) / 2, w, h: w * ASPECT };
}

/** The width of the story's frame alone, projected at the map's aspect ratio. */
let frameW: number | undefined;
function frameWidth(): number {
  if (frameW === undefined) {
    const [[x0, y0], [x1, y1]] = geoPath(plain).bounds(frameExtent());
    frameW = toAspect(x0, y0, x1, y1, 0).w;
  }
  return frameW;
}

/** The world view: the story's frame, widened for a country outside it, at the map's aspect ratio. */
export function worldView(features: MapFeature[]): View {
  let [[x0, y0], [x1, y1]] = geoPath(plain).bounds(frameExtent());
  for (const f of features) {
    const [x, y] = project(f.point);
    x0 = Math.min(x0, x - 15); x1 = Math.max(x1, x + 15);
    y0 = Math.min(y0, y - 15); y1 = Math.max(y1, y + 15);
  }
  return { ...toAspect(x0, y0, x1, y1, 0), detail: '110m' };
}

/**
 * The view of a map: the highlighted countries with room around them for their names, never
 * narrower than MIN_VIEW of the world (Honduras is shown with Central America), kept inside the
 * world view; the world view when nothing is highlighted.
 */
export function viewOf(features: MapFeature[], highlight: ReadonlySet<string>): View {
  const world = worldView(features);
  const focus = features.filter((f) => highlight.has(f.slug));
  if (focus.length === 0) return world;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const path = geoPath(plain);
  for (const f of focus) {
    const shape = shapeOf(f);
    const [px, py] = project(f.point);
    const [[bx0, by0], [bx1, by1]] = shape ? path.bounds(partsIn(shape, world)) : [[px - 2, py - 2], [px + 2, py + 2]];
    x0 = Math.min(x0, bx0, px); y0 = Math.min(y0, by0, py);
    x1 = Math.max(x1, bx1, px); y1 = Math.max(y1, by1, py);
  }
  const padX = Math.max((x1 - x0) * 0.3, 20);
  const padY = Math.max((y1 - y0) * 0.2, 15);
  const frame = frameWidth();
  const v = toAspect(x0 - padX, y0 - padY, x1 + padX, y1 + padY, frame * MIN_VIEW);
  if (v.w >= world.w) return world;
  const x = Math.min(Math.max(v.x, world.x), world.x + world.w - v.w);
  const y = Math.min(Math.max(v.y, world.y), world.y + world.h - v.h);
  return { x, y, w: v.w, h: v.h, detail: v.w < frame * DETAILED_BELOW ? '50m' : '110m' };
}

/** A country's shape in a view, projected once per view (see baseMemo). */
const shapeMemo = new Map<string, string | null>();
export function shapePath(f: MapFeature, view: View, path: PathText): string | null {
  const key = `${viewKey(view)} ${f.numeric ?? ''} ${f.geoName}`;
  if (!shapeMemo.has(key)) {
    const shape = shapeOf(f, view.detail);
    shapeMemo.set(key, shape ? path(partsIn(shape, view)) : null);
  }
  return shapeMemo.get(key)!;
}

/**
 * Projected geometry by view: a page, its embed and its images draw the same views, and projecting
 * the land of the 1:50m atlas is most of a map's cost. Pure: the same view gives the same strings.
 */
const baseMemo = new Map<string, { land: string; borders: string; baseId: string }>();
const viewKey = (v: View) => `${v.detail} ${v.x} ${v.y} ${v.w} ${v.h}`;

export function projectedBase(view: View): { land: string; borders: string; baseId: string } {
  const key = viewKey(view);
  const known = baseMemo.get(key);
  if (known) return known;
  const a = atlasOf(view.detail);
  const path = pathFor(view);
  const land = path(a.land as never) ?? '';
  const borders = path(a.borders) ?? '';
  const baseId = `geo-${bytesToHex(sha256.create().update(utf8ToBytes(land)).update(utf8ToBytes(borders)).digest()).slice(0, 12)}`;
  const base = { land, borders, baseId };
  baseMemo.set(key, base);
  return base;
}
