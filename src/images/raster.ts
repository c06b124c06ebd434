/**
 * SVG to PNG with resvg (Rust, through @resvg/resvg-js's prebuilt binary), using only the fonts
 * the project ships in fonts/ — never the machine's — so every machine draws the same pixels
 * and the same PNG bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
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
 * The worker's task, ./rasterWorker.cjs. piscina loads a task from a file, and the build bundles
 * this module, so the file is found from the project folder (where builds and tests run), as the
 * fonts are.
 */
function workerFile(): string {
  const file = join(process.cwd(), 'src', 'images', 'rasterWorker.cjs');
  if (!existsSync(file)) throw new Error(`No raster worker at ${file}: build from the project folder.`);
  return file;
}

/** A worker's heap only ever holds one SVG text and one PNG at a time: keep it small. */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

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
 * Workers, one per core, run by piscina. Jobs wait here in order until their pixels fit in
 * {@link RasterPool.PIXELS}: a chart of 200 countries drawn for a phone is tens of millions of
 * pixels, and two of those at once would double the build's peak memory; piscina, which has no
 * such weights, is handed a job only then, two per worker at most. Workers are replaced after about
 * {@link RasterPool.RECYCLE} images each: the pixels resvg allocates are freed only when a
 * worker's heap is collected, and that heap is too small to ever prompt a collection, so a
 * long-lived worker would keep every image it drew. piscina cannot retire one worker (its
 * maintainers suggest a new pool, piscinajs/piscina#512), so once a piscina pool has had `RECYCLE`
 * images per worker the next job goes to a new pool, and the old one is destroyed when its last
 * image is back — not with close(), which in piscina 5.3.2 counts a worker as done once per
 * listener it registers and can end a pool while a worker is still drawing. An idle worker does
 * not keep the process alive (piscina unrefs it).
 */
class RasterPool {
  static readonly RECYCLE = 16;
  /** About 48 MB of pixels being drawn at a time (4 bytes each); a larger image is drawn alone. */
  static readonly PIXELS = 12_000_000;
  private readonly waiting: { pixels: number; start: () => void }[] = [];
  private running = 0;
  private pixels = 0;
  private current: Threads | undefined;
  private readonly filename = workerFile();

  constructor(private readonly size: number) {}

  /** The piscina pool for the next job: a new one once the current one has had its share. */
  private threads(): Threads {
    let threads = this.current;
    if (!threads || threads.sent >= this.size * RasterPool.RECYCLE) {
      if (threads?.running === 0) void threads.pool.destroy();
      threads = this.current = {
        pool: new Piscina({
          filename: this.filename,
          minThreads: this.size,
          maxThreads: this.size,
          concurrentTasksPerWorker: 2,
          resourceLimits: WORKER_HEAP,
          // The worker waits for its next job on its event loop, not blocked in Atomics.wait.
          atomics: 'disabled',
          recordTiming: false,
        }),
        sent: 0,
        running: 0,
      };
    }
    threads.sent++;
    threads.running++;
    return threads;
  }

  /** Starts waiting jobs, in order, while their pixels fit and a worker has room (two each). */
  private admit() {
    while (this.waiting.length) {
      const job = this.waiting[0];
      if (this.running > 0 && (this.running >= 2 * this.size || this.pixels + job.pixels > RasterPool.PIXELS)) return;
      this.waiting.shift();
      this.running++;
      this.pixels += job.pixels;
      job.start();
    }
  }

  async run(svg: string, options: ResvgRenderOptions, width?: number): Promise<Buffer> {
    const pixels = svgPixels(svg, width);
    await new Promise<void>((start) => {
      this.waiting.push({ pixels, start });
      this.admit();
    });
    const threads = this.threads();
    let result: { png?: Uint8Array; error?: string };
    try {
      result = await threads.pool.run({ svg, options });
    } finally {
      if (--threads.running === 0 && threads !== this.current) void threads.pool.destroy();
      this.running--;
      this.pixels -= pixels;
      this.admit();
    }
    const { png, error } = result;
    if (!png) throw new Error(`Could not draw an image: ${error}`);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  }
}

/** A piscina pool, the jobs it has been given and those not yet back. */
interface Threads { pool: Piscina; sent: number; running: number }

let shared: RasterPool | undefined;
/** One worker per core, or IMAGE_THREADS (fewer use less memory and take longer). */
const pool = () => (shared ??= new RasterPool(Math.max(1, Number(process.env.IMAGE_THREADS) || availableParallelism())));
