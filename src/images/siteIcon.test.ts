import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';
import { iconColours, iconPng, iconSvg } from './siteIcon';

const globalCss = readFileSync(join(import.meta.dirname, '../styles/global.css'), 'utf8');
const colours = iconColours(globalCss);

/** The alpha of every pixel of an SVG drawn at `size` px. */
function alphas(svg: string, size: number): number[] {
  const { pixels } = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  return [...pixels].filter((_, i) => i % 4 === 3);
}

describe('iconColours', () => {
  it('are the accent and background tokens of the site\'s stylesheet, light and dark', () => {
    expect(colours).toEqual({ light: { tile: '#0b5cad', mark: '#ffffff' }, dark: { tile: '#7db7ff', mark: '#121212' } });
  });
  it('follow the stylesheet when its tokens change', () => {
    const css = ':root { --bg: light-dark(#fefefe, #000000); --accent: light-dark(rgb(1, 2, 3), #abcdef); }';
    expect(iconColours(css)).toEqual({ light: { tile: 'rgb(1, 2, 3)', mark: '#fefefe' }, dark: { tile: '#abcdef', mark: '#000000' } });
    expect(() => iconColours(':root { --bg: #fff; }')).toThrow(/--accent/);
  });
});

describe('iconSvg', () => {
  it('draws the light colours, and the dark ones when the reader\'s setting asks', () => {
    const svg = iconSvg(colours);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="32" height="32" viewBox="0 0 32 32">/);
    expect(svg).toContain('<style>@media (prefers-color-scheme: dark){.tile{fill:#7db7ff}.mark{fill:#121212;stroke:#121212}}</style>');
    expect(svg).toContain('class="tile" width="32" height="32" rx="7" fill="#0b5cad"');
    expect(svg).toContain('class="mark" fill="#ffffff" stroke="#ffffff"');
  });
  it('has no dark style in its light form, for PNGs', () => {
    expect(iconSvg(colours, { theme: 'light' })).not.toContain('<style>');
  });
});

describe('iconPng', () => {
  it('draws a PNG of the size asked', () => {
    expect(pngSize(iconPng(colours, 32))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconPng(colours, 180, { square: true }))).toEqual({ width: 180, height: 180 });
  });
  it('is opaque to the edges when square (the home-screen icon), and clear in the corners when rounded', () => {
    expect(alphas(iconSvg(colours, { theme: 'light', square: true }), 180).every((a) => a === 255)).toBe(true);
    expect(alphas(iconSvg(colours, { theme: 'light' }), 32)[0]).toBe(0);
  });
  it('is the same bytes every time', () => {
    expect(iconPng(colours, 180, { square: true })).toEqual(iconPng(colours, 180, { square: true }));
  });
});
