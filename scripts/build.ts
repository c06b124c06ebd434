/**
 * `npm run build`: validates content, builds the site into a temporary folder, and replaces
 * dist/ only when everything succeeded, so the last good build survives any failure.
 * OUT_DIR sets the output folder (default dist); CONTENT_ROOT the folder holding content/;
 * IMAGE_CACHE=off draws every image again instead of reusing the PNGs of earlier builds.
 * CMS_REPO (owner/name on GitHub) adds the browser editor at /admin/ (docs/cms.md); without it there is none.
 * `--drafts` also builds the languages content/languages.yaml marks draft (under /es/ and so on),
 * to read a translation before it is published; without it only published languages are built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pruneCache } from '../src/images/pruneCache';
import type { Redirect } from '../src/publish/publishedUrls';
import { redirectPage, redirectsFile, serverRedirects } from '../src/publish/redirects';
import { ADMIN_CONNECT, headersFile, inlineScripts } from '../src/publish/securityHeaders';
import { publishedBackend, writeAdmin } from '../src/cms/adminPage';
import { editionOf, LOCALES } from '../src/words/locale';
import { besideSnapshot } from '../src/validation/snapshot';
import { CACHE_OWNER, cacheDirOf, cachesDir } from './caches';

const project = resolve(dirname(new URL(import.meta.url).pathname), '..');
const contentRoot = resolve(process.env.CONTENT_ROOT ?? project);
const outDir = resolve(project, process.env.OUT_DIR ?? 'dist');
// Astro leaves build internals behind when its outDir is outside the project, so it always
// builds inside the project; the result then moves to OUT_DIR.
const staging = join(project, `.dist-staging-${process.pid}`);
const previous = join(dirname(outDir), `.dist-previous-${process.pid}`);
const shown = relative(process.cwd(), outDir) || '.';

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\n${existsSync(outDir) ? `The last good build in ${shown}/ is untouched.` : `Nothing was written to ${shown}/.`}`);
  process.exit(1);
}

// Each content folder has its own cache: Astro's, and the PNGs of its last build (src/images/imageCache.ts).
const caches = cachesDir(project);
const cacheDir = cacheDirOf(project, contentRoot);
const snapshot = join(cacheDir, `content-${process.pid}.json`);
const imageCache = process.env.IMAGE_CACHE === 'off' ? undefined : join(cacheDir, 'images');
mkdirSync(cacheDir, { recursive: true });
writeFileSync(join(cacheDir, CACHE_OWNER), contentRoot);
const started = Date.now();
const drafts = process.argv.includes('--drafts') || process.env.BUILD_DRAFTS === '1';

const exited = (child: ChildProcess) =>
  new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (status, signal) => done({ status, signal })));

/**
 * The build's JavaScript heap, in MB: BUILD_HEAP_MB, or 384 MB and 30 KB for each record. Astro
 * holds every record more than once (its data store, the pages' copy, the list of every event),
 * so the most a build holds at one time grows with the records.
 */
function heapMegabytes(): number {
  if (process.env.BUILD_HEAP_MB) return Number(process.env.BUILD_HEAP_MB);
  const records = ['countries', 'events', 'sources'].reduce((n, folder) => {
    const dir = join(contentRoot, 'content', folder);
    return n + (existsSync(dir) ? readdirSync(dir).length : 0);
  }, 0);
  return Math.round(384 + records * 0.03);
}

const astro = join(project, 'node_modules', '.bin', 'astro');
const heap = heapMegabytes();
// Validation runs in a process of its own, at the same time as Astro starts: its memory is given
// back before the pages are drawn, and it leaves the valid records in a snapshot that Astro waits
// for (src/site/loader.ts) instead of reading every file again. Invalid content stops both.
const check = spawn(process.execPath, [...process.execArgv, join(project, 'scripts/check.ts'), contentRoot, '--snapshot', snapshot, ...(drafts ? ['--drafts'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
const site = spawn(astro, ['build', '--outDir', staging], {
  cwd: project,
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_ROOT: contentRoot,
    ASTRO_CACHE_DIR: cacheDir,
    CONTENT_SNAPSHOT: snapshot,
    BUILD_DRAFTS: drafts ? '1' : '',
    IMAGE_CACHE_DIR: imageCache ?? '',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Node lets a heap grow to a quarter of the machine's memory before collecting in earnest;
    // a build's live data is a few hundred MB even at 10,000 events, so keep it near that.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim(),
    // The image workers allocate and free large buffers from several threads; with glibc's
    // default of one memory arena per thread, freed memory stays with the process.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  },
});
const checked = await exited(check);
if (checked.status !== 0) {
  site.kill('SIGTERM');
  await exited(site);
  rmSync(snapshot, { force: true });
  fail(checked.status === 1 ? 'The content has the problems listed above: fix them and build again.' : 'The content check could not run (see the messages above).');
}
const run = await exited(site);
rmSync(snapshot, { force: true });
const redirects = JSON.parse(readFileSync(besideSnapshot(snapshot, 'redirects'), 'utf8')) as Redirect[];
for (const what of ['redirects', 'lastmods'] as const) rmSync(besideSnapshot(snapshot, what), { force: true });
// Node stops with SIGABRT (exit code 134) when the heap is full.
if (run.signal === 'SIGABRT' || run.status === 134) fail(`The site build ran out of memory (a ${heap} MB heap): build again with BUILD_HEAP_MB set higher.`);
if (run.status !== 0) fail('The site build failed (see the messages above).');
if (!existsSync(join(staging, 'index.html'))) fail('The build wrote no index.html.');
// @astrojs/sitemap reports its own failures without failing the build (src/site/sitemap.ts).
if (!existsSync(join(staging, 'sitemap-index.xml'))) fail('The build wrote no sitemap-index.xml (see the [@astrojs/sitemap] messages above).');
writeRedirects(staging);
// The browser editor, only when the site's configuration names the repository it saves to (docs/cms.md).
let cms: ReturnType<typeof publishedBackend>;
try {
  cms = publishedBackend(process.env);
} catch (e) {
  fail((e as Error).message);
}
if (cms) {
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  await writeAdmin(join(staging, 'admin'), cms, `${base}admin/`, new URL(base, process.env.SITE_URL ?? 'http://127.0.0.1:4321').href);
}
writeHeaders(staging);

/**
 * Keeps renamed records' old addresses working (src/publish/redirects.ts): `_redirects` for hosts
 * that read it; at an old page address, a page that sends the reader on; and an embed, oEmbed
 * answer or image published again at its old address, so embeds in other newsrooms' articles keep
 * working on any host.
 */
function writeRedirects(dir: string) {
  const base = process.env.BASE_PATH ?? '/';
  const file = (path: string) => join(dir, path.endsWith('/') ? `${path}index.html` : path);
  for (const { from, to } of serverRedirects(redirects)) {
    if (!existsSync(file(to))) fail(`The old address ${from} would lead to ${to}, which the build did not write.`);
    mkdirSync(dirname(file(from)), { recursive: true });
    // An address in another language's edition (/es/…) is that edition's.
    const { locale, rest } = editionOf(from);
    if (/^\/(embed|oembed|images)\//.test(rest)) cpSync(file(to), file(from));
    else writeFileSync(file(from), redirectPage(to, base, process.env.SITE_URL ?? 'http://127.0.0.1:4321', locale));
  }
  if (redirects.length) writeFileSync(join(dir, '_redirects'), redirectsFile(base, redirects));
}

/**
 * Writes `_headers`. The site's own scripts are files, so an inline script in a page can only
 * come from content that escaped: the build stops instead of publishing it.
 */
function writeHeaders(dir: string) {
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html') && inlineScripts(readFileSync(p, 'utf8')).length) {
        fail(`${relative(dir, p)} contains an inline script the site does not write; nothing was published.`);
      }
    }
  };
  walk(dir);
  // Each language's edition (es/) has page folders of its own, and embeds.
  const pageFolders = (at: string, editions: readonly string[] = []) => readdirSync(at, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !['embed', '_astro', 'data', 'images', 'oembed', 'admin', ...editions].includes(e.name))
    .map((e) => e.name)
    .sort();
  const editions = LOCALES.filter((l) => l !== 'en' && existsSync(join(dir, l)));
  const folders = pageFolders(dir, editions);
  const admin = existsSync(join(dir, 'admin')) ? [...ADMIN_CONNECT, ...(process.env.CMS_AUTH_URL ? [new URL(process.env.CMS_AUTH_URL).origin] : [])] : undefined;
  writeFileSync(join(dir, '_headers'), headersFile(process.env.BASE_PATH ?? '/', folders, Object.fromEntries(editions.map((l) => [l, pageFolders(join(dir, l))])), admin));
}

/** Renames, or copies when the two folders are on different file systems. */
function move(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

mkdirSync(dirname(outDir), { recursive: true });
if (existsSync(outDir)) renameSync(outDir, previous);
move(staging, outDir);
rmSync(previous, { recursive: true, force: true });

// A cache that cannot be tidied is only bigger: it never fails a build that is already published.
try {
  tidyCaches();
} catch (e) {
  console.warn(`Could not tidy the build caches: ${(e as Error).message}`);
}

/**
 * Keeps the caches small: the PNGs this build did not use go (the cache then holds one build's
 * images), and so do the caches of content folders that no longer exist, such as the tests'.
 */
function tidyCaches() {
  // A second's margin for file systems that store coarse times.
  if (imageCache) pruneCache(imageCache, started - 1000);
  for (const entry of readdirSync(caches, { withFileTypes: true })) {
    const owner = join(caches, entry.name, CACHE_OWNER);
    if (!entry.isDirectory() || !existsSync(owner)) continue;
    const root = readFileSync(owner, 'utf8');
    // Empty while another build is writing it: that folder is in use.
    if (root && root !== contentRoot && !existsSync(root)) rmSync(join(caches, entry.name), { recursive: true, force: true });
  }
}

const pages = (function count(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
})(outDir);
console.log(`\nBuilt ${pages} pages into ${shown}/. View them with \`npm run preview\`, then open http://127.0.0.1:4321/`);
