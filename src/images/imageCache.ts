/**
 * PNGs kept between builds, by what they are drawn from. Drawing the images is most of a build's
 * work, and most of them do not change from one build to the next: a rebuild after an edit to one
 * country draws that country's images and reads the rest from here.
 *
 * A file's name is a digest of everything that decides its bytes: the SVG, the drawing options,
 * the font files and the version of resvg. The same inputs give the same bytes (the identical
 * rebuilds check in `.ci/run` builds once without and once with this cache, and compares), so a
 * file read from here is the file that would have been drawn. `npm run build` keeps the cache
 * in node_modules/.astro/ and, after each good build, removes what that build did not use
 * (./pruneCache.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isWholePng } from './png';
import { FONT_FILES, fontDir, rasterizeAsync, renderOptions } from './raster';

/**
 * Raise when the same SVG, options, fonts and resvg version would give other bytes (another PNG
 * encoder in raster.ts, say) or when this file names or stores PNGs another way. resvg's options
 * are in every key already.
 */
const FORMAT = 1;

const inputs = new Map<string, string>();
/** The digest of what every image shares: the bytes of the fonts in `dir`, and resvg's version. */
function sharedInputs(dir: string): string {
  const known = inputs.get(dir);
  if (known) return known;
  const hash = createHash('sha256').update(`image-cache ${FORMAT}\n`);
  const require = createRequire(join(process.cwd(), 'package.json'));
  for (const pkg of ['@resvg/resvg-js', `@resvg/resvg-js-${process.platform}-${process.arch}-gnu`]) {
    try {
      hash.update(`${pkg} ${(require(`${pkg}/package.json`) as { version: string }).version}\n`);
    } catch {
      hash.update(`${pkg} missing\n`);
    }
  }
  for (const file of Object.values(FONT_FILES)) hash.update(readFileSync(join(dir, file)));
  const digest = hash.digest('hex');
  inputs.set(dir, digest);
  return digest;
}

/** The file name of the PNG drawn from `svg` at `width` pixels (the SVG's own width when undefined). */
export function cacheKey(svg: string, width: number | undefined, fonts = fontDir()): string {
  // The options name the font files by path; their bytes are in the shared inputs.
  const options = JSON.stringify(renderOptions(width, '.'));
  return createHash('sha256').update(sharedInputs(fonts)).update(`\n${options}\n`).update(svg).digest('hex');
}

const pathOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.png`);

/** The cached PNG, if there is a whole one; reading it marks it as used by this build. */
export function readCached(dir: string, key: string): Buffer | undefined {
  const file = pathOf(dir, key);
  let png: Buffer;
  try {
    png = readFileSync(file);
  } catch {
    return undefined;
  }
  if (!isWholePng(png)) return undefined;
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch { /* removed meanwhile: the bytes are already read */ }
  return png;
}

/** Stores a PNG. Written to a temporary name and renamed, so a reader never sees half a file. */
export function writeCached(dir: string, key: string, png: Buffer): void {
  const file = pathOf(dir, key);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  } catch {
    // A full disk or a read-only cache only makes the next build slower.
    rmSync(temporary, { force: true });
  }
}

/**
 * Draws `svg` as a PNG in a raster worker, or reads it from the cache in `dir` when an earlier
 * build drew the same thing (without `dir`, always draws). Two files of one build can be the same
 * drawing (a story step that shows a chart as it first appears, say): the second waits for the
 * first instead of drawing it again.
 */
export function cachedRaster(svg: string, { width, dir }: { width?: number; dir?: string }): Promise<Buffer> {
  const key = cacheKey(svg, width);
  const cached = dir ? readCached(dir, key) : undefined;
  if (cached) return Promise.resolve(cached);
  const id = `${dir ?? ''}\0${key}`;
  let job = drawing.get(id);
  if (!job) {
    job = rasterizeAsync(svg, { width })
      .then((png) => {
        if (dir) writeCached(dir, key, png);
        return png;
      })
      .finally(() => drawing.delete(id));
    drawing.set(id, job);
  }
  return job;
}

/** The PNGs being drawn now, by cache folder and key. */
const drawing = new Map<string, Promise<Buffer>>();
