/**
 * The site's chart CSS made fit for an image renderer. On the page, charts are styled by the
 * stylesheets through classes and custom properties; a standalone SVG file has no stylesheet,
 * and resvg (which rasterises the images) supports neither `var()`, nor the `font` shorthand,
 * nor `[class*=…]` selectors, nor `light-dark()`. These pure functions parse the CSS, resolve
 * every `var(--x)`, take the light side of every `light-dark(<light>, <dark>)` (images are drawn
 * in the light theme), and keep only what a static drawing needs.
 */
import postcss, { list, type ChildNode, type Root } from 'postcss';

export interface CssRule {
  kind: 'rule';
  selectors: string[];
  declarations: [property: string, value: string][];
}
export interface CssAtRule {
  kind: 'at';
  /** `@media print`, without the block. */
  prelude: string;
  rules: CssNode[];
}
export type CssNode = CssRule | CssAtRule;

/** Parses a stylesheet (with postcss) into rules and at-rules with their nested rules; comments are dropped. */
export function parseCss(css: string): CssNode[] {
  let root: Root;
  try {
    root = postcss.parse(css);
  } catch (e) {
    throw new Error(`CSS: ${(e as Error).message}`);
  }
  return nodesOf(root.nodes);
}

function nodesOf(children: ChildNode[]): CssNode[] {
  const nodes: CssNode[] = [];
  for (const node of children) {
    if (node.type === 'rule') {
      nodes.push({
        kind: 'rule',
        selectors: node.selectors.map((s) => s.trim().replace(/\s+/g, ' ')),
        declarations: node.nodes.filter((d) => d.type === 'decl').map((d): [string, string] => [d.prop, d.important ? `${d.value.trim()} !important` : d.value.trim()]),
      });
    } else if (node.type === 'atrule' && node.nodes) {
      // A statement at-rule such as @import …; has no block and nothing an image needs.
      nodes.push({ kind: 'at', prelude: `@${node.name}${node.params ? ` ${node.params}` : ''}`, rules: nodesOf(node.nodes) });
    }
  }
  return nodes;
}

/**
 * The custom properties a page defines, by name, as written, from top-level rules: declarations
 * inside at-rules (print) do not count. A custom property declared on any selector counts (the map
 * declares its own on `.chart-map`): the site's property names are unique, and a name declared
 * twice with two values is an error rather than a guess. A colour that differs between the themes
 * is one declaration, `light-dark(<light>, <dark>)`, so a dark theme written as a second rule that
 * overrides the light values is refused here too.
 */
export function customProperties(nodes: CssNode[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const node of nodes) {
    if (node.kind !== 'rule') continue;
    for (const [name, value] of node.declarations) {
      if (!name.startsWith('--')) continue;
      const known = props.get(name);
      if (known !== undefined && known !== value) {
        throw new Error(`CSS: ${name} is declared twice with different values (${known}; ${value}); a colour for each theme is written once, as light-dark(<light>, <dark>)`);
      }
      props.set(name, value);
    }
  }
  return props;
}

/** The custom properties of a light-theme page, from stylesheet text (see customProperties), each `light-dark()` at its light side. */
export function lightCustomProperties(css: string): Map<string, string> {
  return new Map([...customProperties(parseCss(css))].map(([name, value]) => [name, lightSide(value)]));
}

/** Index of the `)` that closes the `(` at `open`, outside quotes; -1 when it is not closed. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Replaces every `light-dark(<light>, <dark>)` in `value` by its light colour (images are drawn in
 * the light theme), nested ones too; `darkSide` by its dark one (the site's icon follows the
 * reader's setting). Commas inside the colours (`rgb(0, 0, 0)`) are theirs.
 */
export const lightSide = (value: string): string => themeSide(value, 0);
export const darkSide = (value: string): string => themeSide(value, 1);

function themeSide(value: string, side: 0 | 1): string {
  const fn = /(?<![\w-])light-dark\(/gi;
  let out = '';
  let i = 0;
  for (let m = fn.exec(value); m; m = fn.exec(value)) {
    const open = m.index + m[0].length - 1;
    const end = closingParen(value, open);
    if (end < 0) throw new Error(`CSS: unclosed light-dark( in "${value}"`);
    const args = list.comma(value.slice(open + 1, end)).map((a) => a.trim());
    if (args.length !== 2 || !args[0] || !args[1]) throw new Error(`CSS: light-dark() takes two colours, light and dark, in "${value}"`);
    out += value.slice(i, m.index) + themeSide(args[side], side);
    i = fn.lastIndex = end + 1;
  }
  return out + value.slice(i);
}

/**
 * `value` as a light-theme page computes it: every `var(--name[, fallback])` replaced, recursively
 * (an unknown name without a fallback throws), then every `light-dark()` replaced by its light side.
 */
export function resolveVar(value: string, props: Map<string, string>, seen: string[] = []): string {
  return lightSide(substituteVars(value, props, seen));
}

/** Replaces every `var(--name[, fallback])` in `value`, recursively; an unknown name without a fallback throws. */
function substituteVars(value: string, props: Map<string, string>, seen: string[]): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    out += value.slice(i, at);
    let depth = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    if (end >= value.length) throw new Error(`CSS: unclosed var( in "${value}"`);
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    if (seen.includes(name)) throw new Error(`CSS: ${[...seen, name].join(' → ')} refers to itself`);
    const defined = props.get(name);
    if (defined !== undefined) out += substituteVars(defined, props, [...seen, name]);
    else if (fallback !== undefined) out += substituteVars(fallback, props, seen);
    else throw new Error(`CSS: var(${name}) is not defined`);
    i = end + 1;
  }
}

function serialize(nodes: CssNode[]): string {
  return nodes
    .map((node) => node.kind === 'at'
      ? `${node.prelude}{${serialize(node.rules)}}`
      : `${node.selectors.join(',')}{${node.declarations.map(([p, v]) => `${p}:${v}`).join(';')}}`)
    .join('\n');
}

export interface ResolveOptions {
  /** Other stylesheets of the page (global.css): their custom properties are in scope too, their rules are not kept. */
  context?: string;
  /** Values that replace the stylesheets' (an image sets `--font-sans` to the font it ships). */
  overrides?: Record<string, string>;
}

/**
 * The stylesheet as a light-theme page sees it, with every `var()` replaced by its value and every
 * `light-dark()` by its light colour: custom property declarations are dropped, and rules left empty go.
 */
export function resolveCssVariables(css: string, { context = '', overrides = {} }: ResolveOptions = {}): string {
  const nodes = parseCss(css);
  const props = customProperties([...parseCss(context), ...nodes]);
  for (const [name, value] of Object.entries(overrides)) props.set(name, value);
  const resolve = (list: CssNode[]): CssNode[] => list
    .map((n): CssNode => n.kind === 'at'
      ? { ...n, rules: resolve(n.rules) }
      : { ...n, declarations: n.declarations.filter(([p]) => !p.startsWith('--')).map(([p, v]) => [p, resolveVar(v, props)]) })
    .filter((n) => (n.kind === 'at' ? n.rules.length > 0 : n.declarations.length > 0));
  return serialize(resolve(nodes));
}

/** The properties a static SVG drawing uses; layout and interaction (display, cursor, transition…) are left out. */
const PRESENTATION = new Set([
  'color', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linejoin', 'stroke-linecap', 'opacity', 'paint-order', 'visibility',
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'text-decoration',
  'dominant-baseline', 'stop-color', 'stop-opacity',
]);

/** `font: 700 13px/1 sans-serif` as longhands; resvg reads only the longhands. */
export function expandFont(value: string): [string, string][] {
  const m = /^(.*?)\s*(\d*\.?\d+(?:px|pt|em|rem|%))(?:\s*\/\s*[^\s]+)?\s+(.+)$/.exec(value.trim());
  if (!m) throw new Error(`CSS: cannot read the font shorthand "${value}"`);
  const out: [string, string][] = [];
  for (const word of m[1].split(/\s+/).filter(Boolean)) {
    if (/^(\d{3}|bold|bolder|lighter)$/.test(word)) out.push(['font-weight', word]);
    else if (/^(italic|oblique)$/.test(word)) out.push(['font-style', word]);
    else if (word !== 'normal') throw new Error(`CSS: cannot read "${word}" in the font shorthand "${value}"`);
  }
  out.push(['font-size', m[2]], ['font-family', m[3]]);
  return out;
}

/**
 * Rewrites `[class*='part']` in a selector as one selector per class in the drawing that
 * contains `part` (resvg does not match `*=`). A selector whose `*=` matches no class goes.
 */
export function expandClassContains(selector: string, classes: Iterable<string>): string[] {
  const m = /\[class\*=(['"]?)([^'"\]]+)\1\]/.exec(selector);
  if (!m) return [selector];
  const matching = [...new Set(classes)].filter((c) => c.includes(m[2])).sort();
  return matching.flatMap((c) => expandClassContains(selector.replace(m[0], `.${c}`), classes));
}

/** The stylesheet with its variables resolved, parsed: the same few stylesheets serve every image of a build. */
const resolved = new Map<string, CssNode[]>();
function resolvedCss(css: string, options: ResolveOptions): CssNode[] {
  const key = `${JSON.stringify(options)}\n${css}`;
  let nodes = resolved.get(key);
  if (!nodes) resolved.set(key, (nodes = parseCss(resolveCssVariables(css, options))));
  return nodes;
}

/**
 * The CSS to embed in a standalone SVG for resvg: variables and `light-dark()` resolved (light theme), at-rules and
 * selectors with pseudo-classes (`:hover`, `:not()`…) dropped, only presentation properties
 * kept, `font` expanded, `[class*=…]` rewritten for the classes the drawing has.
 */
export function imageStylesheet(css: string, { classes = [], ...options }: ResolveOptions & { classes?: Iterable<string> } = {}): string {
  const classList = [...classes];
  const rules: CssRule[] = [];
  for (const node of resolvedCss(css, options)) {
    if (node.kind !== 'rule') continue;
    const selectors = node.selectors.filter((s) => !s.includes(':')).flatMap((s) => expandClassContains(s, classList));
    const declarations = node.declarations.flatMap(([p, v]) => (p === 'font' ? expandFont(v) : [[p, v] as [string, string]]))
      .filter(([p]) => PRESENTATION.has(p));
    if (selectors.length && declarations.length) rules.push({ kind: 'rule', selectors, declarations });
  }
  return serialize(rules);
}
