/**
 * SVG to PNG with resvg (Rust, through @resvg/resvg-js's prebuilt binary), using only the fonts
 * the project ships in fonts/ — never the machine's — so every machine draws the same pixels
 * and the same PNG bytes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontMetrics, type FontMetrics } from './fontMetrics';

/** The family the shipped files provide: Source Sans 3 (SIL Open Font License, fonts/OFL.txt). */
export const FONT_FAMILY = 'Source Sans 3';
export const FONT_FILES = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-SemiBold.ttf',
  bold: 'SourceSans3-Bold.ttf',
} as const;

/** The project's fonts/ folder (the build and the tests run in the project folder); FONT_DIR overrides it. */
export function fontDir(): string {
  return resolve(process.env.FONT_DIR ?? join(process.cwd(), 'fonts'));
}

export type Weights = Record<keyof typeof FONT_FILES, FontMetrics>;

const metricsCache = new Map<string, Weights>();
/** Text measurement for each shipped weight, from the font files themselves. */
export function shippedFontMetrics(dir = fontDir()): Weights {
  let m = metricsCache.get(dir);
  if (!m) {
    const read = (file: string) => fontMetrics(new Uint8Array(readFileSync(join(dir, file))));
    m = { regular: read(FONT_FILES.regular), semibold: read(FONT_FILES.semibold), bold: read(FONT_FILES.bold) };
    metricsCache.set(dir, m);
  }
  return m;
}

function options(width: number | undefined, dir: string): ResvgRenderOptions {
  return {
    font: {
      fontFiles: Object.values(FONT_FILES).map((f) => join(dir, f)),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
    },
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    logLevel: 'error',
  };
}

/** Renders an SVG to PNG bytes, `width` pixels wide (default: the SVG's own size). */
export function rasterize(svg: string, { width, dir = fontDir() }: { width?: number; dir?: string } = {}): Buffer {
  return new Resvg(svg, options(width, dir)).render().asPng();
}

/** The same, on libuv's thread pool, so that several images render at once. */
export async function rasterizeAsync(svg: string, { width, dir = fontDir() }: { width?: number; dir?: string } = {}): Promise<Buffer> {
  return (await renderAsync(svg, options(width, dir))).asPng();
}
