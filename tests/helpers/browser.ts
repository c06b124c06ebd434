/**
 * A headless Chromium-family browser for the browser tests, driven by playwright-core.
 *
 * Which browser: `CHROME_PATH` when set, else the first of BROWSER_PATHS that is there (Debian's
 * Chromium, Ubuntu's, Google Chrome as on GitHub's runners). One console line says which is used.
 * Only when none is there does root install Debian's chromium with apt-get; anyone else, and any
 * GitHub Actions run (where `apt-get install chromium` is a snap shim that fails), is told what to do.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** Where a browser is looked for when `CHROME_PATH` is not set, in this order. */
export const BROWSER_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'] as const;

export type BrowserChoice =
  | { kind: 'use'; path: string; why: string }
  | { kind: 'install' }
  | { kind: 'fail'; message: string };

/**
 * Chooses the browser, without touching the machine: `env` is the environment, `exists` says
 * whether an executable file is at a path, `isRoot` whether apt-get may be run.
 */
export function chooseBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean, isRoot: boolean): BrowserChoice {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    // A browser named on purpose is never swapped for another one, nor installed.
    return exists(chosen)
      ? { kind: 'use', path: chosen, why: 'CHROME_PATH' }
      : { kind: 'fail', message: `CHROME_PATH is ${chosen}, but there is no executable file there. Point CHROME_PATH at Chromium or Google Chrome, or unset it to use the first of ${BROWSER_PATHS.join(', ')}.` };
  }
  const found = BROWSER_PATHS.find((path) => exists(path));
  if (found) return { kind: 'use', path: found, why: 'the first of the usual paths that is there' };
  const none = `Browser tests need Chromium or Google Chrome, and none is at ${BROWSER_PATHS.join(', ')}.`;
  if (env.GITHUB_ACTIONS === 'true') {
    // GitHub's runners ship Google Chrome; their `apt-get install chromium` is a snap shim that fails.
    return { kind: 'fail', message: `${none} On GitHub Actions, set CHROME_PATH to the runner's Chrome (e.g. "$(command -v google-chrome)") instead of installing one.` };
  }
  if (!isRoot) {
    return { kind: 'fail', message: `${none} Install Chromium (on Debian: sudo apt-get install -y chromium), or set CHROME_PATH to a Chromium or Chrome executable.` };
  }
  return { kind: 'install' };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let browserPath: string | undefined;

/** The browser's executable, installing Debian's chromium as root when there is none (see chooseBrowser). */
export function ensureBrowser(): string {
  if (browserPath) return browserPath;
  const isRoot = process.getuid?.() === 0;
  let choice = chooseBrowser(process.env, isExecutable, isRoot);
  if (choice.kind === 'install') {
    console.log('No Chromium or Chrome found: installing Debian\'s chromium with apt-get (about a minute)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    choice = chooseBrowser(process.env, isExecutable, isRoot);
    if (choice.kind === 'install') choice = { kind: 'fail', message: `apt-get install chromium finished, but still no browser is at ${BROWSER_PATHS.join(', ')}.` };
  }
  if (choice.kind === 'fail') throw new Error(choice.message);
  console.log(`Browser tests use ${choice.path} (${choice.why}).`);
  browserPath = choice.path;
  return browserPath;
}

export async function launch(): Promise<Browser> {
  return launchWith([]);
}

/** The same browser with more command-line flags, e.g. a debugging port for Lighthouse. */
export async function launchWith(extra: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureBrowser(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...extra],
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a command and waits until `url` answers (any HTTP status), or fails after `timeoutMs`. */
export async function startServer(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; url: string; timeoutMs?: number }): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (d) => { output += d; });
  child.stderr?.on('data', (d) => { output += d; });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      await fetch(options.url);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  stopServer(child);
  throw new Error(`server did not answer at ${options.url}:\n${output}`);
}

export function stopServer(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}
