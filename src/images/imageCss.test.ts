import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandClassContains, expandFont, imageStylesheet, lightCustomProperties, lightSide, parseCss, resolveCssVariables, resolveVar } from './imageCss';

const project = resolve(import.meta.dirname, '../..');
const siteCss = (file: string) => readFileSync(resolve(project, 'src', file), 'utf8');

describe('parseCss', () => {
  it('reads rules, selector lists, at-rules and declarations, dropping comments', () => {
    const nodes = parseCss(`/* a comment { } */
      :root { --a: #fff; font: 13px/1 "A; B", sans-serif }
      .x .y, .z { fill: var(--a) }
      @media (prefers-color-scheme: dark) { :root { --a: #000 } }`);
    expect(nodes).toEqual([
      { kind: 'rule', selectors: [':root'], declarations: [['--a', '#fff'], ['font', '13px/1 "A; B", sans-serif']] },
      { kind: 'rule', selectors: ['.x .y', '.z'], declarations: [['fill', 'var(--a)']] },
      { kind: 'at', prelude: '@media (prefers-color-scheme: dark)', rules: [{ kind: 'rule', selectors: [':root'], declarations: [['--a', '#000']] }] },
    ]);
  });
  it('fails loudly on a block that is not closed', () => {
    expect(() => parseCss('.a { fill: red')).toThrow(/CSS: .*Unclosed block/);
  });
});

describe('resolveVar', () => {
  const props = new Map([['--fg', '#1a1a1a'], ['--text', 'var(--fg, #000)'], ['--loop', 'var(--loop)']]);
  it('replaces a property by its value, recursively, inside other text', () => {
    expect(resolveVar('var(--fg)', props)).toBe('#1a1a1a');
    expect(resolveVar('var(--text)', props)).toBe('#1a1a1a');
    expect(resolveVar('1px solid var(--fg)', props)).toBe('1px solid #1a1a1a');
  });
  it('uses the fallback, itself resolved, when the property is not defined', () => {
    expect(resolveVar('var(--missing, #ffffff)', props)).toBe('#ffffff');
    expect(resolveVar('var(--missing, var(--fg))', props)).toBe('#1a1a1a');
    expect(resolveVar('var(--missing, rgba(0, 0, 0, 0.04))', props)).toBe('rgba(0, 0, 0, 0.04)');
  });
  it('refuses an undefined property without fallback, and a loop', () => {
    expect(() => resolveVar('var(--missing)', props)).toThrow('var(--missing) is not defined');
    expect(() => resolveVar('var(--loop)', props)).toThrow(/refers to itself/);
  });
});

describe('lightSide', () => {
  it('takes the light colour of light-dark(), with any white space', () => {
    expect(lightSide('light-dark(#ffffff, #121212)')).toBe('#ffffff');
    expect(lightSide('light-dark(  #fff ,#000  )')).toBe('#fff');
    expect(lightSide('light-dark(\n  red,\n  blue\n)')).toBe('red');
    expect(lightSide('LIGHT-DARK(red, blue)')).toBe('red');
  });
  it('keeps the commas inside a colour function with its colour', () => {
    expect(lightSide('light-dark(rgba(0, 0, 0, 0.04), rgba(255, 255, 255, 0.06))')).toBe('rgba(0, 0, 0, 0.04)');
    expect(lightSide('light-dark(rgb(0 0 0 / 0.15), hsl(0, 0%, 100%))')).toBe('rgb(0 0 0 / 0.15)');
    expect(lightSide('light-dark(color-mix(in srgb, red 50%, blue), #000)')).toBe('color-mix(in srgb, red 50%, blue)');
  });
  it('replaces every light-dark() inside other text, nested ones too, and leaves the rest alone', () => {
    expect(lightSide('0 1px 6px light-dark(#000, #fff), inset 0 0 0 1px light-dark(#111, #eee)')).toBe('0 1px 6px #000, inset 0 0 0 1px #111');
    expect(lightSide('light-dark(light-dark(#aaa, #bbb), #ccc)')).toBe('#aaa');
    expect(lightSide('#1a1a1a')).toBe('#1a1a1a');
    expect(lightSide('var(--light-dark-bg, #fff)')).toBe('var(--light-dark-bg, #fff)');
  });
  it('refuses a light-dark() without exactly two colours, or not closed', () => {
    expect(() => lightSide('light-dark(#fff)')).toThrow(/takes two colours/);
    expect(() => lightSide('light-dark(#fff, #000, #888)')).toThrow(/takes two colours/);
    expect(() => lightSide('light-dark(#fff, )')).toThrow(/takes two colours/);
    expect(() => lightSide('light-dark(#fff, #000')).toThrow(/unclosed light-dark/);
  });
});

describe('resolveVar with light-dark()', () => {
  const props = new Map([
    ['--fg', 'light-dark(#1a1a1a, #ececec)'], ['--ink', 'var(--fg, #1a1a1a)'], ['--soft', '#5c5c5c'], ['--soft-dark', '#a8a8a8'],
    ['--band', 'light-dark( rgba(0, 0, 0, 0.04) , rgba(255, 255, 255, 0.06) )'], ['--pair', 'light-dark(var(--soft), var(--soft-dark))'],
  ]);
  it('takes the light side of a property whose value is light-dark(), through any number of var()', () => {
    expect(resolveVar('var(--fg)', props)).toBe('#1a1a1a');
    expect(resolveVar('var(--ink)', props)).toBe('#1a1a1a');
    expect(resolveVar('1px solid var(--fg)', props)).toBe('1px solid #1a1a1a');
    expect(resolveVar('var(--band)', props)).toBe('rgba(0, 0, 0, 0.04)');
  });
  it('resolves var() inside light-dark(), and light-dark() written in the value itself or in a fallback', () => {
    expect(resolveVar('var(--pair)', props)).toBe('#5c5c5c');
    expect(resolveVar('light-dark(var(--soft), var(--soft-dark))', props)).toBe('#5c5c5c');
    expect(resolveVar('light-dark(var(--missing, var(--fg)), #fff)', props)).toBe('#1a1a1a');
    expect(resolveVar('var(--missing, light-dark(#fff, #000))', props)).toBe('#fff');
  });
  it('still refuses an undefined property on either side, as a browser would drop the declaration', () => {
    expect(() => resolveVar('light-dark(#fff, var(--missing))', props)).toThrow('var(--missing) is not defined');
  });
  it('gives lightCustomProperties the light values', () => {
    const light = lightCustomProperties(':root { --a: light-dark(#fff, #000); --b: var(--a); --c: 13px } .x { --d: light-dark(rgb(1, 2, 3), red) }');
    expect(Object.fromEntries(light)).toEqual({ '--a': '#fff', '--b': 'var(--a)', '--c': '13px', '--d': 'rgb(1, 2, 3)' });
  });
});

describe('resolveCssVariables', () => {
  const css = `
    :root { --bg: light-dark(#ffffff, #121212); --fg: light-dark(#1a1a1a, #ececec); --font-sans: system-ui, sans-serif; color-scheme: light dark; }
    :root[data-theme='light'] { color-scheme: light; }
    :root[data-theme='dark'] { color-scheme: dark; }
    .chart-map { --map-ink: var(--fg, #000); color: var(--map-ink); }
    .chart-map text { fill: currentColor; font-family: var(--font-sans); }
    .chart-map .label { stroke: var(--bg, #fff); }
    @media print { .chart-map .muted { opacity: 0.35; } }`;
  it('resolves every var() from the light theme, on :root or on a chart', () => {
    const out = resolveCssVariables(css);
    expect(out).not.toContain('var(');
    expect(out).toContain('.chart-map{color:#1a1a1a}');
    expect(out).toContain('.chart-map .label{stroke:#ffffff}');
    expect(out).toContain('.chart-map text{fill:currentColor;font-family:system-ui, sans-serif}');
  });
  it('drops the dark colours and the custom property declarations, keeps other at-rules', () => {
    const out = resolveCssVariables(css);
    expect(out).not.toMatch(/#121212|#ececec|--|light-dark/);
    expect(out).toContain('@media print{.chart-map .muted{opacity:0.35}}');
  });
  it('takes the light side of light-dark() written in a declaration', () => {
    expect(resolveCssVariables('.a { fill: light-dark(#0072b2, #56b4e9); stroke: light-dark(var(--x), red) } :root { --x: #000 }'))
      .toBe('.a{fill:#0072b2;stroke:#000}');
  });
  it('takes overrides, and custom properties from a context stylesheet', () => {
    expect(resolveCssVariables(css, { overrides: { '--font-sans': "'Source Sans 3', sans-serif" } }))
      .toContain("font-family:'Source Sans 3', sans-serif");
    expect(resolveCssVariables('.a { fill: var(--accent) }', { context: ':root { --accent: #0b5cad }' })).toBe('.a{fill:#0b5cad}');
  });
  it('refuses a light property declared twice with two values rather than guess', () => {
    expect(() => resolveCssVariables(':root { --a: #fff } .x { --a: #000 }')).toThrow(/--a is declared twice/);
  });
  it('refuses a dark theme written as a second rule of overrides: it is light-dark() now', () => {
    expect(() => resolveCssVariables(":root { --a: #fff } :root[data-theme='dark'] { --a: #000 } .x { fill: var(--a) }"))
      .toThrow(/--a is declared twice .*light-dark\(<light>, <dark>\)/);
  });
});

describe('expandFont', () => {
  it('turns the shorthand into the longhands resvg reads', () => {
    expect(expandFont("13px/1 'Source Sans 3', sans-serif")).toEqual([['font-size', '13px'], ['font-family', "'Source Sans 3', sans-serif"]]);
    expect(expandFont('italic 700 1.15rem/1.25 Georgia, serif')).toEqual([['font-style', 'italic'], ['font-weight', '700'], ['font-size', '1.15rem'], ['font-family', 'Georgia, serif']]);
  });
});

describe('expandClassContains', () => {
  it('writes [class*=…] as one selector per class of the drawing that contains it', () => {
    expect(expandClassContains(".legend-item[class*='family-'] text", ['legend-item', 'family-yes', 'family-asks', 'mark']))
      .toEqual(['.legend-item.family-asks text', '.legend-item.family-yes text']);
    expect(expandClassContains(".a[class*='nothing']", ['a'])).toEqual([]);
    expect(expandClassContains('.a .b', ['a'])).toEqual(['.a .b']);
  });
});

describe('imageStylesheet', () => {
  it('keeps only what a static drawing needs', () => {
    const out = imageStylesheet(`
      :root { --c: #0072b2 }
      .chart-x { display: block; max-width: 100%; height: auto; color: var(--c) }
      .chart-x text { font: 600 13px/1 sans-serif; font-variant-numeric: tabular-nums }
      .chart-x .mark:hover .bar, .chart-x .bar { fill: var(--c); cursor: default; transition: opacity 0.2s }
      .chart-x.has-focus .mark:not(.is-focused) { opacity: 0.2 }
      @media (prefers-reduced-motion: no-preference) { .chart-x .bar { transition: none } }`);
    expect(out.split('\n')).toEqual([
      '.chart-x{color:#0072b2}',
      '.chart-x text{font-weight:600;font-size:13px;font-family:sans-serif}',
      '.chart-x .bar{fill:#0072b2}',
    ]);
  });
  it('resolves every chart stylesheet of the site, with global.css in scope', () => {
    const context = [siteCss('styles/global.css'), ...['deportees', 'map', 'status', 'timeline'].map((c) => siteCss(`charts/${c}.css`))].join('\n');
    for (const chart of ['deportees', 'map', 'status', 'timeline']) {
      const out = imageStylesheet(siteCss(`charts/${chart}.css`), { context, classes: ['legend-item', 'family-asks'] });
      expect(out, chart).not.toMatch(/var\(|light-dark|:hover|@media|(^|[;{])font:/);
      expect(out.length, chart).toBeGreaterThan(200);
    }
    // The light values, not the dark ones.
    expect(lightCustomProperties(context).get('--fg')).toBe('#1a1a1a');
    expect(imageStylesheet(siteCss('charts/map.css'), { context })).toContain('.chart-map .land{fill:#dcdbd6}');
    expect(imageStylesheet(siteCss('charts/timeline.css'), { context, classes: [] })).toContain('.chart-timeline .annotation-band{fill:rgba(0, 0, 0, 0.04)}');
    // The site writes its theme colours with light-dark(), and nothing else switches them.
    expect(context).toContain('light-dark(');
    expect(context).not.toMatch(/prefers-color-scheme\s*:\s*dark/);
  });
});
