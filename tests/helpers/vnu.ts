/**
 * The W3C Nu HTML checker (vnu.jar from the vnu-jar package), run once over files or folders.
 *
 * One JVM start per call (a second or two): `java -jar vnu.jar --skip-non-html --errors-only
 * --format json --verbose <paths>`. With `--format json` the messages are written to stderr; with
 * `--verbose` each file checked is named on stdout, so a caller can tell a clean report from a check
 * of nothing (vnu reports no message for a path that does not exist).
 */
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT } from './buildSite';
import { ensureJava } from './java';

export const VNU_JAR = join(PROJECT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One message of the checker, where it is. */
export interface VnuMessage {
  /** The file, relative to the folder the caller gave (`events/index.html`). */
  file: string;
  line: number;
  column: number;
  /** `error`, or `non-document-error` when a file could not be read. */
  type: string;
  message: string;
}

export interface VnuReport {
  /** Every file the checker read, relative to `base`. */
  checked: string[];
  messages: VnuMessage[];
}

/** vnu's JSON message (https://github.com/validator/validator/wiki/Output-»-JSON): firstLine is left out when it is lastLine. */
interface RawMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/** A message as one line: `path:line:column message`. */
export const vnuLine = (m: VnuMessage) => `${m.file}:${m.line}:${m.column} ${m.message}`;

const inBase = (base: string, path: string) => relative(base, path.startsWith('file:') ? fileURLToPath(path) : path);

/** Checks the HTML files at `paths` (files or folders), reporting errors only; paths in the report are relative to `base`. */
export async function checkHtml(paths: string[], base: string): Promise<VnuReport> {
  const java = ensureJava();
  const args = ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', '--verbose', ...paths];
  const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code, stdout: out, stderr: err }));
  });
  let raw: { messages: RawMessage[] };
  try {
    raw = JSON.parse(stderr);
  } catch {
    throw new Error(`${java} -jar vnu.jar exited with ${status} without a JSON report:\n${stderr}${stdout}`);
  }
  // It exits with 1 when it found errors, 0 when it found none; anything else is the checker failing.
  if (status !== 0 && status !== 1) throw new Error(`${java} -jar vnu.jar exited with ${status}:\n${stderr}`);
  return {
    checked: stdout.split('\n').filter((l) => l.trim() !== '').map((l) => inBase(base, l.trim())),
    messages: raw.messages.map((m) => ({
      file: m.url ? inBase(base, m.url) : '',
      line: m.firstLine ?? m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      type: m.type,
      message: m.message,
    })),
  };
}
