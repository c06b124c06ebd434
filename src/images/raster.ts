/**
 * SVG to PNG with resvg (Rust, through @resvg/resvg-js's prebuilt binary), using only the fonts
 * the project ships in fonts/ — never the machine's — so every machine draws the same pixels
 * and the same PNG bytes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fontMetrics, type FontMetrics } from './fontMetrics';
import { svgRoot } from './standaloneSvg';

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

/** resvg's options for a drawing `width` pixels wide (the SVG's own width when undefined), with the fonts in `dir`. */
export function renderOptions(width: number | undefined, dir: string): ResvgRenderOptions {
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
  return new Resvg(svg, renderOptions(width, dir)).render().asPng();
}

/**
 * The same, in a worker thread: parsing, drawing and PNG encoding all happen off the main thread,
 * on a pool of one worker per core, so a build draws pages and images at the same time.
 */
export function rasterizeAsync(svg: string, { width, dir = fontDir() }: { width?: number; dir?: string } = {}): Promise<Buffer> {
  return pool().run(svg, renderOptions(width, dir), width);
}

/**
 * The worker's code. It is given as text because the build bundles this module: a file path would
 * not survive. A change to how it makes the PNG must raise FORMAT in imageCache.ts.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});`;

/** A worker's heap only ever holds one SVG text and one PNG at a time: keep it small. */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

interface Job { svg: string; options: ResvgRenderOptions; pixels: number; resolve: (png: Buffer) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; busy: number; done: number }

/** The pixels an SVG will be drawn with, scaled to `width` when one is given. */
export function svgPixels(svg: string, width?: number): number {
  let size: { width: number; height: number };
  try {
    size = svgRoot(svg);
  } catch {
    return 0;
  }
  if (!(size.width > 0 && size.height > 0)) return 0;
  const scale = width ? width / size.width : 1;
  return Math.round(size.width * scale) * Math.round(size.height * scale);
}

/**
 * Workers, one per core. Jobs wait in order until their pixels fit in {@link RasterPool.PIXELS}:
 * a chart of 200 countries drawn for a phone is tens of millions of pixels, and two of those at
 * once would double the build's peak memory. A worker is replaced after
 * {@link RasterPool.RECYCLE} images: the pixels resvg allocates are freed only when the worker's
 * heap is collected, and that heap is too small to ever prompt a collection, so a long-lived
 * worker would keep every image it drew. An idle worker does not keep the process alive.
 */
class RasterPool {
  static readonly RECYCLE = 16;
  /** About 48 MB of pixels being drawn at a time (4 bytes each); a larger image is drawn alone. */
  static readonly PIXELS = 12_000_000;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private readonly resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
  private next = 0;
  private pixels = 0;

  constructor(private readonly size: number) {}

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER, { eval: true, workerData: { resvg: this.resvg }, resourceLimits: WORKER_HEAP }), busy: 0, done: 0 };
    slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.running.get(id)!;
      this.running.delete(id);
      this.pixels -= job.pixels;
      slot.busy--;
      slot.done++;
      if (slot.busy === 0) {
        if (slot.done >= RasterPool.RECYCLE) this.retire(slot);
        else slot.worker.unref();
      }
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(`Could not draw an image: ${error}`));
      this.dispatch();
    });
    slot.worker.on('error', (e) => {
      this.retire(slot);
      for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(e);
      this.running.clear();
      this.pixels = 0;
    });
    return slot;
  }

  private retire(slot: Slot) {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  /** Starts queued jobs, in order, while their pixels fit and a worker has room (two each). */
  private dispatch() {
    while (this.queue.length) {
      const job = this.queue[0];
      if (this.running.size > 0 && this.pixels + job.pixels > RasterPool.PIXELS) return;
      // A worker that has drawn its share takes no more; it goes once its last image is back.
      const open = this.slots.filter((s) => s.done + s.busy < RasterPool.RECYCLE && s.busy < 2);
      let slot = open.length ? open.reduce((a, b) => (b.busy < a.busy ? b : a)) : undefined;
      if (!slot || slot.busy > 0) {
        const live = this.slots.filter((s) => s.done + s.busy < RasterPool.RECYCLE).length;
        if (live < this.size) this.slots.push((slot = this.spawn()));
      }
      if (!slot) return;
      this.queue.shift();
      const id = this.next++;
      this.running.set(id, job);
      this.pixels += job.pixels;
      if (slot.busy++ === 0) slot.worker.ref();
      slot.worker.postMessage({ id, svg: job.svg, options: job.options });
    }
  }

  run(svg: string, options: ResvgRenderOptions, width?: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ svg, options, pixels: svgPixels(svg, width), resolve, reject });
      this.dispatch();
    });
  }
}

let shared: RasterPool | undefined;
/** One worker per core, or IMAGE_THREADS (fewer use less memory and take longer). */
const pool = () => (shared ??= new RasterPool(Math.max(1, Number(process.env.IMAGE_THREADS) || availableParallelism())));
