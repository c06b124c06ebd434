/**
 * A minimal static file server on 127.0.0.1 for a built site, as a host would serve it,
 * including the site's `_headers` file (Netlify / Cloudflare Pages format).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/atom+xml',
};

type Rule = { pattern: RegExp; headers: [string, string][] };

/** Parses a `_headers` file: a path pattern, then indented "Name: value" lines. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const headers: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      for (const [name, value] of rule.headers) {
        if (headers[name] !== undefined) throw new Error(`_headers sets ${name} twice for ${pathname}`);
        headers[name] = value;
      }
    }
    if (!existsSync(file)) {
      res.writeHead(404, { ...headers, 'content-type': 'text/html' });
      if (existsSync(join(root, '404.html'))) createReadStream(join(root, '404.html')).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    const { port: p } = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${p}` });
  }));
}
