/**
 * The world map: story countries coloured by where their talks with the United States stand,
 * the United States marked as the country the deportees are sent from, and countries too small
 * to see drawn as a symbol with a labelled callout. Rows come from mapRows() in src/derive/map.ts.
 * It is fluid: the geography scales in a nested `<svg viewBox>` fitted to the region a story step
 * highlights (src/charts/mapGeo.ts), while names, symbols and the legend stay at their CSS size,
 * placed in percent of the drawing plus pixels, more of them in wider boxes (src/charts/mapLabels.ts).
 */
import type { MapFeature, MapRows } from '../derive/map';
import { ASPECT, outline, partsIn, pathFor, project, projectedBase, shapeOf, shapePath, viewOf, worldView, type View } from './mapGeo';
import { BANDS, calloutCandidates, nameCandidates, placeLabels, type Anchor, type Candidate, type Request } from './mapLabels';
import { el, fluidRoot, pct, r, textWidth } from './svg';
import type { Chart } from './types';
import { drawLegend, FS, LINE, mapLegend } from './mapLegend';
import { message } from '../words/messages';

/** textWidth() is tuned for a regular face; wide system fonts and bold labels need room to spare. */
const REGULAR = 1.1;
const BOLD = 1.2;
/** Radius of a small country's symbol, in CSS pixels. */
const SYMBOL_R = 3.5;
/** Strokes are drawn this many pixels wide in an image about this wide (on pages, map.css keeps them at their pixel width). */
const IMAGE_REFERENCE_WIDTH = 640;

/** What every part of one map drawing shares: the rows, the view, where things are, the layout. */
interface MapContext {
  rows: MapRows;
  options: Parameters<Chart<MapRows>>[1];
  highlight: Set<string>;
  view: View;
  /** Story countries, large shapes first, then small ones so their symbols sit on top. */
  ordered: MapFeature[];
  anchors: Map<string, Anchor>;
  originAnchor: Anchor;
  originShown: boolean;
  inView: (a: Anchor) => boolean;
  role: (f: MapFeature) => string;
  /** Height of the legend above the geography, in CSS pixels. */
  top: number;
  /** One stroke pixel of a 640 px image, in projected units. */
  unit: number;
  hatchId: string;
  clipId: string;
  /** The nested <svg> attributes that scale the geography into the space under the legend. */
  geoAttrs: Record<string, string | number>;
}

function mapContext(rows: MapRows, options: MapContext['options'], top: number): MapContext {
  const present = new Set(rows.features.map((f) => f.slug));
  const highlight = new Set((options.state?.highlight ?? []).filter((s) => present.has(s)));
  const view = viewOf(rows.features, highlight);
  const anchorOf = (p: [number, number]): Anchor => {
    const [x, y] = project(p);
    return { fx: (x - view.x) / view.w, fy: (y - view.y) / view.h };
  };
  const inView = (a: Anchor) => a.fx >= 0 && a.fx <= 1 && a.fy >= 0 && a.fy <= 1;
  const originAnchor = anchorOf(rows.origin.point);
  const ordered = [...rows.features.filter((f) => !f.small), ...rows.features.filter((f) => f.small)];
  const viewBox = `${r(view.x)} ${r(view.y)} ${r(view.w)} ${r(view.h)}`;
  return {
    rows, options, highlight, view, ordered, originAnchor, inView, top,
    anchors: new Map(ordered.map((f) => [f.slug, anchorOf(f.point)])),
    originShown: inView(originAnchor),
    role: (f) => (highlight.size === 0 ? '' : highlight.has(f.slug) ? 'highlighted' : 'muted'),
    unit: view.w / IMAGE_REFERENCE_WIDTH,
    hatchId: `${options.id}-origin-hatch`,
    clipId: `${options.id}-clip`,
    geoAttrs: { y: top, width: '100%', height: '100%', viewBox, preserveAspectRatio: 'xMidYMin meet' },
  };
}

export const map: Chart<MapRows> = (rows, options) => {
  // The legend's height depends on what it lists, which depends on the view: settle the view first,
  // then put the geography under the legend.
  const inView = mapContext(rows, options, 0);
  const legend = mapLegend(rows, inView.highlight, inView.originShown, options.width, options.locale);
  const top = legend.rows * LINE + 4;
  const ctx: MapContext = { ...inView, top, geoAttrs: { ...inView.geoAttrs, y: top } };

  // The root: as wide as its box; map.css sets its height from its width (legend rows + ASPECT × width).
  const svg = fluidRoot(options, top + ASPECT * options.width, `chart-map legend-rows-${legend.rows}`);
  svg.setAttribute('data-height-per-width', String(ASPECT));
  svg.setAttribute('font-size', String(FS));
  drawDefs(svg, ctx);
  drawLegend(svg, legend.at, ctx.hatchId);
  const symbols = drawGeography(svg, ctx);
  drawLabels(svg, ctx, placeLabels({ legend: top, aspect: ASPECT }, labelRequests(ctx), symbols));
  return svg;
};

/** The origin's hatch and the clip to the view. */
function drawDefs(svg: Element, { view, unit, hatchId, clipId }: MapContext) {
  const defs = el(svg, 'defs');
  const hatch = el(defs, 'pattern', { id: hatchId, patternUnits: 'userSpaceOnUse', width: 5 * unit, height: 5 * unit, patternTransform: 'rotate(45)' });
  el(hatch, 'rect', { class: 'hatch-bg', width: 5 * unit, height: 5 * unit });
  el(hatch, 'path', { class: 'hatch-line', d: `M0 0V${r(5 * unit)}`, 'stroke-width': unit });
  el(el(defs, 'clipPath', { id: clipId }), 'rect', { x: view.x, y: view.y, width: view.w, height: view.h });
}

type Obstacle = { anchor: Anchor; box: Candidate['box'] };

/**
 * The geography scaled into the space under the legend (the viewBox is the view, in projected
 * units): sea, land and borders, the origin hatched with an outline, then each story country in view.
 * Returns the symbols drawn, which names must not cover.
 */
function drawGeography(svg: Element, ctx: MapContext): Obstacle[] {
  const { rows, view, unit, hatchId, clipId, geoAttrs } = ctx;
  const geo = el(el(svg, 'svg', { class: 'geo', ...geoAttrs }), 'g', { 'clip-path': `url(#${clipId})`, 'stroke-width': 0.6 * unit });
  el(geo, 'rect', { class: 'ocean', x: view.x, y: view.y, width: view.w, height: view.h });
  drawBase(geo, view, rows, ctx.options.shared);
  const origin = el(geo, 'g', { class: 'origin' });
  const locale = ctx.options.locale ?? 'en';
  el(origin, 'title', {}, message(locale, 'chart.map.originTitle', { name: message(locale, 'chart.map.origin') }));
  const usShape = shapeOf({ numeric: rows.origin.numeric, geoName: rows.origin.name }, view.detail);
  const path = pathFor(view);
  if (usShape) {
    const us = partsIn(usShape, view);
    el(origin, 'path', { class: 'origin-shape', d: path(us) ?? '', fill: `url(#${hatchId})` });
    el(origin, 'path', { class: 'origin-outline', d: path(outline(us)) ?? '', 'stroke-width': unit });
  }
  const symbols = drawCountries(svg, ctx, path);
  // The origin marker above the shapes: a ring on the United States.
  if (ctx.originShown) {
    const { originAnchor: a, top } = ctx;
    const at = el(svg, 'svg', { class: 'at origin-at', x: pct(a.fx), y: pct(a.fy), overflow: 'visible' });
    el(at, 'circle', { class: 'origin-marker', cy: top * (1 - a.fy), r: 4 });
    el(at, 'circle', { class: 'origin-dot', cy: top * (1 - a.fy), r: 1.5 });
    symbols.push({ anchor: a, box: { x0: -5, y0: -5, x1: 5, y1: 5 } });
  }
  // No name covers the point another highlighted country is named from, so that one can be named there or beside it.
  for (const f of ctx.ordered) {
    const anchor = ctx.anchors.get(f.slug)!;
    if (!f.small && ctx.highlight.has(f.slug) && ctx.inView(anchor)) symbols.push({ anchor, box: { x0: -2, y0: -2, x1: 2, y1: 2 } });
  }
  return symbols;
}

/** Story countries in view, each a mark: its shape (clipped to the view) and, if small, its symbol. */
function drawCountries(svg: Element, ctx: MapContext, path: ReturnType<typeof pathFor>): Obstacle[] {
  const { view, unit, clipId, geoAttrs, highlight, top } = ctx;
  const marks = el(svg, 'g', { class: 'marks' });
  const symbols: Obstacle[] = [];
  for (const f of ctx.ordered) {
    const d = shapePath(f, view, path);
    const anchor = ctx.anchors.get(f.slug)!;
    if (!d && !(f.small && ctx.inView(anchor))) continue;
    const g = el(marks, 'g', { class: ['mark', `status-${f.status}`, f.small ? 'small' : '', ctx.role(f)].filter(Boolean).join(' '), 'data-key': f.slug });
    el(g, 'title', {}, message(ctx.options.locale ?? 'en', 'chart.map.countryTitle', { name: f.name, status: message(ctx.options.locale ?? 'en', `status.${f.status}`) }));
    if (d) {
      const s = el(g, 'svg', geoAttrs);
      el(s, 'path', { class: 'shape', d, 'clip-path': `url(#${clipId})`, 'stroke-width': (highlight.has(f.slug) ? 1.5 : 0.6) * unit });
    }
    if (f.small && ctx.inView(anchor)) {
      el(el(g, 'svg', { class: 'at', x: pct(anchor.fx), y: pct(anchor.fy), overflow: 'visible' }), 'circle', { class: 'symbol', cy: top * (1 - anchor.fy), r: SYMBOL_R });
      symbols.push({ anchor, box: { x0: -SYMBOL_R - 1, y0: -SYMBOL_R - 1, x1: SYMBOL_R + 1, y1: SYMBOL_R + 1 } });
    }
  }
  return symbols;
}

/** Names to place: the origin and every highlighted country at every width; the others where there is room. */
function labelRequests(ctx: MapContext): Request[] {
  const { highlight } = ctx;
  const requests: Request[] = [];
  if (ctx.originShown) {
    const w = textWidth(message(ctx.options.locale ?? 'en', 'chart.map.origin'), FS) * BOLD;
    const above = { x: 0, y: -7 - FS * 0.2, textAnchor: 'middle' as const, box: { x0: -w / 2, y0: -7 - FS, x1: w / 2, y1: -7 } };
    const below = { x: 0, y: 7 + FS * 0.8, textAnchor: 'middle' as const, box: { x0: -w / 2, y0: 7, x1: w / 2, y1: 7 + FS } };
    requests.push({ key: 'origin', anchor: ctx.originAnchor, candidates: [above, below], must: true });
  }
  const named = ctx.ordered.filter((f) => ctx.inView(ctx.anchors.get(f.slug)!));
  const first = (f: MapFeature) => (highlight.has(f.slug) ? 0 : 2) + (f.small ? 0 : 1);
  for (const f of [...named].sort((a, b) => first(a) - first(b))) {
    const w = textWidth(f.name, FS) * (highlight.has(f.slug) ? BOLD : REGULAR);
    requests.push({
      key: f.slug,
      anchor: ctx.anchors.get(f.slug)!,
      // A highlighted country that has no room for its name on its shape is named beside it, with a leader.
      candidates: f.small ? calloutCandidates(w, FS, SYMBOL_R)
        : highlight.has(f.slug) ? [...nameCandidates(w, FS), ...calloutCandidates(w, FS, 2).filter((c) => c.leader)] : nameCandidates(w, FS),
      must: highlight.has(f.slug),
    });
  }
  return requests;
}

/** The placed names, each shown from the narrowest band it fits in (class `from-<px>`, by container queries). */
function drawLabels(svg: Element, ctx: MapContext, placements: ReturnType<typeof placeLabels>) {
  const labels = el(svg, 'g', { class: 'labels' });
  for (const p of placements) {
    const c = p.candidate;
    const oy = ctx.top * (1 - p.anchor.fy);
    const band = p.band === BANDS[0] ? '' : ` from-${p.band}`;
    if (p.key === 'origin') {
      el(labels, 'text', { class: 'label origin-label', x: pct(p.anchor.fx), y: pct(p.anchor.fy), dx: c.x, dy: c.y + oy, 'text-anchor': 'middle' }, message(ctx.options.locale ?? 'en', 'chart.map.origin'));
      continue;
    }
    const f = ctx.rows.features.find((x) => x.slug === p.key)!;
    const group = ['label-group', ctx.role(f), f.small ? 'callout' : '', band.trim()].filter(Boolean).join(' ');
    if (c.leader) {
      const g = el(labels, 'g', { class: group, 'data-for': f.slug });
      const at = el(g, 'svg', { class: 'at', x: pct(p.anchor.fx), y: pct(p.anchor.fy), overflow: 'visible' });
      const [ax, ay, bx, by] = c.leader;
      el(at, 'path', { class: 'leader', d: `M${r(ax)} ${r(ay + oy)}L${r(bx)} ${r(by + oy)}` });
      el(at, 'text', { class: 'label', x: c.x, y: c.y + oy, 'text-anchor': c.textAnchor }, f.name);
    } else {
      // A name alone is its own group: one element, not two.
      el(labels, 'text', { class: `label ${group}`, 'data-for': f.slug, x: pct(p.anchor.fx), y: pct(p.anchor.fy), dx: c.x, dy: c.y + oy, 'text-anchor': c.textAnchor }, f.name);
    }
  }
}

/**
 * Land and borders, the bulk of the map: the world's at 1:110m, the same in every wide view, or a
 * zoomed view's own at 1:50m. Drawn once per page: a later map refers to the first one's paths
 * with a <use> of the same class (a <use> passes its class on by inheritance only).
 */
function drawBase(geo: Element, view: View, rows: MapRows, shared: Set<string> | undefined) {
  const { land, borders, baseId } = projectedBase(view.detail === '110m' ? worldView(rows.features) : view);
  const reuse = shared?.has(baseId) ?? false;
  shared?.add(baseId);
  for (const [part, d] of [['land', land], ['borders', borders]] as const) {
    if (reuse) el(geo, 'use', { class: part, href: `#${baseId}-${part}` });
    else el(geo, 'path', { class: part, d, id: shared ? `${baseId}-${part}` : undefined });
  }
}
