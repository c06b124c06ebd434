import { resolve } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../validation/load';
import { storyBlocks } from '../words/story';
import { mergeStates } from './stateDrawing';
import { storyDrawings } from './storyDrawings';

/** The classes the page's script sets by state, and the one that says an element moves or fades. */
const SCRIPTED = new Set(['sd-t', 'sd-out', 'sd-in']);

interface Node { name: string; attribs: Record<string, string>; children: Node[]; text: string }
type Offset = { px: number; pct: number };

function tree(svg: string): Node {
  const convert = (n: any): Node | undefined => {
    if (n.type !== 'tag') return undefined;
    const kids = (n.children ?? []) as any[];
    return {
      name: n.name, attribs: { ...n.attribs },
      children: kids.map(convert).filter((c): c is Node => c !== undefined),
      text: kids.filter((c) => c.type === 'text').map((c) => c.data).join(''),
    };
  };
  return convert(parseDocument(svg, { xmlMode: true }).children.find((c: any) => c.type === 'tag'))!;
}

const length = (v?: string): Offset => (v === undefined ? { px: 0, pct: 0 } : v.endsWith('%') ? { px: 0, pct: Number.parseFloat(v) } : { px: Number.parseFloat(v), pct: 0 });
const add = (a: Offset, b: Offset): Offset => ({ px: a.px + b.px, pct: a.pct + b.pct });
const round = (o: Offset) => `${Math.round(o.px * 100) / 100}px+${Math.round(o.pct * 100) / 100}%`;
const first = (n: Node, names: string[]) => names.map((k) => n.attribs[k]).find((v) => v !== undefined);
const translate = (t?: string): [number, number] => {
  const m = t ? /^translate\((-?[\d.]+)[ ,]*(-?[\d.]+)?\)$/.exec(t) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
};

/** The moves the stylesheet makes in each state, by mark class. */
function moves(css: string, name: string): Map<string, [Offset, Offset]> {
  const out = new Map<string, [Offset, Offset]>();
  const axis = (s: string): Offset => {
    const calc = /^calc\((-?[\d.]+)% \+ (-?[\d.]+)px\)$/.exec(s);
    return calc ? { pct: Number(calc[1]), px: Number(calc[2]) } : length(s.replace('px', ''));
  };
  for (const m of css.matchAll(new RegExp(`\\.sd-${name}\\[data-state="(\\d+)"\\] \\.(m\\d+)\\{transform:translate\\(((?:calc\\([^)]*\\))|[^,]+),((?:calc\\([^)]*\\))|[^)]+)\\)`, 'g'))) {
    out.set(`${m[1]} ${m[2]}`, [axis(m[3]), axis(m[4])]);
  }
  return out;
}

/**
 * What a reader sees of a drawing: every element in order with its tag, classes, key and words,
 * and where its x and y (with dx, dy and a translate) put it. For the merged drawing, as in
 * `state`: only the elements that state has, its state classes set, the stylesheet's moves made.
 */
function seen(root: Node, merged?: { state: number; css: string; name: string }): string[] {
  const out: string[] = [];
  const table = merged ? moves(merged.css, merged.name) : undefined;
  // What a <defs> holds counts where something drawn refers to it: the merged drawing keeps every state's.
  const refs = new Set<string>();
  const defs: [Node, [Offset, Offset]][] = [];
  const walk = (n: Node, shift: [Offset, Offset]) => {
    const a = n.attribs;
    if (merged && a['data-in'] !== undefined && !a['data-in'].split(' ').includes(String(merged.state))) return;
    if (n.name === 'defs') return void defs.push([n, shift]);
    for (const v of Object.values(a)) for (const m of v.matchAll(/^#(.+)$|url\(#([^)]+)\)/g)) refs.add(m[1] ?? m[2]);
    let classes = (a.class ?? '').split(/\s+/).filter((c) => c && !/^m\d+$/.test(c) && !SCRIPTED.has(c));
    if (merged && a['data-cls']) {
      for (const entry of a['data-cls'].split(';')) {
        const [token, states] = entry.split(':');
        classes = classes.filter((c) => c !== token);
        if (states.split(' ').includes(String(merged.state))) classes.push(token);
      }
    }
    const mark = (a.class ?? '').split(/\s+/).find((c) => /^m\d+$/.test(c));
    const own = mark && table?.get(`${merged!.state} ${mark}`);
    const here: [Offset, Offset] = own ? [add(shift[0], own[0]), add(shift[1], own[1])] : shift;
    // A group that only moves a nested <svg> (WebKit moves no nested <svg> itself) is no element of the chart.
    if (merged && n.name === 'g' && Object.keys(a).length === 1 && mark && a.class === `${mark} sd-t`) {
      for (const c of n.children) walk(c, here);
      return;
    }
    // A CSS move is written before the element's own translate, which it keeps.
    const [tx, ty] = translate(a.transform);
    const x = add(add(length(first(n, ['x', 'x1', 'cx'])), length(a.dx)), add(here[0], { px: tx, pct: 0 }));
    const y = add(add(length(first(n, ['y', 'y1', 'cy'])), length(a.dy)), add(here[1], { px: ty, pct: 0 }));
    // A tspan sits in its text's words (the same in both), moved with its text.
    const placed = n.name !== 'tspan' && first(n, ['x', 'x1', 'cx', 'y', 'y1', 'cy', 'dx', 'dy', 'transform']) !== undefined;
    const at = placed ? ` @${round(x)},${round(y)}` : '';
    out.push(`${n.name}.${classes.sort().join('.')}[${a['data-key'] ?? a['data-for'] ?? ''}]${n.text.trim()}${at}`);
    // Children of an element that moves are moved with it.
    const pass: [Offset, Offset] = [add(here[0], { px: tx, pct: 0 }), add(here[1], { px: ty, pct: 0 })];
    for (const c of n.children) walk(c, n.name === 'svg' && n !== root ? [{ px: 0, pct: 0 }, { px: 0, pct: 0 }] : pass);
  };
  // The root's classes (which size some charts: the map's legend rows), as the state sets them.
  let classes = (root.attribs.class ?? '').split(/\s+/).filter((c) => c && !c.startsWith('sd-'));
  if (merged) {
    for (const entry of root.attribs['data-cls']?.split(';') ?? []) {
      const [token, states] = entry.split(':');
      classes = classes.filter((c) => c !== token);
      if (states.split(' ').includes(String(merged.state))) classes.push(token);
    }
  }
  out.push(`root.${classes.sort().join('.')}`);
  for (const c of root.children) if (c.name !== 'desc' && c.name !== 'title') walk(c, [{ px: 0, pct: 0 }, { px: 0, pct: 0 }]);
  for (const [d, shift] of defs) for (const c of d.children) if (refs.has(c.attribs.id)) walk(c, shift);
  return out;
}

const svg = (body: string, height = 100) => `<svg class="chart c" height="${height}" width="100%"><title id="t">T</title><desc id="d">D</desc>${body}</svg>`;

describe('one drawing for the states of a chart', () => {
  it('moves an element whose place alone changes, by the difference, in the stylesheet', () => {
    const { svg: out, css } = mergeStates('tx', [svg('<text class="name" x="0" y="10">A</text>'), svg('<text class="name" x="50%" y="30">A</text>')]);
    expect(out.match(/<text/g)).toHaveLength(1);
    expect(css).toMatch(/\.sd-tx\[data-state="1"\] \.m0\{transform:translate\(50%,20px\)\}/);
  });

  it('moves a group whose children all move alike, and leaves them in place inside it', () => {
    const a = svg('<g class="mark" data-key="k"><rect class="bg" x="0" y="5" width="9" height="9"/><text class="name" x="0" dx="4" y="12">K</text></g>');
    const b = svg('<g class="mark" data-key="k"><rect class="bg" x="20%" y="25" width="9" height="9"/><text class="name" x="20%" dx="4" y="32">K</text></g>');
    const { svg: out, css } = mergeStates('g', [a, b]);
    expect(out).toMatch(/<g class="mark m0 sd-t" data-key="k"><rect class="bg" x="0"/);
    expect(css.trim().split('\n').filter((l) => l.startsWith('.sd-g[data-state=') && l.includes('transform'))).toEqual(['.sd-g[data-state="1"] .m0{transform:translate(20%,20px)}']);
  });

  it('fades what a state lacks, sets state classes by state, and sizes the root to each state', () => {
    const { svg: out, css } = mergeStates('f', [
      svg('<g class="mark" data-key="a"><rect class="bar" x="0" y="0" width="5" height="5"/></g>', 100),
      svg('<g class="mark highlighted" data-key="a"><rect class="bar" x="0" y="0" width="5" height="5"/></g><text class="note" x="0" y="50">New</text>', 140),
    ]);
    // What changes class, and what is inside it, moves and fades (sd-t)…
    expect(out).toContain('<g class="mark sd-t" data-key="a" data-cls="highlighted:1"><rect class="bar sd-t"');
    // …and what the first state lacks is written out of the drawing (sd-out), which is written in that state.
    expect(out).toMatch(/<text class="note sd-t sd-out" x="0" y="50" data-in="1">New<\/text>/);
    expect(out).toMatch(/^<svg[^>]* data-state="0"/);
    expect(css).toContain('.sd-f[data-state="1"]{height:140px}');
  });

  it('refuses a drawing whose class would be one of the classes the script sets', () => {
    expect(() => mergeStates('out', [svg(''), svg('')])).toThrow(/cannot be named "out"/);
  });

  it('marks nothing that stays the same in every state', () => {
    const still = '<g class="axis"><line class="tick" x1="0" x2="0" y1="0" y2="5"/></g>';
    const { svg: out } = mergeStates('s', [svg(`${still}<text class="a" x="0" y="1">A</text>`), svg(`${still}<text class="a" x="9" y="1">A</text>`)]);
    expect(out).toContain('<g class="axis"><line class="tick" x1="0" x2="0" y1="0" y2="5"></line></g>');
    expect(out).toContain('<text class="a m0 sd-t" x="0" y="1">A</text>');
  });

  it('keeps in <defs> what only some states use: it has no data-in, and is drawn where it is used', () => {
    const sym = (on: boolean) => `<defs>${on ? '<path id="s" d="M0,0h4v4z"/>' : ''}</defs>${on ? '<use class="symbol" href="#s" x="1" y="1"/>' : ''}`;
    const { svg: out } = mergeStates('u', [svg(sym(false)), svg(sym(true))]);
    expect(out).toMatch(/<defs><path id="s" d="M0,0h4v4z"><\/path><\/defs>/);
    expect(out).toMatch(/<use class="symbol sd-t sd-out" href="#s" x="1" y="1" data-in="1">/);
  });

  it('keeps one of each id: a clip path that differs by state gets an id per look, and its users follow', () => {
    const clip = (w: number) => `<defs><clipPath id="c"><rect width="${w}" height="5"/></clipPath></defs><g class="geo" clip-path="url(#c)"><rect class="ocean" width="${w}" height="5"/></g>`;
    const { svg: out } = mergeStates('i', [svg(clip(10)), svg(clip(20)), svg(clip(10))]);
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([...new Set(ids)]);
    expect(out).toContain('clip-path="url(#c-v0)"');
    expect(out).toContain('clip-path="url(#c-v1)"');
  });

  it("draws every state of the seed story's charts exactly as that state's own drawing", () => {
    const content = loadContent(resolve(import.meta.dirname, '../../tests/fixtures/seed'));
    const layout = storyBlocks(content.story!.body, { countries: content.countries, sources: content.sources, sourceHref: (id) => id });
    const steps = layout.blocks.flatMap((b) => (b.kind === 'step' ? [{ id: b.id, chart: b.chart, state: b.state }] : []));
    const drawn = storyDrawings(content, steps);
    expect([...drawn.charts.keys()].sort()).toEqual(['deportees', 'map', 'status', 'timeline']);
    for (const [chart, { drawings, states }] of drawn.charts) {
      expect(states.length, chart).toBeGreaterThan(1);
      drawings.forEach(({ min, svg: merged }, band) => {
        const name = min === undefined ? chart : `${chart}-${min}`;
        // Before any script runs, the drawing is its first state's: its root's classes too.
        expect(tree(merged).attribs.class.split(' ').filter((c) => !c.startsWith('sd-')).sort(), name).toEqual(tree(states[0].bands ? states[0].bands[band].svg : states[0].wide).attribs.class.split(' ').sort());
        // Written in that state: what it lacks, and only that, is out (sd-out) before any script runs.
        const lacked = parseDocument(merged, { xmlMode: true });
        for (const el of DomUtils.findAll((e) => e.attribs['data-in'] !== undefined, lacked.children)) expect((el.attribs.class ?? '').split(' ').includes('sd-out'), `${name} ${el.attribs['data-in']}`).toBe(!el.attribs['data-in'].split(' ').includes('0'));
        states.forEach((figure, state) => {
          const own = figure.bands ? figure.bands[band].svg : figure.wide;
          // The same elements, in the same places (in the first state's order where two states order them differently).
          const a = seen(tree(merged), { state, css: drawn.css, name }).sort();
          const b = seen(tree(own)).sort();
          expect(a, `${name}, state ${state}`).toEqual(b);
        });
      });
    }
  });
});
