/**
 * The negotiation timeline: one lane per country, one mark per event, drawn as precisely as its
 * date is known. A date known to the day is a symbol at that day; a month, part of a month or a
 * span is a capsule over every day it could mean, with the family's symbol at its first day. Key
 * dates (milestones, the 12 March cable) get a thin rule across the lanes and a short label.
 * Too many events to draw one by one ({@link timelineDense}), and each lane becomes a row of cells
 * instead, one per calendar month, shaded by how many of the lane's events fall in it.
 *
 * Fluid (src/charts/svg.ts, fluidRoot): one drawing for every width, laid out at `options.width`,
 * the narrowest box it must fit. Top to bottom: the legend, the key dates' labels, the month axis,
 * the lanes; each part is a module of its own here, and this one stacks them.
 */
import { timelineDense, timelineMarks, type TimelineRows } from '../../derive/timeline';
import { el, fluidRoot } from '../svg';
import type { Chart } from '../types';
import { drawAnnotations, levelTops, placeAnnotations } from './annotations';
import { drawAxisLabels, drawGrid, placeAxis } from './axis';
import { drawCells } from './dense';
import { drawLaneNames, drawLaneRules, placeLanes } from './lanes';
import { modeOf, plotOf } from './layout';
import { drawLegend, placeLegend } from './legend';
import { drawMarks } from './marks';
import { symbolDefs } from './symbols';
import { message } from '../../words/messages';

export { FAMILY_SYMBOLS } from './symbols';
export { timelineScale } from './layout';

/** The month axis's row, under the key dates, in px. */
const AXIS_HEIGHT = 20;

export const timeline: Chart<TimelineRows> = (rows, options) => {
  const state = options.state ?? {};
  const mode = modeOf(rows, state);
  const plot = plotOf(rows, options.width);
  const highlight = state.highlight?.length ? new Set(state.highlight) : null;
  const dense = timelineDense(rows);
  const marks = dense ? [] : timelineMarks(rows);

  // Layout first, top to bottom, so the root gets its final height.
  const locale = options.locale ?? 'en';
  const legend = placeLegend(rows, dense ? null : marks, options.width, locale);
  const annotations = placeAnnotations(rows, plot, mode === 'single', locale);
  const { tops, axisTop } = levelTops(annotations, legend.height);
  const axis = placeAxis(rows, plot, locale);
  const lanesTop = axisTop + AXIS_HEIGHT;
  const { layouts, bottom: plotBottom } = placeLanes(rows, plot, mode, dense, lanesTop);

  const svg = fluidRoot(options, plotBottom + 6, 'chart-timeline');
  if (mode === 'single') svg.setAttribute('class', 'chart chart-timeline timeline-single');
  const symbols = symbolDefs(el(svg, 'defs'), options.id);
  drawLegend(svg, legend, symbols);
  drawGrid(svg, axis, plot, axisTop, plotBottom);
  drawLaneRules(svg, layouts);
  // Dense: cells under the key-date rules, so the rules run unbroken across the lanes.
  if (dense) drawCells(el(svg, 'g', { class: 'cells' }), rows, layouts, plot, highlight, locale);
  const notes = el(svg, 'g', { class: 'annotations' });
  const marksG = el(svg, 'g', { class: 'marks' });
  drawAnnotations(notes, marksG, rows, annotations, plot, { tops, axisTop, plotBottom });
  drawMarks(marksG, marks, rows, layouts, plot, highlight, symbols, locale);
  drawLaneNames(svg, layouts, highlight);
  drawAxisLabels(svg, axis, axisTop);
  if (!rows.lanes.length) el(svg, 'text', { class: 'empty', x: 0, y: lanesTop + 18 }, message(locale, 'chart.timeline.empty'));
  return svg;
};
