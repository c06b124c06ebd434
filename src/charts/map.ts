/**
 * The world map: story countries coloured by where their talks with the United States stand,
 * the United States marked as the country the deportees are sent from, and countries too small
 * to see drawn as a symbol with a labelled callout. Rows come from mapRows() in src/derive/map.ts.
 * It is fluid: the geography scales in a nested `<svg viewBox>` fitted to the region a story step
 * highlights (src/charts/mapGeo.ts), while names, symbols and the legend stay at their CSS size,
 * placed in percent of the drawing plus pixels, more of them in wider boxes (src/charts/mapLabels.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { MapFeature, MapRows } from '../derive/map';
import { STATUSES, type Status } from '../model/vocabulary';
import { ASPECT, atlasOf, outline, partsIn, pathFor, project, shapeOf, viewOf, worldView, type View } from './mapGeo';
import { BANDS, calloutCandidates, nameCandidates, placeLabels, type Anchor, type Candidate, type Request } from './mapLabels';
import { el, fluidRoot, pct, r, textWidth } from './svg';
import type { Chart } from './types';

/** textWidth() is tuned for a regular face; wide system fonts and bold labels need room to spare. */
const REGULAR = 1.1;
const BOLD = 1.2;
/** Text size of names and legend, in CSS pixels. */
const FS = 11;
const LINE = FS + 8;
/** Radius of a small country's symbol, in CSS pixels. */
const SYMBOL_R = 3.5;
/** Strokes are drawn this many pixels wide in an image about this wide (on pages, map.css keeps them at their pixel width). */
const IMAGE_REFERENCE_WIDTH = 640;

/** Legend rows, laid out at the narrowest width: the statuses shown, the other countries, the origin. */
function legendOf(items: { key: string; label: string }[], width: number) {
  let lx = 0;
  let ly = 0;
  const at = items.map((item) => {
    const w = FS + 5 + textWidth(item.label, FS) * REGULAR;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += LINE;
    }
    const pos = { ...item, x: lx, y: ly };
    lx += w + 12;
    return pos;
  });
  return { at, rows: ly / LINE + 1 };
}

export const map: Chart<MapRows> = (rows, options) => {
  const { width, id } = options;
  const state = options.state ?? {};
  const present = new Set(rows.features.map((f) => f.slug));
  const highlight = new Set((state.highlight ?? []).filter((s) => present.has(s)));
  const view = viewOf(rows.features, highlight);
  const anchorOf = (p: [number, number]): Anchor => {
    const [x, y] = project(p);
    return { fx: (x - view.x) / view.w, fy: (y - view.y) / view.h };
  };
  const inView = (a: Anchor) => a.fx >= 0 && a.fx <= 1 && a.fy >= 0 && a.fy <= 1;
  const originAnchor = anchorOf(rows.origin.point);
  const originShown = inView(originAnchor);

  // Legend: the statuses coloured (the highlighted countries' when some are), the others, the origin.
  const coloured = rows.features.filter((f) => highlight.size === 0 || highlight.has(f.slug));
  const statuses = (Object.keys(STATUSES) as Status[]).filter((s) => coloured.some((f) => f.status === s));
  const legend = legendOf([
    ...statuses.map((s) => ({ key: s, label: STATUSES[s].label })),
    ...(highlight.size > 0 && coloured.length < rows.features.length ? [{ key: 'muted', label: 'Other countries in the story' }] : []),
    ...(originShown ? [{ key: 'origin', label: 'United States, sending deportees' }] : []),
  ], width);
  const top = legend.rows * LINE + 4;
  const frame = { legend: top, aspect: ASPECT };

  // The root: as wide as its box; map.css sets its height from its width (legend rows + ASPECT × width).
  const svg = fluidRoot(options, top + ASPECT * width, `chart-map legend-rows-${legend.rows}`);
  svg.setAttribute('data-height-per-width', String(ASPECT));
  svg.setAttribute('font-size', String(FS));
  const defs = el(svg, 'defs');
  const unit = view.w / IMAGE_REFERENCE_WIDTH;
  const hatchId = `${id}-origin-hatch`;
  const hatch = el(defs, 'pattern', { id: hatchId, patternUnits: 'userSpaceOnUse', width: 5 * unit, height: 5 * unit, patternTransform: 'rotate(45)' });
  el(hatch, 'rect', { class: 'hatch-bg', width: 5 * unit, height: 5 * unit });
  el(hatch, 'path', { class: 'hatch-line', d: `M0 0V${r(5 * unit)}`, 'stroke-width': unit });
  const clipId = `${id}-clip`;
  el(el(defs, 'clipPath', { id: clipId }), 'rect', { x: view.x, y: view.y, width: view.w, height: view.h });

  const legendG = el(svg, 'g', { class: 'legend' });
  for (const item of legend.at) {
    const g = el(legendG, 'g', { class: 'legend-item' });
    const cls = item.key === 'origin' ? 'swatch origin-shape' : item.key === 'muted' ? 'swatch muted-shape' : `swatch status-${item.key}`;
    el(g, 'rect', { class: cls, x: item.x, y: item.y + 3, width: FS, height: FS, fill: item.key === 'origin' ? `url(#${hatchId})` : undefined });
    el(g, 'text', { class: 'legend-label', x: item.x + FS + 5, y: item.y + 3 + FS * 0.85 }, item.label);
  }

  // The geography, scaled into the space under the legend: the viewBox is the view, in projected units.
  const viewBox = `${r(view.x)} ${r(view.y)} ${r(view.w)} ${r(view.h)}`;
  const geoAttrs = { y: top, width: '100%', height: '100%', viewBox, preserveAspectRatio: 'xMidYMin meet' };
  const geoSvg = el(svg, 'svg', { class: 'geo', ...geoAttrs });
  const geo = el(geoSvg, 'g', { 'clip-path': `url(#${clipId})`, 'stroke-width': 0.6 * unit });
  el(geo, 'rect', { class: 'ocean', x: view.x, y: view.y, width: view.w, height: view.h });
  drawBase(geo, view, rows, options.shared);

  // The origin, hatched with an outline, so it reads without colour.
  const origin = el(geo, 'g', { class: 'origin' });
  el(origin, 'title', {}, `${rows.origin.name}: where the deportees are sent from`);
  const usShape = shapeOf({ numeric: rows.origin.numeric, geoName: rows.origin.name }, view.detail);
  const path = pathFor(view);
  if (usShape) {
    const us = partsIn(usShape, view);
    el(origin, 'path', { class: 'origin-shape', d: path(us) ?? '', fill: `url(#${hatchId})` });
    el(origin, 'path', { class: 'origin-outline', d: path(outline(us)) ?? '', 'stroke-width': unit });
  }

  // Story countries in view: large shapes first, then small ones so their symbols sit on top.
  const role = (f: MapFeature) => (highlight.size === 0 ? '' : highlight.has(f.slug) ? 'highlighted' : 'muted');
  const ordered = [...rows.features.filter((f) => !f.small), ...rows.features.filter((f) => f.small)];
  const anchors = new Map(ordered.map((f) => [f.slug, anchorOf(f.point)]));
  const marks = el(svg, 'g', { class: 'marks' });
  const symbols: { anchor: Anchor; box: Candidate['box'] }[] = [];
  for (const f of ordered) {
    const d = shapePath(f, view, path);
    const anchor = anchors.get(f.slug)!;
    if (!d && !(f.small && inView(anchor))) continue;
    const g = el(marks, 'g', { class: ['mark', `status-${f.status}`, f.small ? 'small' : '', role(f)].filter(Boolean).join(' '), 'data-key': f.slug });
    el(g, 'title', {}, `${f.name}: ${STATUSES[f.status].label}`);
    if (d) {
      const s = el(g, 'svg', geoAttrs);
      el(s, 'path', { class: 'shape', d, 'clip-path': `url(#${clipId})`, 'stroke-width': (highlight.has(f.slug) ? 1.5 : 0.6) * unit });
    }
    if (f.small && inView(anchor)) {
      el(el(g, 'svg', { class: 'at', x: pct(anchor.fx), y: pct(anchor.fy), overflow: 'visible' }), 'circle', { class: 'symbol', cy: top * (1 - anchor.fy), r: SYMBOL_R });
      symbols.push({ anchor, box: { x0: -SYMBOL_R - 1, y0: -SYMBOL_R - 1, x1: SYMBOL_R + 1, y1: SYMBOL_R + 1 } });
    }
  }

  // The origin marker above the shapes: a ring on the United States.
  if (originShown) {
    const at = el(svg, 'svg', { class: 'at origin-at', x: pct(originAnchor.fx), y: pct(originAnchor.fy), overflow: 'visible' });
    el(at, 'circle', { class: 'origin-marker', cy: top * (1 - originAnchor.fy), r: 4 });
    el(at, 'circle', { class: 'origin-dot', cy: top * (1 - originAnchor.fy), r: 1.5 });
    symbols.push({ anchor: originAnchor, box: { x0: -5, y0: -5, x1: 5, y1: 5 } });
  }

  // No name covers the point another highlighted country is named from, so that one can be named there or beside it.
  for (const f of ordered) {
    const anchor = anchors.get(f.slug)!;
    if (!f.small && highlight.has(f.slug) && inView(anchor)) symbols.push({ anchor, box: { x0: -2, y0: -2, x1: 2, y1: 2 } });
  }

  // Names: the origin and every highlighted country at every width; the others where there is room.
  const requests: Request[] = [];
  if (originShown) {
    const w = textWidth('United States', FS) * BOLD;
    const above = { x: 0, y: -7 - FS * 0.2, textAnchor: 'middle' as const, box: { x0: -w / 2, y0: -7 - FS, x1: w / 2, y1: -7 } };
    const below = { x: 0, y: 7 + FS * 0.8, textAnchor: 'middle' as const, box: { x0: -w / 2, y0: 7, x1: w / 2, y1: 7 + FS } };
    requests.push({ key: 'origin', anchor: originAnchor, candidates: [above, below], must: true });
  }
  const named = ordered.filter((f) => inView(anchors.get(f.slug)!));
  const first = (f: MapFeature) => (highlight.has(f.slug) ? 0 : 2) + (f.small ? 0 : 1);
  const byPriority = [...named].sort((a, b) => first(a) - first(b));
  for (const f of byPriority) {
    const w = textWidth(f.name, FS) * (highlight.has(f.slug) ? BOLD : REGULAR);
    requests.push({
      key: f.slug,
      anchor: anchors.get(f.slug)!,
      // A highlighted country that has no room for its name on its shape is named beside it, with a leader.
      candidates: f.small ? calloutCandidates(w, FS, SYMBOL_R)
        : highlight.has(f.slug) ? [...nameCandidates(w, FS), ...calloutCandidates(w, FS, 2).filter((c) => c.leader)] : nameCandidates(w, FS),
      must: highlight.has(f.slug),
    });
  }
  const labels = el(svg, 'g', { class: 'labels' });
  for (const p of placeLabels(frame, requests, symbols)) {
    const c = p.candidate;
    const oy = top * (1 - p.anchor.fy);
    const band = p.band === BANDS[0] ? '' : ` from-${p.band}`;
    if (p.key === 'origin') {
      el(labels, 'text', { class: 'label origin-label', x: pct(p.anchor.fx), y: pct(p.anchor.fy), dx: c.x, dy: c.y + oy, 'text-anchor': 'middle' }, 'United States');
      continue;
    }
    const f = rows.features.find((x) => x.slug === p.key)!;
    const g = el(labels, 'g', { class: ['label-group', role(f), f.small ? 'callout' : '', band.trim()].filter(Boolean).join(' '), 'data-for': f.slug });
    if (c.leader) {
      const at = el(g, 'svg', { class: 'at', x: pct(p.anchor.fx), y: pct(p.anchor.fy), overflow: 'visible' });
      const [ax, ay, bx, by] = c.leader;
      el(at, 'path', { class: 'leader', d: `M${r(ax)} ${r(ay + oy)}L${r(bx)} ${r(by + oy)}` });
      el(at, 'text', { class: 'label', x: c.x, y: c.y + oy, 'text-anchor': c.textAnchor }, f.name);
    } else {
      el(g, 'text', { class: 'label', x: pct(p.anchor.fx), y: pct(p.anchor.fy), dx: c.x, dy: c.y + oy, 'text-anchor': c.textAnchor }, f.name);
    }
  }
  return svg;
};

/**
 * Land and borders, the bulk of the map: the world's at 1:110m, the same in every wide view, or a
 * zoomed view's own at 1:50m. Drawn once per page: a later map refers to the first one's paths
 * with a <use> of the same class (a <use> passes its class on by inheritance only).
 */
/** A country's shape in a view, projected once per view (see baseMemo). */
const shapeMemo = new Map<string, string | null>();
function shapePath(f: MapFeature, view: View, path: ReturnType<typeof pathFor>): string | null {
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

function projectedBase(view: View): { land: string; borders: string; baseId: string } {
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

function drawBase(geo: Element, view: View, rows: MapRows, shared: Set<string> | undefined) {
  const { land, borders, baseId } = projectedBase(view.detail === '110m' ? worldView(rows.features) : view);
  const reuse = shared?.has(baseId) ?? false;
  shared?.add(baseId);
  for (const [part, d] of [['land', land], ['borders', borders]] as const) {
    if (reuse) el(geo, 'use', { class: part, href: `#${baseId}-${part}` });
    else el(geo, 'path', { class: part, d, id: shared ? `${baseId}-${part}` : undefined });
  }
}
