/**
 * A chart's SVG made standalone, for image files: the page's inline SVG carries no styles (the
 * site's CSP forbids them, and the stylesheets colour it); an image file has no stylesheet, so
 * it gets its own `<style>` element with the light-theme values resolved, a white background and
 * the font the build ships.
 */
import { imageStylesheet, type ResolveOptions } from './imageCss';
import { fluidHeight } from '../charts/svg';
import { escapeXml } from '../util/xml';

export interface StandaloneOptions extends ResolveOptions {
  /** The chart's own stylesheet(s): its rules are embedded. */
  css: string;
  /** The background painted under the drawing. */
  background?: string;
  /** Set on the root `<svg>` for any text the stylesheet does not give a family. */
  fontFamily?: string;
  /** White space added around the drawing, in its own units (labels may reach its very edge). */
  padding?: number;
}


/** The class names used anywhere in an SVG string. */
export function svgClasses(svg: string): string[] {
  const classes = new Set<string>();
  for (const m of svg.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) classes.add(c);
  return [...classes].sort();
}

/** The root element's opening tag, its attributes and the viewBox as numbers. */
export function svgRoot(svg: string): { tag: string; viewBox: [number, number, number, number]; width: number; height: number } {
  const tag = /^\s*<svg\b[^>]*>/.exec(svg)?.[0];
  if (!tag) throw new Error('standaloneSvg: the text does not start with <svg');
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const width = Number(attr('width'));
  const height = Number(attr('height'));
  const viewBox = (attr('viewBox') ?? `0 0 ${width} ${height}`).trim().split(/[\s,]+/).map(Number) as [number, number, number, number];
  if (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) throw new Error(`standaloneSvg: cannot read the viewBox of ${tag}`);
  return { tag, viewBox, width: Number.isFinite(width) && width > 0 ? width : viewBox[2], height: Number.isFinite(height) && height > 0 ? height : viewBox[3] };
}

/**
 * A fluid chart (width="100%", no viewBox) fixed at `width` CSS pixels, with a viewBox of that
 * size, so its percentages resolve as in a box that wide; any other SVG is returned unchanged.
 * A drawing whose height grows with its width (the map: `data-height-per-width`, its `height` that
 * at `data-layout-width`) gets the height of a box that wide; a group shown only from a width up
 * (class `from-<px>`, by container queries on pages, which an image renderer lacks) is left out of
 * an image narrower than that.
 */
export function fixWidth(svg: string, width: number): string {
  const tag = /^\s*<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  if (!/\swidth="100%"/.test(tag) || /\sviewBox="/.test(tag)) return svg;
  const rounded = Math.round(fluidHeight(svg, width) * 10) / 10;
  return setRootAttributes(settleForms(svg, width), { width, height: rounded, viewBox: `0 0 ${width} ${rounded}` });
}

/** A start, end or empty tag, its attributes quoted (as the chart code writes them): `/`, name, attributes, `/`. */
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const FORM = /^(from|until)-(\d+)$/;

/**
 * Labels in two forms, or shown only from a width, settled for a box `width` wide, as the page's
 * container queries settle them: an element of class `from-<px>` stays only if `px` ≤ width, one of
 * class `until-<px>` only if width < `px`, and what stays loses the class (and the CSS that hides it).
 * It reads the tags of the chart code's own SVG rather than parsing a document: a build settles
 * every image this way, and a DOM for each took a tenth of a second in all.
 */
export function settleForms(svg: string, width: number): string {
  if (!/\b(from|until)-\d+\b/.test(svg)) return svg;
  let out = '';
  let copied = 0;
  /** How deep inside an element being removed the scan is; 0 outside one. */
  let removing = 0;
  for (const m of svg.matchAll(TAG)) {
    const [tag, end, , attributes, empty] = m;
    const at = m.index;
    if (removing) {
      if (end) removing--;
      else if (!empty) removing++;
      if (!removing) copied = at + tag.length;
      continue;
    }
    if (end) continue;
    const classAttribute = /\sclass=(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    const classes = classAttribute ? (classAttribute[1] ?? classAttribute[2]).split(/\s+/).filter(Boolean) : [];
    const rules = classes.map((c) => FORM.exec(c)).filter((r): r is RegExpExecArray => r !== null);
    if (!rules.length) continue;
    out += svg.slice(copied, at);
    if (rules.some(([, kind, px]) => (kind === 'from' ? Number(px) > width : width >= Number(px)))) {
      if (empty) copied = at + tag.length;
      else removing = 1;
      continue;
    }
    const kept = classes.filter((c) => !FORM.test(c)).join(' ');
    out += tag.replace(classAttribute![0], kept ? ` class="${kept}"` : '');
    copied = at + tag.length;
  }
  if (removing) throw new Error('settleForms: an element is not closed');
  // Every tag must have been read: one it could not (an attribute without quotes, say) would
  // throw the count of what is being removed off.
  const tags = (svg.match(/<(?![!?])/g) ?? []).length;
  if (tags !== [...svg.matchAll(TAG)].length) throw new Error('settleForms: a tag it cannot read');
  return out + svg.slice(copied);
}

/** Sets (or replaces) attributes on the root `<svg>` tag. */
export function setRootAttributes(svg: string, attrs: Record<string, string | number>): string {
  const tag = /^\s*<svg\b[^>]*>/.exec(svg)?.[0];
  if (!tag) throw new Error('standaloneSvg: the text does not start with <svg');
  let next = tag;
  for (const [name, value] of Object.entries(attrs)) {
    const pattern = new RegExp(`\\s${name}="[^"]*"`);
    const written = ` ${name}="${escapeXml(String(value))}"`;
    next = pattern.test(next) ? next.replace(pattern, written) : next.replace(/\s*\/?>$/, (end) => `${written}${end}`);
  }
  return svg.replace(tag, next);
}

/**
 * The chart SVG with its styles embedded (after `<title>` and `<desc>`, which stay first for
 * screen readers), a background rectangle under everything and the font family on the root.
 */
export function standaloneSvg(svg: string, { css, background = '#ffffff', fontFamily, padding = 0, ...resolve }: StandaloneOptions): string {
  if (padding) svg = pad(svg, padding);
  const { viewBox: [x, y, w, h] } = svgRoot(svg);
  const style = imageStylesheet(css, { ...resolve, classes: svgClasses(svg) });
  const insert = `<style>${escapeXml(style)}</style><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${escapeXml(background)}"/>`;
  let out = svg.trim();
  if (!/^<svg\b[^>]*\sxmlns="/.test(out)) out = setRootAttributes(out, { xmlns: 'http://www.w3.org/2000/svg' });
  if (fontFamily) out = setRootAttributes(out, { 'font-family': fontFamily });
  // After the root's leading <title> and <desc>, if any.
  const head = /^<svg\b[^>]*>(\s*<title\b[^>]*>[\s\S]*?<\/title>)?(\s*<desc\b[^>]*>[\s\S]*?<\/desc>)?/.exec(out)![0];
  return `${head}${insert}${out.slice(head.length)}`;
}

/** The SVG with `by` units of space around its viewBox; its width and height grow in proportion. */
export function pad(svg: string, by: number): string {
  const { tag, viewBox: [x, y, w, h], width, height } = svgRoot(svg);
  const r = (n: number) => Math.round(n * 100) / 100;
  if (/\sdata-layout-width="/.test(tag)) {
    // A fluid drawing places marks in percent of its box: a wider viewBox would stretch them, so
    // the drawing is nested, unchanged, in a padded root instead (overflow visible, as on pages).
    const [pw, ph] = [r(width * (w + 2 * by) / w), r(height * (h + 2 * by) / h)];
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${pw}" height="${ph}" viewBox="${r(x - by)} ${r(y - by)} ${r(w + 2 * by)} ${r(h + 2 * by)}">${svg.trim().replace(/^<svg\b/, `<svg x="${x}" y="${y}" overflow="visible"`)}</svg>`;
  }
  return setRootAttributes(svg, {
    viewBox: `${r(x - by)} ${r(y - by)} ${r(w + 2 * by)} ${r(h + 2 * by)}`,
    width: r(width * (w + 2 * by) / w),
    height: r(height * (h + 2 * by) / h),
  });
}

/** A standalone SVG placed inside another at x, y, scaled to fit width × height (its aspect kept). */
export function placeSvg(svg: string, box: { x: number; y: number; width: number; height: number; align?: string }): string {
  return setRootAttributes(svg, { x: box.x, y: box.y, width: box.width, height: box.height, preserveAspectRatio: `${box.align ?? 'xMidYMid'} meet` });
}
