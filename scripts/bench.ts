/**
 * `npm run bench`: builds the site, then prints what a reader downloads for the story page and a
 * country page: gzip bytes of HTML, inline SVG, CSS and JavaScript. Figures only; it never fails
 * on a number.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const project = resolve(import.meta.dirname, '..');
const dist = join(project, process.env.OUT_DIR ?? 'dist');
const JS_BUDGET = 15 * 1024;

const started = process.hrtime.bigint();
const build = spawnSync(join(project, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: project, encoding: 'utf8' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function measure(page: string) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((href) => readFileSync(join(dist, href)));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = assets(/<script[^>]+src="([^"]+)"/g).map((href) => readFileSync(join(dist, href)));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const jsBytes = js.reduce((n, b) => n + gz(b), 0) + (inlineJs ? gz(inlineJs) : 0);
  return {
    page: `/${page}`,
    html: gz(html),
    svg: svg ? gz(svg) : 0,
    charts: (html.match(/<svg[^>]+class="chart /g) ?? []).length,
    css: css.reduce((n, b) => n + gz(b), 0) + (inlineCss ? gz(inlineCss) : 0),
    js: jsBytes,
  };
}

const pages = ['', 'countries/kosovo/', 'sources/', 'embed/deportees/', 'embed/map/', 'embed/timeline/kosovo/'].filter((p) => existsSync(join(dist, p, 'index.html')));
const rows = pages.map(measure);
console.log(`Build: ${seconds.toFixed(1)} s (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${process.platform}/${process.arch})`);
console.log('');
console.log('page                   html(gz)  inline svg(gz)  charts  css(gz)  js(gz)');
for (const r of rows) {
  console.log(`${r.page.padEnd(22)} ${kb(r.html).padStart(8)}  ${kb(r.svg).padStart(14)}  ${String(r.charts).padStart(6)}  ${kb(r.css).padStart(7)}  ${kb(r.js).padStart(6)}`);
}
console.log('');
const story = rows[0];
console.log(`Story page JavaScript: ${kb(story.js)} gzip, budget ${kb(JS_BUDGET)}: ${story.js <= JS_BUDGET ? 'within budget' : 'OVER BUDGET'}.`);
const embedJs = join(dist, 'embed.js');
if (existsSync(embedJs)) {
  const size = gz(readFileSync(embedJs));
  console.log(`Host script /embed.js: ${kb(size)} gzip, budget 2.0 KB: ${size <= 2048 ? 'within budget' : 'OVER BUDGET'}.`);
}
