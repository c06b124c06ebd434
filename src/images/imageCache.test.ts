import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRaster, cacheKey, readCached, writeCached } from './imageCache';
import { pruneCache } from './pruneCache';
import { rasterize } from './raster';

const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="${fill}"/><text x="2" y="15" font-size="12">Ab</text></svg>`;

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'image-cache-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every PNG file in the cache. */
const files = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));

describe('the image cache', () => {
  it('names a PNG by everything that decides its bytes', () => {
    expect(cacheKey(svg('red'), 80)).toBe(cacheKey(svg('red'), 80));
    expect(cacheKey(svg('red'), 80)).not.toBe(cacheKey(svg('blue'), 80));
    expect(cacheKey(svg('red'), 80)).not.toBe(cacheKey(svg('red'), 160));
    expect(cacheKey(svg('red'), undefined)).not.toBe(cacheKey(svg('red'), 40));
  });

  it('draws a PNG once, stores it, and gives the stored bytes back the next time', async () => {
    const drawn = await cachedRaster(svg('red'), { width: 80, dir });
    expect(drawn.equals(rasterize(svg('red'), { width: 80 }))).toBe(true);
    expect(files()).toEqual([join(cacheKey(svg('red'), 80).slice(0, 2), `${cacheKey(svg('red'), 80)}.png`)]);
    // Replace the stored file with another whole PNG: what comes back is read, not drawn.
    const other = rasterize(svg('blue'), { width: 80 });
    writeCached(dir, cacheKey(svg('red'), 80), other);
    expect((await cachedRaster(svg('red'), { width: 80, dir })).equals(other)).toBe(true);
  });

  it('draws again when the stored file is cut short or is not a PNG', async () => {
    const key = cacheKey(svg('red'), 80);
    const whole = rasterize(svg('red'), { width: 80 });
    writeCached(dir, key, whole.subarray(0, whole.length - 5));
    expect(readCached(dir, key)).toBeUndefined();
    expect((await cachedRaster(svg('red'), { width: 80, dir })).equals(whole)).toBe(true);
    expect(readCached(dir, key)?.equals(whole)).toBe(true);
    writeCached(dir, key, Buffer.from('not a png, but long enough to look like one'));
    expect(readCached(dir, key)).toBeUndefined();
  });

  it('draws the same drawing once when two files of a build ask for it at the same time', async () => {
    const [first, second, other] = [cachedRaster(svg('red'), { width: 80, dir }), cachedRaster(svg('red'), { width: 80, dir }), cachedRaster(svg('blue'), { width: 80, dir })];
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect((await second).equals(rasterize(svg('red'), { width: 80 }))).toBe(true);
    await other;
    expect(files()).toHaveLength(2);
    // Once drawn, the next build's file is read from the cache, not shared with a finished job.
    expect(cachedRaster(svg('red'), { width: 80, dir })).not.toBe(first);
  });

  it('without a folder, draws every time and stores nothing', async () => {
    expect((await cachedRaster(svg('red'), { width: 80 })).equals(rasterize(svg('red'), { width: 80 }))).toBe(true);
    expect(files()).toEqual([]);
  });

  it('prunes what was neither read nor written since a build started, and keeps the rest', () => {
    const png = rasterize(svg('red'));
    const [used, unused, read] = ['used', 'unused', 'read'].map((name) => cacheKey(svg(name), undefined));
    for (const key of [used, unused, read]) writeCached(dir, key, png);
    const file = (key: string) => join(dir, key.slice(0, 2), `${key}.png`);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const key of [unused, read]) utimesSync(file(key), hourAgo, hourAgo);
    const started = Date.now() - 60_000;
    expect(readCached(dir, read)?.equals(png)).toBe(true);
    expect(statSync(file(read)).mtimeMs).toBeGreaterThan(started);
    expect(pruneCache(dir, started)).toEqual({ removed: 1, kept: 2 });
    expect(existsSync(file(unused))).toBe(false);
    expect(existsSync(file(used)) && existsSync(file(read))).toBe(true);
  });

  it('prunes nothing, and does not fail, when there is no cache yet', () => {
    expect(pruneCache(join(dir, 'none'), Date.now())).toEqual({ removed: 0, kept: 0 });
    writeFileSync(join(dir, 'stray'), '');
    expect(pruneCache(dir, Date.now())).toEqual({ removed: 0, kept: 0 });
  });
});
