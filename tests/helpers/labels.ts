/**
 * Measures every label of the charts a page shows, as a reader sees them: the rendered size of each
 * `<text>` (its computed font size times the drawing's on-screen scale, from getScreenCTM()), whether
 * it stays inside its drawing, and whether two labels overlap. Runs in the page (Playwright).
 */
import type { Frame, Page } from 'playwright-core';

export interface Label {
  chart: string;
  text: string;
  /** Rendered size in CSS pixels. */
  size: number;
  /** How far it runs past its drawing's left, right, top or bottom edge, in CSS pixels (0 inside). */
  spill: number;
  box: { x: number; y: number; width: number; height: number };
}

export interface Measured {
  labels: Label[];
  /** Pairs of labels of one drawing whose boxes overlap by more than a pixel each way. */
  overlaps: string[];
}

/** Every visible label of every visible chart drawing inside `root` (a CSS selector). */
export async function measureLabels(page: Page | Frame, root = 'body'): Promise<Measured> {
  return page.evaluate((rootSelector) => {
    const labels: Label[] = [];
    const overlaps: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    for (const svg of document.querySelectorAll<SVGSVGElement>(`${rootSelector} svg.chart`)) {
      if (svg.parentElement?.closest('svg') || !visible(svg)) continue;
      const frame = svg.getBoundingClientRect();
      const chart = [...svg.classList].find((c) => c.startsWith('chart-')) ?? 'chart';
      const mine: Label[] = [];
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.textContent?.trim() || !visible(text)) continue;
        const m = text.getScreenCTM();
        if (!m) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
        const r = text.getBoundingClientRect();
        const spill = Math.max(0, frame.left - r.left, r.right - frame.right, frame.top - r.top, r.bottom - frame.bottom);
        const label = { chart, text: text.textContent.trim(), size, spill, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
        mine.push(label);
        labels.push(label);
      }
      for (let i = 0; i < mine.length; i += 1) {
        for (let j = i + 1; j < mine.length; j += 1) {
          const a = mine[i].box;
          const b = mine[j].box;
          const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (dx > 1 && dy > 1) overlaps.push(`${chart}: "${mine[i].text}" and "${mine[j].text}"`);
        }
      }
    }
    return { labels, overlaps };
  }, root);
}

/** What breaks the label rules: a size outside 11–22 px, a label past its drawing, an overlap. */
export function labelProblems({ labels, overlaps }: Measured, where: string): string[] {
  return [
    ...labels.filter((l) => l.size < 11 || l.size > 22).map((l) => `${where}: ${l.chart} "${l.text}" is ${l.size.toFixed(1)} px`),
    ...labels.filter((l) => l.spill > 1).map((l) => `${where}: ${l.chart} "${l.text}" runs ${l.spill.toFixed(0)} px past its drawing`),
    ...overlaps.map((o) => `${where}: ${o} overlap`),
  ];
}

/**
 * Faded (muted) labels and marks of every visible chart inside `root` whose contrast with the
 * background is under WCAG's minimum: 4.5:1 for text, 3:1 for a mark (its fill or its stroke,
 * whichever stands out more). A chip's or label's background (class `…-bg`) is not a mark. Colours
 * are blended with the opacity of every ancestor up to the drawing.
 */
export async function fadedContrastProblems(page: Page | Frame, root = 'body'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const problems: string[] = [];
    const rgba = (value: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const background = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    for (const svg of document.querySelectorAll<SVGSVGElement>(`${rootSelector} svg.chart`)) {
      if (svg.parentElement?.closest('svg') || svg.getBoundingClientRect().width === 0) continue;
      const bg = background(svg);
      // A faded country on a map sits on land as often as on the page or the sea: it must stand out from both.
      const landPaint = svg.querySelector('.land') ? rgba(getComputedStyle(svg.querySelector('.land')!).fill) : null;
      const land = landPaint ? landPaint.slice(0, 3) : null;
      for (const el of svg.querySelectorAll<SVGGraphicsElement>('.muted text, .muted rect, .muted path, .muted circle, .muted line')) {
        if (el.closest('defs, pattern') || el.getBoundingClientRect().width === 0 || [...el.classList].some((c) => c.endsWith('-bg'))) continue;
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden') continue;
        const isText = el.tagName.toLowerCase() === 'text';
        let opacity = 1;
        for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        // Not seen at all: a story chart's mark of another step's state (src/figures/stateDrawing.ts).
        if (opacity === 0) continue;
        const paints = [rgba(cs.fill), isText || parseFloat(cs.strokeWidth) === 0 ? null : rgba(cs.stroke)]
          .filter((p): p is [number, number, number, number] => p !== null && p[3] > 0);
        if (!paints.length) continue;
        const against = (under: number[]) => Math.max(...paints.map((p) => ratio(p.slice(0, 3).map((c, i) => c * p[3] * opacity + under[i] * (1 - p[3] * opacity)), under)));
        const got = !isText && land ? Math.min(against(bg), against(land)) : against(bg);
        const need = isText ? 4.5 : 3;
        if (got < need) {
          const what = isText ? `"${el.textContent?.trim()}"` : `a ${el.tagName.toLowerCase()} of ${el.closest('[data-key]')?.getAttribute('data-key') ?? 'a mark'}`;
          problems.push(`${[...svg.classList].find((c) => c.startsWith('chart-'))}: faded ${what} has contrast ${got.toFixed(2)}:1, under ${need}:1`);
        }
      }
    }
    return problems;
  }, root);
}
