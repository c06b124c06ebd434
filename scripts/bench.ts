/**
 * `npm run bench`: builds the seed site cold and warm, with its Spanish edition (two languages) and
 * a copy in English only (content/languages.yaml without Spanish), then rebuilds a copy after an
 * edit to one event's record and counts the images drawn again; then synthetic sites at 1×, 10×, 100×, 256×
 * (9,984 events: the 10,000-event target) and 1000× the seed's events (`-- --sizes 1,10` for
 * fewer), each cold and again warm (a rebuild with the images of the first build in the cache),
 * and prints build seconds, the seconds each further 1,000 events cost (against the size before),
 * peak memory, pages written, the pixels of the PNGs drawn, and what a reader downloads (gzip bytes of HTML, inline SVG, CSS and
 * JS) for the story page, a country page, an embed and the list of every event, with the story's
 * first load, what it weighs scrolled without JavaScript, its elements, its Lighthouse scores and
 * its long tasks while read step by step on a slowed processor (./lighthouse.ts). Figures only: it
 * never fails on a number, only when a build fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { pngSize } from '../src/images/png';
import { cacheDirOf } from './caches';
import { chromiumPath, scrollLongTasks, storyLighthouse } from './lighthouse';
import { writeSynthetic } from './synthetic';

const project = resolve(import.meta.dirname, '..');
const JS_BUDGET = 15 * 1024;
const sizeArg = process.argv.find((a) => a.startsWith('--sizes'))?.split('=')[1] ?? process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = (process.argv.includes('--sizes') || sizeArg?.includes(',') ? sizeArg : '1,10,100,256,1000')!.split(',').map(Number).filter((n) => n > 0);

/** Sum of resident memory of a process and its descendants, from /proc. */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch { /* gone */ }
  }
  let total = 0;
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && parents.has(pid) && inTree(parents.get(pid)!));
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** The PNGs in an image cache folder (./caches.ts), by name. */
function cachedImages(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')));
}

/**
 * A copy of the seed, with its Spanish, built; then one event's record edited (its English title,
 * which Kosovo's timeline and the overview timeline show) and built again: how many images the
 * rebuild drew, against every PNG it wrote.
 */
async function editOneRecord(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  const out = join(root, 'dist');
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  const env = { CONTENT_ROOT: root, OUT_DIR: out, BUILD_DRAFTS: '1' };
  const first = await build(env);
  const images = join(cacheDirOf(project, root), 'images');
  const before = cachedImages(images);
  const file = join(root, 'content/events/2025-05-08-kosovo-deadline.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1, edited'));
  const second = first.ok ? await build(env) : first;
  const pngs = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).length : 0);
  const drawn = [...cachedImages(images)].filter((f) => !before.has(f)).length;
  const written = pngs(join(out, 'images')) + pngs(join(out, 'es/images'));
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDirOf(project, root), { recursive: true, force: true });
  if (!first.ok || !second.ok) return `Rebuild after one edit: the build failed\n${(first.ok ? second : first).output.slice(-2000)}`;
  return `Rebuild after editing one event's title (Kosovo's deadline), both languages: ${second.seconds.toFixed(1)} s, ${drawn} of ${written} PNGs drawn again, the rest read from the cache.`;
}

/** Runs the build; returns seconds and peak memory of the whole process tree. */
function build(env: NodeJS.ProcessEnv): Promise<{ seconds: number; peak: number; ok: boolean; output: string }> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    let peak = 0;
    const timer = setInterval(() => { peak = Math.max(peak, treeRss(child.pid!)); }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      done({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peak, ok: code === 0, output });
    });
  });
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The PNGs' pixels, in millions, each distinct file once: what the build drew, and most of what
 * it costs (a file at two addresses is drawn once).
 */
function imagePixels(dir: string): number {
  const seen = new Set<string>();
  let pixels = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.png')) continue;
    const png = readFileSync(join(dir, file));
    const digest = createHash('sha1').update(png).digest('hex');
    if (seen.has(digest)) continue;
    seen.add(digest);
    const { width, height } = pngSize(png);
    pixels += width * height;
  }
  return pixels / 1e6;
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
}

function weigh(dist: string, page: string) {
  const file = join(dist, page, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((n, href) => n + gz(readFileSync(join(dist, href))), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((n, href) => n + gz(readFileSync(join(dist, href))), 0) + (inlineJs ? gz(inlineJs) : 0);
  return { page: `/${page}`, html: gz(html), svg: svg ? gz(svg) : 0, css, js };
}

/**
 * The story page as its readers load it: the first load (its HTML and the CSS and JavaScript it
 * references, each gzip -9), what a reader without JavaScript downloads scrolling to the end (the
 * HTML, the CSS and every image the page shows, lazy or not: SVGs gzip -9, PNGs as they are), and
 * its elements. The elements are counted in the HTML as written: the story's script moves each
 * chart's one drawing into the graphic and sets its state, but makes no element, so the page holds
 * as many after it runs.
 */
function storyLoad(dist: string, page = ''): { firstLoad: number; noScript: number; elements: number } | null {
  const w = weigh(dist, page);
  if (!w) return null;
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  let elements = 0;
  const images: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      elements++;
      if (name === 'img' && attributes.src?.startsWith('/')) images.push(attributes.src);
    },
  });
  parser.write(html);
  parser.end();
  // As a host serving gzip sends them: SVGs compressed, PNGs as they are.
  const imageBytes = images.reduce((n, src) => {
    const file = join(dist, decodeURIComponent(src.split(/[?#]/)[0]));
    if (!existsSync(file)) return n;
    return n + (file.endsWith('.svg') ? gz(readFileSync(file)) : readFileSync(file).length);
  }, 0);
  return { firstLoad: w.html + w.css + w.js, noScript: w.html + w.css + imageBytes, elements };
}

const line = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](widths[i])).join('  ');

console.log(`Benchmark on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}, ${(await import('node:os')).cpus().length} cores\n`);

/** Builds the seed cold (no caches: node_modules/.astro holds Astro's and the images') and then warm, or stops the benchmark. */
async function seedBuilds(env: NodeJS.ProcessEnv) {
  rmSync(join(project, 'node_modules/.astro'), { recursive: true, force: true });
  const cold = await build(env);
  const warm = await build(env);
  for (const run of [cold, warm]) {
    if (!run.ok) {
      console.log(`The seed build failed:\n${run.output.slice(-2000)}`);
      process.exit(1);
    }
  }
  return { cold, warm };
}

// The seed in English only (a copy without Spanish in content/languages.yaml), then as it is, with
// its Spanish edition (and any draft language): each cold and warm.
const seedOut = mkdtempSync(join(tmpdir(), 'bench-seed-'));
const englishRoot = mkdtempSync(join(tmpdir(), 'bench-english-'));
cpSync(join(project, 'content'), join(englishRoot, 'content'), { recursive: true });
writeFileSync(join(englishRoot, 'content/languages.yaml'), '{}\n');
const english = await seedBuilds({ OUT_DIR: seedOut, CONTENT_ROOT: englishRoot, BUILD_DRAFTS: '' });
const englishPages = countPages(seedOut);
rmSync(englishRoot, { recursive: true, force: true });
const { cold, warm } = await seedBuilds({ OUT_DIR: seedOut, BUILD_DRAFTS: '1' });
console.log(`Seed build, English only: cold ${english.cold.seconds.toFixed(1)} s, warm ${english.warm.seconds.toFixed(1)} s, peak ${mb(Math.max(english.cold.peak, english.warm.peak))}, ${englishPages} pages.`);
console.log(`Seed build, English and Spanish: cold ${cold.seconds.toFixed(1)} s (${(cold.seconds / english.cold.seconds).toFixed(2)}× English only, target at most 1.5×), warm ${warm.seconds.toFixed(1)} s, peak ${mb(Math.max(cold.peak, warm.peak))}, ${countPages(seedOut)} pages.`);
console.log(`${await editOneRecord()}\n`);
const widths = [24, 9, 15, 8, 7];
console.log(line(['page', 'html(gz)', 'inline svg(gz)', 'css(gz)', 'js(gz)'], widths));
for (const page of ['', 'countries/', 'countries/kosovo/', 'events/', 'sources/', 'embed/deportees/', 'embed/map/', 'embed/timeline/kosovo/', 'embed/tracker/', 'es/', 'es/countries/', 'es/countries/kosovo/', 'es/embed/timeline/kosovo/']) {
  const w = weigh(seedOut, page);
  if (w) console.log(line([w.page, kb(w.html), kb(w.svg), kb(w.css), kb(w.js)], widths));
}
const story = weigh(seedOut, '')!;
console.log(`\nStory page JavaScript: ${kb(story.js)} gzip, budget ${kb(JS_BUDGET)}: ${story.js <= JS_BUDGET ? 'within budget' : 'OVER BUDGET'}.`);
const load = storyLoad(seedOut)!;
console.log(`Story page first load (HTML, CSS and JS, gzip -9): ${kb(load.firstLoad)}, target 80.0 KB; without JavaScript, scrolled to the end: ${kb(load.noScript)}, target 200.0 KB; ${load.elements} elements, target 2,000.`);
const spanishLoad = storyLoad(seedOut, 'es/');
if (spanishLoad) console.log(`Spanish story page (/es/) first load: ${kb(spanishLoad.firstLoad)}, target 80.0 KB; without JavaScript, scrolled to the end: ${kb(spanishLoad.noScript)}, target 200.0 KB; ${spanishLoad.elements} elements, target 2,000.`);
const tracker = weigh(seedOut, 'countries/');
if (tracker) console.log(`Tracker page JavaScript (/countries/): ${kb(tracker.js)} gzip, budget 3.0 KB: ${tracker.js <= 3072 ? 'within budget' : 'OVER BUDGET'}.`);
const embedJs = join(seedOut, 'embed.js');
if (existsSync(embedJs)) {
  const size = gz(readFileSync(embedJs));
  console.log(`Host script /embed.js: ${kb(size)} gzip, budget 2.0 KB: ${size <= 2048 ? 'within budget' : 'OVER BUDGET'}.`);
}
const browserPath = chromiumPath();
if (browserPath) {
  for (const [name, path] of [['Story page', ''], ['Spanish story page (/es/)', 'es/']]) {
    if (!existsSync(join(seedOut, path, 'index.html'))) continue;
    const lh = await storyLighthouse(seedOut, browserPath, path);
    console.log(`${name}, Lighthouse ${lh.version} mobile (gzip host, median of 3): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices} (targets 95, 100, 100); largest contentful paint ${(lh.lcp / 1000).toFixed(1)} s, layout shift ${lh.cls.toFixed(3)}, blocking time ${Math.round(lh.tbt)} ms.`);
  }
  // Three readings at each width, as Lighthouse's median of three: on a 2-core machine one reading
  // may meet the browser's or this script's own work. Every reading is printed.
  for (const [width, height] of [[360, 740], [1280, 800]] as const) {
    const runs: number[][] = [];
    for (let run = 0; run < 3; run++) runs.push(await scrollLongTasks(seedOut, browserPath, width, height));
    const said = runs.map((tasks) => (tasks.length ? `${tasks.length} over 50 ms (longest ${Math.max(...tasks)} ms)` : 'none over 50 ms'));
    const median = [...runs].sort((a, b) => a.length - b.length)[1];
    console.log(`Story page read step by step at ${width} px, processor slowed 4×, three readings: ${said.join('; ')}; median reading: ${median.length ? `${median.length} tasks over 50 ms` : 'no task over 50 ms'} (target: none).`);
  }
} else {
  console.log('Story page, Lighthouse: not measured, no Chromium found (set CHROME_PATH, or install chromium).');
}
rmSync(seedOut, { recursive: true, force: true });

// Synthetic sites.
console.log('\nscale   events  countries  build     s/1k events  rebuild  peak memory  pages  images (Mpx)  story html(gz)  story load(gz)  story no-JS(gz)  story elements  country html(gz)  embed html(gz)  events page(gz)');
let previous: { events: number; seconds: number } | undefined;
for (const factor of sizes) {
  const root = mkdtempSync(join(tmpdir(), `bench-${factor}x-`));
  const out = join(root, 'dist');
  const counts = writeSynthetic(project, root, factor);
  // A cold build (a new content folder has no cache), then a rebuild of the same content: what
  // an editor waits for after a change that leaves the images as they were.
  const result = await build({ CONTENT_ROOT: root, OUT_DIR: out });
  const rebuild = result.ok ? await build({ CONTENT_ROOT: root, OUT_DIR: out }) : result;
  if (!result.ok || !rebuild.ok) {
    console.log(`${factor}×: ${result.ok ? 'rebuild' : 'build'} failed\n${(result.ok ? rebuild : result).output.slice(-2000)}`);
    process.exitCode = 1;
  } else {
    const [s, c, e, list] = [weigh(out, ''), weigh(out, 'countries/panama/'), weigh(out, 'embed/deportees/'), weigh(out, 'events/')];
    const load = storyLoad(out);
    // What each further 1,000 events cost, against the size built before (the same 200 countries from 10×).
    const perThousand = previous && counts.events > previous.events ? `${(((result.seconds - previous.seconds) / (counts.events - previous.events)) * 1000).toFixed(1)} s` : '—';
    previous = { events: counts.events, seconds: result.seconds };
    console.log(`${`${factor}×`.padEnd(6)} ${String(counts.events).padStart(7)}  ${String(counts.countries).padStart(9)}  ${`${result.seconds.toFixed(1)} s`.padStart(8)}  ${perThousand.padStart(11)}  ${`${rebuild.seconds.toFixed(1)} s`.padStart(7)}  ${mb(Math.max(result.peak, rebuild.peak)).padStart(11)}  ${String(countPages(out)).padStart(5)}  ${imagePixels(join(out, 'images')).toFixed(0).padStart(12)}  ${kb(s?.html ?? 0).padStart(14)}  ${kb(load?.firstLoad ?? 0).padStart(14)}  ${kb(load?.noScript ?? 0).padStart(15)}  ${String(load?.elements ?? 0).padStart(14)}  ${kb(c?.html ?? 0).padStart(16)}  ${kb(e?.html ?? 0).padStart(14)}  ${kb(list?.html ?? 0).padStart(15)}`);
  }
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDirOf(project, root), { recursive: true, force: true });
}
