/**
 * The static images: a chart rendered to PNG with the shipped fonts, checked from the PNG's own
 * bytes (size), its pixels (the site's colours, not resvg's default black) and across two renders
 * (byte-identical).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../src/figures/render';
import { CARD, chartCard, chartSvg, imageStyle, NEWSLETTER, newsletterPixelWidth, newsletterSvg } from '../src/images/chartImages';
import { imageUrls } from '../src/site/imageUrls';
import { pngSize } from '../src/images/png';
import { socialCard } from '../src/images/socialCard';
import { FONT_FAMILY, FONT_FILES, fontDir, rasterize, rasterizeAsync, shippedFontMetrics, svgPixels } from '../src/images/raster';
import { svgRoot } from '../src/images/standaloneSvg';
import { loadContent } from '../src/validation/load';
import { FIXTURE_SITE } from './helpers/fixtureSite';

const project = resolve(import.meta.dirname, '..');
const css = (file: string) => readFileSync(resolve(project, 'src', file), 'utf8');
const style = imageStyle(css('styles/global.css'), {
  deportees: css('charts/deportees.css'), map: css('charts/map.css'), status: css('charts/status.css'), timeline: css('charts/timeline.css'),
}, FONT_FAMILY);
const fonts = { family: FONT_FAMILY, ...shippedFontMetrics(resolve(project, 'fonts')) };
const content = loadContent(FIXTURE_SITE);
const figure = renderFigure('deportees', content, { id: 'test', state: {} });

const resvgOptions = { font: { fontFiles: Object.values(FONT_FILES).map((f) => resolve(fontDir(), f)), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } };
/** How many pixels have exactly this colour. */
function countColour(svg: string, hex: string): number {
  const pixels = new Resvg(svg, resvgOptions).render().pixels;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
  return n;
}

describe('a chart as a PNG social card', () => {
  const card = chartCard(figure, style, fonts, 'Third-country deportations');
  const png = rasterize(card);

  it('is 1200×675, read from the PNG bytes', () => {
    expect(pngSize(png)).toEqual({ width: 1200, height: 675 });
    expect(CARD).toEqual({ width: 1200, height: 675 });
  });
  it('is byte-identical from one render to the next, in the worker threads too', async () => {
    expect(rasterize(card).equals(png)).toBe(true);
    expect((await rasterizeAsync(card)).equals(png)).toBe(true);
    // More images than workers, and than a worker draws before it is replaced: all come back, in order.
    const many = await Promise.all(Array.from({ length: 30 }, (_, i) => rasterizeAsync(i % 2 ? card : newsletterSvg(figure, style), { width: i % 2 ? undefined : 1280 })));
    expect(many.filter((_, i) => i % 2 === 1).every((p) => p.equals(png))).toBe(true);
    expect(pngSize(many[0]).width).toBe(1280);
  });
  it('knows how many pixels an SVG will take before drawing it', () => {
    expect(svgPixels(card)).toBe(1200 * 675);
    expect(svgPixels('<svg viewBox="-16 -16 992 4136" xmlns="http://www.w3.org/2000/svg"></svg>', 1280)).toBe(1280 * 5337);
    expect(svgPixels('<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>')).toBe(0);
  });
  it('carries the title, takeaway, source line and credit as text', () => {
    for (const text of [figure.title, 'Third-country deportations', 'Source']) expect(card).toContain(text.replace(/&/g, '&amp;'));
  });
  it('draws the bars in the site’s colour and the page white, not resvg’s default black', () => {
    expect(countColour(card, '#0072b2')).toBeGreaterThan(500); // --chart-received
    expect(countColour(card, '#ffffff')).toBeGreaterThan(1200 * 675 * 0.6);
  });
});

describe('a card of a very tall chart', () => {
  // A chart of 200 lanes, 300 × 4,000: on the card it is shrunk below ILLEGIBLE.
  const lanes = Array.from({ length: 200 }, (_, i) => `<text x="0" y="${20 * i + 12}" font-size="12">Country ${i}</text><rect x="80" y="${20 * i}" width="${200 - i}" height="14" fill="#0072b2"/>`).join('');
  const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="4000" viewBox="0 0 300 4000">${lanes}</svg>`;
  const withLabels = socialCard({ ...CARD, title: 'Two hundred countries', takeaway: 'Each with a bar.', chart: tall, source: 'Source: test.', credit: 'Credit' }, fonts, style.palette);
  const withoutLabels = socialCard({ ...CARD, title: 'Two hundred countries', takeaway: 'Each with a bar.', chart: tall.replace(/<text\b[\s\S]*?<\/text>/g, ''), source: 'Source: test.', credit: 'Credit' }, fonts, style.palette);
  it('draws its shape without labels too small to read', () => {
    expect(withLabels).not.toContain('Country 7');
    expect(withLabels).toBe(withoutLabels);
    expect((withLabels.match(/<rect /g) ?? []).length).toBeGreaterThanOrEqual(200);
  });
  it('keeps the labels of a chart drawn large enough to read them', () => {
    expect(chartCard(figure, style, fonts, 'Credit')).toContain(figure.title.replace(/&/g, '&amp;'));
    const short = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">${lanes.split('<rect')[0]}</svg>`;
    expect(socialCard({ ...CARD, title: 'One', takeaway: 'A bar.', chart: short, source: 'Source: test.', credit: 'Credit' }, fonts, style.palette)).toContain('Country 0');
  });
});

describe('the standalone SVG and the newsletter image', () => {
  it('styles the drawing itself, with no var() left', () => {
    const svg = chartSvg(figure, style);
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(');
    expect(countColour(svg, '#0072b2')).toBeGreaterThan(100);
  });
  it('carries no light-dark() for resvg, which cannot read it: every chart in the light colours', () => {
    for (const chart of ['deportees', 'timeline', 'status', 'map'] as const) {
      const drawn = renderFigure(chart, content, { id: `test-${chart}`, state: {} });
      for (const svg of [chartSvg(drawn, style), newsletterSvg(drawn, style)]) {
        expect(/<style>([\s\S]*?)<\/style>/.exec(svg)![1], chart).not.toMatch(/light-dark|var\(/);
      }
    }
    expect(style.palette).toEqual({ bg: '#ffffff', fg: '#1a1a1a', muted: '#5c5c5c', rule: '#d9d9d9', accent: '#0b5cad' });
  });
  it('is 640 px wide at 2×, its height from the chart', () => {
    const svg = newsletterSvg(figure, style);
    const { width, height } = svgRoot(svg);
    const size = pngSize(rasterize(svg, { width: NEWSLETTER.width * NEWSLETTER.scale }));
    expect(size.width).toBe(1280);
    expect(size.height).toBe(Math.round((height * 1280) / width));
    expect(newsletterPixelWidth(width, height)).toBe(1280);
  });
  it('is drawn at 1× when 2× would be a very tall image (a chart of some sixty countries or more)', () => {
    // A 360 px drawing 1,700 px tall is 640 × 3,022 in the newsletter: 1280 × 6,044 pixels at 2×.
    expect(newsletterPixelWidth(360, 1700)).toBe(1280);
    expect(newsletterPixelWidth(360, 1800)).toBe(640);
    expect(1280 * ((1800 * 640) / 360) * 2).toBeGreaterThan(NEWSLETTER.maxPixels);
  });
});

describe('the shipped font', () => {
  it('is the one resvg draws with, and measures text as resvg draws it', () => {
    const text = 'Sent to a third country: São Tomé';
    const size = 40;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="60"><rect width="800" height="60" fill="#fff"/><text x="0" y="45" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="700" fill="#000">${text}</text></svg>`;
    const image = new Resvg(svg, resvgOptions).render();
    const { width, height } = image;
    const pixels = image.pixels; // a copy on each read: read it once
    let right = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4] < 128) right = Math.max(right, x + 1);
    }
    const measured = fonts.bold.width(text, size);
    // The ink ends a little inside the advance width of the last letter; kerning only narrows.
    expect(right).toBeGreaterThan(measured * 0.95);
    expect(right).toBeLessThanOrEqual(measured + 1);
  });
});

describe('image URLs', () => {
  const { imagePaths, ogImage } = imageUrls((path) => `/graphics/tcd/${path}`);
  it('names each chart’s four files under the base path', () => {
    expect(imagePaths('deportees')).toEqual({
      svg: '/graphics/tcd/images/deportees.svg', png: '/graphics/tcd/images/deportees.png',
      newsletter: '/graphics/tcd/images/deportees-640.png', narrowSvg: '/graphics/tcd/images/deportees-360.svg',
    });
    expect(imagePaths('timeline', 'kosovo').newsletter).toBe('/graphics/tcd/images/timeline/kosovo-640.png');
    expect(imagePaths('map', null).png).toBe('/graphics/tcd/images/map.png');
  });
  it('gives each page its Open Graph image, and a story step its own card', () => {
    expect(ogImage('/graphics/tcd/')).toBe('/graphics/tcd/images/og/index.png');
    expect(ogImage('/')).toBe('/graphics/tcd/images/og/index.png');
    expect(ogImage('/graphics/tcd/countries/kosovo/')).toBe('/graphics/tcd/images/og/countries/kosovo.png');
    expect(ogImage('/countries/kosovo/index.html')).toBe('/graphics/tcd/images/og/countries/kosovo.png');
    expect(ogImage('/graphics/tcd/sources/')).toBe('/graphics/tcd/images/og/sources.png');
    expect(ogImage('/graphics/tcd/events/')).toBe('/graphics/tcd/images/timeline.png');
    expect(ogImage('/graphics/tcd/corrections/')).toBe('/graphics/tcd/images/og/index.png');
    expect(ogImage('/graphics/tcd/', { id: 'kosovo-answer', chart: 'timeline' })).toBe('/graphics/tcd/images/timeline/kosovo-answer.png');
  });
});
