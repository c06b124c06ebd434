/**
 * The story's charts as one drawing each: every state its steps set a chart in, laid into one
 * drawing (./stateDrawing.ts), and which state each step shows. The page's script sets a step's
 * state on its chart; the stylesheet these give (served as a file, the CSP allows no inline style)
 * moves and sizes the marks for each state.
 */
import type { Content } from '../model/content';
import { chartState, stateKey, type ChartState } from '../model/chartState';
import type { ChartId } from '../model/vocabulary';
import type { Locale } from '../words/locale';
import { cached } from '../util/memo';
import { renderFigure, type RenderedFigure } from './render';
import { mergeStates } from './stateDrawing';

export interface StoryStep {
  id: string;
  chart: ChartId;
  state: ChartState;
}

export interface StoryChart {
  chart: ChartId;
  /** The one drawing: for a fluid chart one, for a chart drawn in bands one per band. */
  drawings: { min?: number; svg: string }[];
  /** Each state's figure, in the order the story first reaches them. */
  states: RenderedFigure[];
}

export interface StoryDrawings {
  charts: Map<ChartId, StoryChart>;
  /** Which state of its chart each step shows, by step id. */
  stateOf: Map<string, number>;
  /** Which frame of its chart each step is in (a run of steps of that chart), by step id. */
  frameOf: Map<string, number>;
  /** The rules that move, size and show each state's marks. */
  css: string;
}

const made = new WeakMap<Content, Map<string, StoryDrawings>>();

/** The story's drawings for these steps, in the reader's language, made once per build. */
export function storyDrawings(content: Content, steps: readonly StoryStep[], locale: Locale = 'en'): StoryDrawings {
  const key = `${locale}\n${steps.map((s) => `${s.id} ${s.chart} ${stateKey(chartState(s.chart, s.state))}`).join('\n')}`;
  return cached(cached(made, content, () => new Map()), key, () => make(content, steps, locale));
}

function make(content: Content, steps: readonly StoryStep[], locale: Locale): StoryDrawings {
  // Each chart's distinct states, in the order the story first reaches them, by their key.
  const keys = new Map<ChartId, Map<string, ChartState>>();
  const stateOf = new Map<string, number>();
  for (const step of steps) {
    const states = keys.get(step.chart) ?? new Map<string, ChartState>();
    const state = chartState(step.chart, step.state);
    const key = stateKey(state);
    if (!states.has(key)) states.set(key, state);
    keys.set(step.chart, states);
    stateOf.set(step.id, [...states.keys()].indexOf(key));
  }
  // A run of steps of one chart is a frame: the drawing keeps one height through it (stateDrawing.ts).
  const frames = new Map<ChartId, number[][]>();
  const frameOf = new Map<string, number>();
  let before: ChartId | undefined;
  for (const step of steps) {
    const list = frames.get(step.chart) ?? [];
    if (step.chart !== before) list.push([]);
    const state = stateOf.get(step.id)!;
    if (!list.at(-1)!.includes(state)) list.at(-1)!.push(state);
    frames.set(step.chart, list);
    frameOf.set(step.id, list.length - 1);
    before = step.chart;
  }
  const charts = new Map<ChartId, StoryChart>();
  const css: string[] = [];
  for (const [chart, distinct] of keys) {
    // A map's states reuse the geography the first one drew (`shared`), instead of each drawing its own.
    const shared = new Set<string>();
    const states = [...distinct.values()].map((state) => renderFigure(chart, content, { id: `story-${chart}`, state, shared, locale }));
    const first = states[0];
    const bands = first.bands?.map((b, i) => ({ min: b.min, svgs: states.map((s) => s.bands![i].svg) })) ?? [{ min: undefined, svgs: states.map((s) => s.wide) }];
    const drawings = bands.map(({ min, svgs }) => {
      const merged = mergeStates(min === undefined ? chart : `${chart}-${min}`, svgs, frames.get(chart));
      css.push(merged.css);
      return { min, svg: merged.svg };
    });
    charts.set(chart, { chart, drawings, states });
  }
  return { charts, stateOf, frameOf, css: css.join('') };
}
