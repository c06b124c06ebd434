/**
 * Lighthouse on a built site's story page, as `npm run bench` reports it: mobile (Lighthouse's
 * default: a mid-range phone, slow 4G, the processor slowed 4×), served on 127.0.0.1 by a small
 * server that gzips text as a host would, in the machine's Chromium. Three runs, each in a fresh
 * browser; the median of each score.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain',
};

/** The Chromium the browser tests use: CHROME_PATH, else the first of the usual paths. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => Boolean(p && existsSync(p)));
}

export interface StoryScores { performance: number; accessibility: number; bestPractices: number; lcp: number; cls: number; tbt: number; version: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median Lighthouse scores (0–100) and timings of `/` in `dist`, over three runs. */
export async function storyLighthouse(dist: string, executablePath: string): Promise<StoryScores> {
  const server = createServer((request, response) => {
    let file = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const text = /text|javascript|json|svg|xml/.test(type);
    const body = text ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'max-age=3600', ...(text ? { 'Content-Encoding': 'gzip' } : {}) }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const runs: StoryScores[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const port = 9300 + Math.floor(Math.random() * 500);
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`] });
      try {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        const { categories, audits, lighthouseVersion } = result!.lhr;
        runs.push({
          performance: Math.round((categories.performance.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
          bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
          lcp: audits['largest-contentful-paint'].numericValue ?? 0,
          cls: audits['cumulative-layout-shift'].numericValue ?? 0,
          tbt: audits['total-blocking-time'].numericValue ?? 0,
          version: lighthouseVersion,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  const of = (key: keyof Omit<StoryScores, 'version'>) => median(runs.map((r) => r[key]));
  return { performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), lcp: of('lcp'), cls: of('cls'), tbt: of('tbt'), version: runs[0].version };
}
