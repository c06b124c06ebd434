/**
 * `npm run cms`: the browser editor on this machine, for editors who do not use git. It starts
 * Decap CMS's proxy in its git mode (decap-server, MODE=git), which saves each change on a branch of
 * its own (cms/<collection>/<record>) and merges it into the current branch only when the change is
 * published from the editor's Workflow tab, and serves the editor at http://127.0.0.1:4322/admin/,
 * where every save is checked first (src/cms/checkEdit.ts). Both listen on 127.0.0.1 only, and the editor answers only at its own address.
 *
 *   npm run cms [-- <repository folder>]
 *
 * CMS_PORT (4322) and CMS_PROXY_PORT (8081) change the ports. The repository's working tree must be
 * clean: the proxy checks branches out into it.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ADMIN_CSS, adminHtml, adminScript, decapFiles, readDecapFile } from '../src/cms/adminPage';
import { checkEdit } from '../src/cms/checkEdit';
import { adminContentSecurityPolicy } from '../src/publish/securityHeaders';
import { git } from '../src/util/git';

const require = createRequire(import.meta.url);
const root = resolve(process.argv[2] ?? process.cwd());
const port = Number(process.env.CMS_PORT ?? 4322);
const proxyPort = Number(process.env.CMS_PROXY_PORT ?? 8081);
const host = '127.0.0.1';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const branch = git(root, ['symbolic-ref', '--short', 'HEAD']).stdout.toString().trim();
if (!branch) fail(`${root} is not a git repository on a branch: the editor saves each change on a branch of its own, so it needs one.`);
if (branch.startsWith('cms/')) fail(`The repository is on ${branch}, one of the editor's own branches. Switch back first: git switch main`);
const dirty = git(root, ['status', '--porcelain']).stdout.toString().trim();
if (dirty) fail(`The repository has changes or files not committed yet:\n${dirty}\nCommit, stash or remove them first: the editor's proxy checks its branches out into this folder, and its commits would take them along.`);
if (git(root, ['var', 'GIT_AUTHOR_IDENT']).status !== 0) fail('git does not know who is saving: the editor signs each change with your name. Set it once: git config --global user.name "Your Name" && git config --global user.email you@example.org');
const rev = () => git(root, ['rev-parse', branch]).stdout.toString().trim();

const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  env: { ...process.env, MODE: 'git', PORT: String(proxyPort), BIND_HOST: host, GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
proxy.on('exit', (code) => {
  console.error(`The editor's proxy stopped (exit ${code}).`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {
  proxy.kill();
  process.exit(0);
});

const proxyUrl = `http://${host}:${proxyPort}/api/v1`;
const html = adminHtml({ local: proxyUrl, branch }, { check: '/admin/check' });
const script = await adminScript();
const decap = new Set(decapFiles());
const csp = adminContentSecurityPolicy([`http://${host}:${proxyPort}`]);
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', wasm: 'application/wasm', html: 'text/html', json: 'application/json', txt: 'text/plain' };

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': `${TYPES[type] ?? type}; charset=utf-8`, 'content-security-policy': csp, 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

/** A record is under 1 MB (src/validation/recordFile.ts); a request to check one is a little more. */
const MAX_BODY = 2_000_000;

async function body(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The editor's own addresses: a page elsewhere (or a name rebound to this machine) gets nothing. */
const HOSTS = new Set([`${host}:${port}`, `localhost:${port}`]);

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', `http://${host}`).pathname;
  if (!HOSTS.has(req.headers.host ?? '')) return send(res, 421, 'txt', 'This server answers only at its own address on 127.0.0.1.');
  try {
    if (path === '/' || path === '/admin') return void res.writeHead(302, { location: '/admin/' }).end();
    if (path === '/admin/' || path === '/admin/index.html') return send(res, 200, 'html', html);
    if (path === '/admin/admin.js') return send(res, 200, 'js', script);
    if (path === '/admin/admin.css') return send(res, 200, 'css', ADMIN_CSS);
    if (path === '/admin/check' && req.method === 'POST') {
      // JSON only: another site's page cannot send it without the browser asking first, and is refused.
      if (!req.headers['content-type']?.startsWith('application/json') || (req.headers.origin && !HOSTS.has(req.headers.origin.replace(/^https?:\/\//, '')))) return send(res, 403, 'txt', 'Forbidden');
      const raw = await body(req);
      if (raw === undefined) return send(res, 413, 'txt', 'A record must be under 1 MB.');
      const { file, text } = JSON.parse(raw) as { file: unknown; text: unknown };
      if (typeof file !== 'string' || typeof text !== 'string') return send(res, 400, 'txt', 'Expected {"file": "content/…", "text": "…"}');
      return send(res, 200, 'json', JSON.stringify(checkEdit(root, { name: branch, rev: rev() }, file, text)));
    }
    const name = path.startsWith('/admin/decap/') ? path.slice('/admin/decap/'.length) : '';
    if (decap.has(name)) return send(res, 200, name.split('.').pop()!, readDecapFile(name));
    send(res, 404, 'txt', 'Not found');
  } catch (e) {
    console.error(e);
    send(res, 500, 'txt', String(e));
  }
}).listen(port, host, () => {
  console.log(`The editor is at http://${host}:${port}/admin/ (changes are saved on branches of ${root}, merged into ${branch} when published). Ctrl-C stops it.`);
});
