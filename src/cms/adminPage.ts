/**
 * The files of /admin/, the browser editor: its page (which carries the setup ./admin.ts reads),
 * its script and stylesheet, and Decap CMS's own files, served from the site (never a CDN).
 * `npm run cms` serves them on this machine; `npm run build` writes them only when the site's
 * configuration names the repository the editor saves to (docs/cms.md).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { cmsConfig, recordFormats, type CmsBackend } from './config';

export type { CmsBackend };

const require = createRequire(import.meta.url);

/** Where Decap CMS's files are: its script, the parts it loads later, and their WebAssembly. */
export function decapFolder(): string {
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** Decap CMS's files to serve under /admin/decap/: no source maps. */
export function decapFiles(): string[] {
  return readdirSync(decapFolder()).filter((f) => /^[\w.-]+\.(js|wasm|css|txt)$/.test(f) && !f.startsWith('cms.'));
}

/** ./admin.ts and what it imports, as one script for the browser. */
export async function adminScript(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'admin.ts')],
    bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, legalComments: 'none',
    platform: 'browser', logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export const ADMIN_CSS = `#check-problems {
  position: fixed; z-index: 1000; right: 1rem; bottom: 1rem; max-width: min(40rem, calc(100vw - 2rem));
  max-height: 50vh; overflow: auto; padding: 1rem 1.25rem; border: 2px solid #b3261e; border-radius: 6px;
  background: #fff; color: #1b1b1b; font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
}
#check-problems.later { border-color: #8a5a00; }
#check-problems h2 { margin: 0 0 0.25rem; font-size: 1.05rem; color: #b3261e; }
#check-problems.later h2 { color: #6b4600; }
#check-problems p { margin: 0 0 0.5rem; }
#check-problems ul { margin: 0 0 0.75rem; padding-left: 1.1rem; }
#check-problems li + li { margin-top: 0.4rem; }
#check-problems .where { display: block; font-size: 0.85em; color: #555; }
#check-problems .what { display: block; }
#check-problems button { font: inherit; padding: 0.25rem 0.75rem; }
`;

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page at /admin/: Decap CMS, set up by ./admin.ts from the configuration made from the model. */
export function adminHtml(backend: CmsBackend, options: { check?: string; siteUrl?: string; at?: string } = {}): string {
  const at = options.at ?? '/admin/';
  const setup = { config: cmsConfig(backend, options.siteUrl), formats: recordFormats(), ...(options.check ? { check: options.check } : {}) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Edit the records</title>
<link rel="stylesheet" href="${at}admin.css">
<script type="application/json" id="cms-setup">${escapeJson(setup)}</script>
<script src="${at}admin.js" defer></script>
<script src="${at}decap/decap-cms.js" defer></script>
</head>
<body>
<noscript>The editor needs JavaScript. Without it, edit the files under content/ and commit them with git (README).</noscript>
</body>
</html>
`;
}

/** Whether Decap CMS is installed (it is a dependency; a partial install would serve a blank page). */
export const decapInstalled = () => existsSync(join(decapFolder(), 'decap-cms.js'));
export const readDecapFile = (name: string) => readFileSync(join(decapFolder(), name));

/**
 * The repository the published site's editor saves to, from the site's configuration: CMS_REPO
 * ("owner/name" on GitHub) turns /admin/ on, CMS_BRANCH is the branch changes are merged into
 * (main), CMS_AUTH_URL the sign-in service for GitHub (Decap's `base_url`). Without CMS_REPO the
 * build has no /admin/. Throws on a CMS_REPO that is not owner/name.
 */
export function publishedBackend(env: Record<string, string | undefined>): CmsBackend | undefined {
  const repo = env.CMS_REPO?.trim();
  if (!repo) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO is "${repo}": expected the GitHub repository the editor saves to, written owner/name`);
  return { github: repo, branch: env.CMS_BRANCH?.trim() || 'main', ...(env.CMS_AUTH_URL ? { authUrl: env.CMS_AUTH_URL } : {}) };
}

/** Writes /admin/ into `dir` (the built site's admin/ folder, served at `at`) for `backend`. */
export async function writeAdmin(dir: string, backend: CmsBackend, at: string, siteUrl?: string): Promise<void> {
  mkdirSync(join(dir, 'decap'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), adminHtml(backend, { siteUrl, at }));
  writeFileSync(join(dir, 'admin.js'), await adminScript());
  writeFileSync(join(dir, 'admin.css'), ADMIN_CSS);
  for (const name of decapFiles()) copyFileSync(join(decapFolder(), name), join(dir, 'decap', name));
}
