import { describe, expect, it } from 'vitest';
import { pad, placeSvg, setRootAttributes, settleForms, standaloneSvg, svgClasses, svgRoot } from './standaloneSvg';

const chart = '<svg aria-labelledby="t d" role="img" class="chart chart-x" height="100" width="200" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg"><title id="t">A &amp; B</title><desc id="d">Values</desc><g class="legend-item family-yes"><rect class="bar" width="10" height="10"/></g><text class="label">x</text></svg>';
const css = `.chart-x { color: var(--fg) } .chart-x .bar { fill: var(--accent); cursor: pointer } .chart-x .bar:hover { fill: red }
  .chart-x [class*='family-'] .bar { stroke: var(--fg) } .chart-x text { font: 13px/1 var(--font-sans) }`;
const context = ':root { --fg: light-dark(#1a1a1a, #eee); --accent: #0b5cad; --font-sans: system-ui; color-scheme: light dark } :root[data-theme="dark"] { color-scheme: dark }';

describe('standaloneSvg', () => {
  const out = standaloneSvg(chart, { css, context, overrides: { '--font-sans': "'Source Sans 3', sans-serif" }, fontFamily: "'Source Sans 3', sans-serif" });
  it('embeds the chart stylesheet, resolved for the light theme, after the title and description', () => {
    expect(out).toContain('<desc id="d">Values</desc><style>.chart-x{color:#1a1a1a}\n.chart-x .bar{fill:#0b5cad}\n.chart-x .family-yes .bar{stroke:#1a1a1a}\n'
      + '.chart-x text{font-size:13px;font-family:&apos;Source Sans 3&apos;, sans-serif}</style>');
    expect(out).not.toMatch(/var\(|hover|cursor|#eee/);
  });
  it('leaves no light-dark() in the stylesheet, which resvg cannot read: the light colour instead', () => {
    const themed = standaloneSvg(chart, {
      css: `.chart-x { color: light-dark(#1a1a1a, #ececec) } .chart-x .bar { fill: var(--bar); stroke: light-dark( var(--fg) , #fff ) }
        .chart-x text { fill: light-dark(rgba(0, 0, 0, 0.5), rgba(255, 255, 255, 0.5)) } .chart-x { --bar: light-dark(#0072b2, #56b4e9) }`,
      context,
    });
    const style = /<style>([\s\S]*?)<\/style>/.exec(themed)![1];
    expect(style).not.toMatch(/light-dark|var\(|#ececec|#56b4e9|#eee|255, 255, 255/);
    expect(style).toBe('.chart-x{color:#1a1a1a}\n.chart-x .bar{fill:#0072b2;stroke:#1a1a1a}\n.chart-x text{fill:rgba(0, 0, 0, 0.5)}');
  });
  it('paints a background under the drawing and sets the font family on the root', () => {
    expect(out).toContain('</style><rect x="0" y="0" width="200" height="100" fill="#ffffff"/><g class="legend-item');
    expect(svgRoot(out).tag).toContain(' font-family="&apos;Source Sans 3&apos;, sans-serif"');
  });
  it('leaves the drawing itself as it was', () => {
    expect(out.replace(/<style>[\s\S]*?<\/style><rect[^>]*\/>/, '').replace(/ font-family="[^"]*"/, '')).toBe(chart);
  });
  it('adds the SVG namespace when the drawing lacks it, and escapes the stylesheet for XML', () => {
    const bare = standaloneSvg('<svg width="10" height="10"><rect class="a"/></svg>', { css: '.a > .b { fill: #000 } .a { fill: url(#p&q) }' });
    expect(bare).toMatch(/^<svg width="10" height="10" xmlns="http:\/\/www.w3.org\/2000\/svg"><style>/);
    expect(bare).toContain('.a &gt; .b{fill:#000}');
    expect(bare).toContain('url(#p&amp;q)');
  });
  it('pads the drawing, growing its size in proportion', () => {
    const padded = standaloneSvg(chart, { css: '', padding: 10 });
    expect(svgRoot(padded)).toMatchObject({ viewBox: [-10, -10, 220, 120], width: 220, height: 120 });
    expect(padded).toContain('<rect x="-10" y="-10" width="220" height="120" fill="#ffffff"/>');
  });
});

describe('SVG helpers', () => {
  it('lists the classes used', () => {
    expect(svgClasses(chart)).toEqual(['bar', 'chart', 'chart-x', 'family-yes', 'label', 'legend-item']);
  });
  it('sets, replaces and places', () => {
    expect(svgRoot(setRootAttributes('<svg width="1" height="2"></svg>', { width: 5, x: 3 })).tag).toBe('<svg width="5" height="2" x="3">');
    expect(svgRoot(placeSvg(chart, { x: 1, y: 2, width: 100, height: 50 })).tag).toContain('height="50" width="100" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg" x="1" y="2" preserveAspectRatio="xMidYMid meet"');
    expect(svgRoot(pad('<svg width="400" height="200" viewBox="0 0 200 100"/>', 10))).toMatchObject({ width: 440, height: 240 });
  });
});

describe('settleForms', () => {
  const drawing = [
    '<svg width="100%" height="40"><title>A &gt; B</title>',
    '<g class="labels from-480"><text x="10%" y="5">Wide <tspan>name</tspan></text><g><text>nested</text></g></g>',
    '<text class="label until-480" data-note="a > b">Short</text>',
    '<circle class="dot from-720" r="2"/>',
    '<text class="from-360">Kept from 360</text>',
    '<rect class="bar" width="5%" height="4"/>',
    '</svg>',
  ].join('');

  it('keeps, as a container query would, what shows at the width and drops the rest with everything inside it', () => {
    expect(settleForms(drawing, 360)).toBe([
      '<svg width="100%" height="40"><title>A &gt; B</title>',
      '<text class="label" data-note="a > b">Short</text>',
      '<text>Kept from 360</text>',
      '<rect class="bar" width="5%" height="4"/>',
      '</svg>',
    ].join(''));
    expect(settleForms(drawing, 480)).toBe([
      '<svg width="100%" height="40"><title>A &gt; B</title>',
      '<g class="labels"><text x="10%" y="5">Wide <tspan>name</tspan></text><g><text>nested</text></g></g>',
      '<text>Kept from 360</text>',
      '<rect class="bar" width="5%" height="4"/>',
      '</svg>',
    ].join(''));
    expect(settleForms(drawing, 720)).toContain('<circle class="dot" r="2"/>');
  });

  it('leaves a drawing with no forms as it is, and refuses one cut short', () => {
    const plain = '<svg width="100%" height="4"><rect class="bar" width="5%" height="4"/></svg>';
    expect(settleForms(plain, 360)).toBe(plain);
    expect(() => settleForms('<svg><g class="from-480"><text>x</text>', 360)).toThrow(/not closed/);
    expect(() => settleForms('<svg><g class="from-480"><rect width=5 /></g></svg>', 360)).toThrow(/cannot read/);
  });
});
