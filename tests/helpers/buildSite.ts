/**
 * Runs `npm run build`'s script (scripts/build.ts) as a child process, without blocking the test
 * worker (vitest's RPC times out on long synchronous blocks).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment `npm run build` gets from a shell: without what vitest adds to process.env
 * (NODE_ENV=test alone makes an Astro build take three times the CPU, for the same bytes).
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^VITEST/.test(name) || ['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(name)) delete env[name];
  }
  return env;
}

/**
 * Builds into `outDir`. `env` sets CONTENT_ROOT, SITE_URL, BASE_PATH…; SITE_URL and BASE_PATH
 * default to the project's defaults rather than to whatever the calling shell exported.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(join(PROJECT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: PROJECT,
      env: { ...shellEnv(), SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '/', ...env, OUT_DIR: outDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Builds, or throws with the build's output. */
export async function buildOrThrow(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const result = await buildSite(outDir, env);
  if (result.status !== 0) throw new Error(`build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}
