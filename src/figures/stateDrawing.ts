/**
 * One drawing for every state a page shows a chart in, one after the other (the story's steps): the
 * drawings of the states laid over each other, so that what they share is drawn once and what
 * changes moves. Pure: the same drawings give the same bytes.
 *
 * An element is the same element in two states when it has the same place in the tree, tag, class
 * (apart from the state classes `highlighted`, `muted`, `faded`), `data-key`/`data-for`/`id` and, for
 * an element of text alone, the same text. Such an element is written once, and:
 * - where only its position differs (`x`, `y`, `cx`, `dx`, a `translate()`…), it keeps the position
 *   of the first state that has it, and the stylesheet (`css`) moves it by the difference in the
 *   others: `.sd-<name>[data-state="3"] .m12 { transform: translate(…) }`. Moves shared by every
 *   child of a group are made by the group;
 * - where its state classes differ, `data-cls="highlighted:1 3"` lists the states that have each,
 *   and the page's script sets them (src/client/scrolly.ts);
 * - where anything else differs (a shape, a size, its words), each look is its own element.
 * An element some states lack has `data-in="0 2"`, and class `sd-out` while the drawing's state is
 * not among them: the drawing is written in its first state, and the page's script sets `sd-out` on
 * what each state lacks. src/styles/scrolly.css fades such an element out and then takes it out
 * (`display: none`, after the fade; a chart's own `visibility` and `display` rules, which pick a
 * form for the width, still hold where it shows). Every element that changes between states (it
 * moves, fades, or changes or is inside what changes class) has class `sd-t`: what moves and fades.
 * Classes, not a rule per state on `data-in`, which the browser tried on every element with the
 * attribute, for every state of every chart (docs/performance.md).
 * The root's height follows the state (the stylesheet again); its `<desc>` is the first state's,
 * and the script says the others'. Where two states order the same elements differently (lanes
 * sorted another way), the first state's order holds: it only matters where marks overlap.
 */
import { escapeXml } from '../util/xml';
import { attributes, serialize, toTree, uniqueIds, type Node, type Tag } from './svgTree';
import { baseTransform, difference, isZero, length, minus, POSITION, sameMoves, translate, TRANSLATE, X_ATTRS, Y_ATTRS, type Move } from './stateMoves';

/** Class tokens a state sets on an element rather than making it another element. */
const STATE_CLASSES: ReadonlySet<string> = new Set(['highlighted', 'muted', 'faded']);
/** The classes src/client/scrolly.ts and src/styles/scrolly.css give what changes, lacks and comes in. */
const SCRIPTED: ReadonlySet<string> = new Set(['sd-t', 'sd-out', 'sd-in']);
/** Elements that take no CSS transform, or whose words are their parent's look. */
const FIXED = new Set(['tspan', 'title', 'desc', 'stop', 'textPath']);

interface Merged {
  name: string;
  /** The element in each state that has it, by state index. */
  in: Map<number, Tag>;
  children: (Merged | string)[];
  /** The move each state makes, relative to the first state that has it; computed by plan(). */
  moves?: Map<number, Move>;
  /** A number for the stylesheet, given to elements that move. */
  mark?: number;
}

export interface StateDrawing {
  /** The one drawing, for every state. */
  svg: string;
  /** The rules that move its elements and size it in each state, under `.sd-<name>[data-state="i"]`. */
  css: string;
}

/** One drawing for `drawings` (the same chart in states 0…n−1, drawn with the same ids). */
export function mergeStates(name: string, drawings: readonly string[], frames: readonly (readonly number[])[] = [drawings.map((_, i) => i)]): StateDrawing {
  // The root's class `sd-<name>` must not be one of the classes the script sets on its elements.
  if (SCRIPTED.has(`sd-${name}`)) throw new Error(`mergeStates: a drawing cannot be named "${name}" (its class sd-${name} is a state class)`);
  const roots = drawings.map(toTree);
  uniqueIds(roots);
  const root = roots[0];
  const heights = roots.map((r) => r.attribs.height);
  const classes = roots.map((r) => new Set((r.attribs.class ?? '').split(/\s+/).filter(Boolean)));
  const bodies = roots.map((r) => ({ ...r, children: r.children.filter((c) => typeof c === 'string' || (c.name !== 'title' && c.name !== 'desc')) }));
  const merged = mergeChildren(bodies.map((r, state) => ({ state, children: r.children })));
  const all = drawings.map((_, i) => i);
  let marks = 0;
  const rules: string[] = [];
  for (const node of merged) if (typeof node !== 'string') plan(node);
  const write = (node: Merged | string, inherited: ReadonlySet<number>, parentMoves?: Map<number, Move>, inDefs = false, inCls = false): string => {
    if (typeof node === 'string') return escapeXml(node);
    const present = [...node.in.keys()];
    const first = node.in.get(present[0])!;
    const attribs: Record<string, string> = { ...first.attribs };
    const tokens = classTokens(node);
    const classes = tokens.base ? [tokens.base] : [];
    if (tokens.states) attribs['data-cls'] = tokens.states;
    // What a <defs> holds has no data-in: it is drawn where it is used.
    const lacked = present.length < inherited.size && !inDefs;
    if (lacked) attribs['data-in'] = present.join(' ');
    const own = node.moves && !sameMoves(node.moves, parentMoves) ? node.moves : undefined;
    // WebKit moves no nested <svg> by a CSS transform: a group around it moves instead.
    const wrap = own !== undefined && node.name === 'svg';
    if (own) {
      node.mark = marks++;
      if (!wrap) classes.push(`m${node.mark}`);
      for (const [state, move] of own) if (!isZero(move)) rules.push(`.sd-${name}[data-state="${state}"] .m${node.mark}{transform:${translate(move)}${baseTransform(first)}}`);
    }
    const changing = lacked || tokens.states !== undefined || inCls;
    if ((own && !wrap) || changing) classes.push('sd-t');
    if (lacked && !node.in.has(0)) classes.push('sd-out');
    if (classes.length) attribs.class = classes.join(' ');
    const inner = node.children.map((c) => write(c, new Set(present), own ?? parentMoves, inDefs || node.name === 'defs', inCls || tokens.states !== undefined)).join('');
    const element = `<${node.name}${attributes(attribs)}>${inner}</${node.name}>`;
    return wrap ? `<g class="m${node.mark} sd-t">${element}</g>` : element;
  };
  const body = merged.map((n) => write(n, new Set(all))).join('');
  const common = [...classes[0]].filter((c) => classes.every((set) => set.has(c)));
  const varying = [...new Set(classes.flatMap((set) => [...set]))].filter((c) => !common.includes(c));
  // As the first state draws it (the drawing reads right before any script runs), and named for its sheet.
  const rootAttrs: Record<string, string> = { ...root.attribs, class: [...classes[0], `sd-${name}`].join(' '), 'data-state': '0', 'data-frame': '0' };
  if (varying.length) rootAttrs['data-cls'] = varying.map((c) => `${c}:${all.filter((i) => classes[i].has(c)).join(' ')}`).join(';');
  rules.push(...heightRules(name, root, heights.map(Number), frames));
  const heads = root.children.filter((c): c is Tag => typeof c !== 'string' && (c.name === 'title' || c.name === 'desc'));
  const svg = `<svg${attributes(rootAttrs)}>${heads.map(serialize).join('')}${body}</svg>`;
  return { svg, css: stateCss(rules) };
}

/**
 * The root's height in each state; and in a steady frame (`.sd-steady`, the story's graphic), where
 * the states of one frame (`data-frame`: the steps of one run, shown one after the other) follow each
 * other, the tallest of them for each, so that nothing below or around the drawing moves. A drawing
 * whose height follows its width (`data-height-per-width`: the map) is sized by its own stylesheet
 * in each state, and in a frame by the most any of its states adds to that.
 */
function heightRules(name: string, root: Tag, heights: number[], frames: readonly (readonly number[])[]): string[] {
  const perWidth = Number(root.attribs['data-height-per-width']);
  const layout = Number(root.attribs['data-layout-width']);
  const fluid = Number.isFinite(perWidth);
  const frameRules = frames.map((states, frame) => {
    const tallest = Math.max(...states.map((s) => (fluid ? heights[s] - perWidth * layout : heights[s])));
    const height = fluid ? `calc(${Math.round(tallest * 10) / 10}px + ${Math.round(perWidth * 10000) / 100}cqw)` : `${tallest}px`;
    return `.sd-steady .chart-svg svg.sd-${name}[data-frame="${frame}"]{height:${height}}`;
  });
  const changes = fluid ? [] : [...heights.entries()].filter(([, h]) => h !== heights[0]).map(([state, h]) => `.sd-${name}[data-state="${state}"]{height:${h}px}`);
  return [...changes, ...frameRules];
}

/**
 * The stylesheet: the moves and heights of each state (`rules`). What each state shows, and how
 * what changes moves and fades, are classes the script sets (`sd-out`, `sd-in`, `sd-t`), styled
 * once for every drawing in src/styles/scrolly.css.
 */
function stateCss(rules: string[]): string {
  return rules.length ? `${rules.join('\n')}\n` : '';
}

/** Which element of a parent this is, the same in every state: see the module's comment. */
function signature(tag: Tag): string {
  const classes = (tag.attribs.class ?? '').split(/\s+/).filter((c) => c && !STATE_CLASSES.has(c)).sort();
  const text = tag.children.every((c) => typeof c === 'string') ? (tag.children as string[]).join('') : '';
  return [tag.name, classes.join('.'), tag.attribs['data-key'] ?? '', tag.attribs['data-for'] ?? '', tag.attribs.id ?? '', text].join('|');
}

/**
 * What must be equal for two states to share an element: every attribute but its position and
 * state classes, and for text (and for an element with a title), the words inside.
 */
function look(tag: Tag): string {
  const own = Object.entries(tag.attribs)
    .filter(([k, v]) => k !== 'class' && (FIXED.has(tag.name) || !POSITION.has(k) || (k === 'transform' && !TRANSLATE.test(v))))
    .sort(([a], [b]) => a.localeCompare(b));
  // Its shape: where its x attributes sit from each other, likewise y (a move shifts them alike).
  const shape = FIXED.has(tag.name) ? [] : [X_ATTRS, Y_ATTRS].map((names) => {
    const set = names.filter((n) => tag.attribs[n] !== undefined);
    return set.map((n) => [n, minus(length(tag.attribs[n]), length(tag.attribs[set[0]]))]);
  });
  const words = tag.name === 'text'
    ? tag.children.map((c) => (typeof c === 'string' ? c : serialize(c))).join('')
    : tag.children.filter((c): c is Tag => typeof c !== 'string' && (c.name === 'title' || c.name === 'desc')).map(serialize).join('');
  return JSON.stringify([own, shape, words]);
}

/** Merges the children of one element across states, keeping each state's order. */
function mergeChildren(lists: { state: number; children: Node[] }[]): (Merged | string)[] {
  const order: (Merged | string)[] = [];
  const bySignature = new Map<string, Merged>();
  for (const { state, children } of lists) {
    let cursor = -1;
    const seen = new Map<string, number>();
    for (const child of children) {
      if (typeof child === 'string') {
        // Text beside elements (rare in a chart) is kept from the first state only.
        if (state === lists[0].state && child.trim()) order.splice(++cursor, 0, child);
        continue;
      }
      const base = `${signature(child)}|${look(child)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const key = `${base}#${n}`;
      let node = bySignature.get(key);
      if (!node) {
        node = { name: child.name, in: new Map(), children: [] };
        bySignature.set(key, node);
        order.splice(cursor + 1, 0, node);
      }
      node.in.set(state, child);
      cursor = order.indexOf(node);
    }
  }
  for (const node of order) {
    if (typeof node === 'string') continue;
    if (node.name === 'text' || FIXED.has(node.name)) {
      // Words and tspans are part of the look: the first state's are everyone's.
      const states = [...node.in.keys()];
      node.children = [...node.in.values()][0].children.map((c) => (typeof c === 'string' ? c : leaf(c, states)));
      continue;
    }
    node.children = mergeChildren([...node.in].map(([state, tag]) => ({ state, children: tag.children })));
  }
  return order;
}

/** An element inside a text, the same in all the states its text is in. */
function leaf(tag: Tag, states: number[]): Merged {
  return { name: tag.name, in: new Map(states.map((s) => [s, tag])), children: tag.children.map((c) => (typeof c === 'string' ? c : leaf(c, states))) };
}

/**
 * Works out each element's moves, children first: an element with a position moves by its own
 * difference; a group moves when all its moving children move alike (they then stay put in it).
 */
function plan(node: Merged): Map<number, Move> | undefined {
  const children = node.children.filter((c): c is Merged => typeof c !== 'string');
  const childMoves = children.map(plan);
  const firstTag = [...node.in.values()][0];
  const own = new Map<number, Move>();
  let moving = false;
  for (const [state, tag] of node.in) {
    const move = difference(firstTag, tag);
    own.set(state, move);
    if (!isZero(move)) moving = true;
  }
  if (moving || FIXED.has(node.name)) {
    node.moves = moving ? own : undefined;
    return node.moves;
  }
  const moved = childMoves.filter((m): m is Map<number, Move> => m !== undefined);
  if (node.name === 'g' && moved.length && moved.length === children.length && moved.every((m) => sameMoves(m, moved[0])) && [...node.in.keys()].every((s) => moved[0].has(s))) {
    node.moves = moved[0];
    return node.moves;
  }
  return undefined;
}

/** The element's class in the first state that has it, and which states set each state class that varies. */
function classTokens(node: Merged): { base?: string; states?: string } {
  const sets = [...node.in].map(([state, tag]) => [state, (tag.attribs.class ?? '').split(/\s+/).filter(Boolean)] as const);
  const stateTokens = [...new Set(sets.flatMap(([, c]) => c.filter((t) => STATE_CLASSES.has(t))))].sort();
  const varying = stateTokens.filter((t) => !sets.every(([, c]) => c.includes(t)));
  // As the first state that has it draws it: the drawing reads right before any script runs.
  const cls = sets[0][1].join(' ');
  return {
    base: cls || undefined,
    states: varying.length ? varying.map((t) => `${t}:${sets.filter(([, c]) => c.includes(t)).map(([s]) => s).join(' ')}`).join(';') : undefined,
  };
}
