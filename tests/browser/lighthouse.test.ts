/**
 * Lighthouse's best-practices audit (no console errors, no failed requests such as a missing
 * favicon, no deprecated APIs, a doctype and charset, images at their aspect ratio…) scores 100 on
 * the story, a country page and the tracker of the built seed site, served on 127.0.0.1. Lighthouse
 * drives the same Chromium as the other browser tests, through its debugging port.
 */
import lighthouse from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { freePort, launchWith } from '../helpers/browser';
import { servedSeed } from '../helpers/servedSeed';

const seed = servedSeed('lighthouse');

describe('Lighthouse best practices', () => {
  for (const path of ['/', '/countries/kosovo/', '/countries/', '/es/', '/es/countries/kosovo/']) {
    it(`scores 100 on ${path}`, async () => {
      // A browser of its own for each page: Chromium remembers a missing favicon for the whole
      // session, and would log its 404 on the first page only.
      const debugPort = await freePort();
      const browser = await launchWith([`--remote-debugging-port=${debugPort}`]);
      const result = await lighthouse(`${seed.base}${path}`, { port: debugPort, output: 'json', onlyCategories: ['best-practices'], logLevel: 'error' }).finally(() => browser.close());
      const { lhr } = result!;
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id}: ${a.title}${a.details && 'items' in a.details ? ` ${JSON.stringify(a.details.items).slice(0, 300)}` : ''}`);
      expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
      expect(failed).toEqual([]);
      expect(lhr.categories['best-practices'].score).toBe(1);
    });
  }
});
