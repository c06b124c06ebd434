/**
 * The content fuzzer's property: whatever is done to a copy of the seed's records, `loadContent`
 * returns, quickly, and either finds nothing or reports well-formed problems. Used by
 * tests/fuzz.test.ts (a few hundred cases) and scripts/fuzz.ts (`npm run fuzz`, thousands).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { formatReport, loadContent } from '../../src/validation/load';
import { formatIssue, type ContentIssue } from '../../src/validation/recordFile';
import { applyMutation, describeMutations, FOLDERS, mutations, touches, type Mutation, type Seed } from './mutations';
import { startWatchdog } from './watchdog';

export const PROJECT = resolve(import.meta.dirname, '../..');
/** The seed the tests keep fixed, so that every run tries the same cases. */
export const DEFAULT_SEED = 20_251_130;

export interface FuzzOptions {
  runs: number;
  seed?: number;
  /** Replays one case: fast-check's counterexample path, printed with a failure. */
  path?: string;
  /** A case slower than this fails (ms). */
  timeLimitMs?: number;
  /** The folder holding the content/ to mutate (default: this project). */
  contentRoot?: string;
  /** Called after each case with its number, for progress. */
  onCase?: (n: number) => void;
}

export interface FuzzResult {
  runs: number;
  ms: number;
  seed: number;
  /** Slowest case, in ms. */
  slowestMs: number;
  /** Set when a case failed: what broke, the smallest case found, and where it is kept. */
  failure?: { message: string; counterexample: string; path: string; kept: string };
}

/** The seed's records, in memory: writing them again is much faster than copying a folder. */
function readSeed(root: string): { seed: Seed; bytes: Map<string, Buffer> } {
  const bytes = new Map<string, Buffer>();
  for (const folder of FOLDERS) {
    for (const entry of readdirSync(join(root, 'content', folder)).sort()) {
      bytes.set(`content/${folder}/${entry}`, readFileSync(join(root, 'content', folder, entry)));
    }
  }
  return { seed: { files: [...bytes.keys()], story: 'content/story/index.md' }, bytes };
}

function linesIn(root: string, file: string): number | undefined {
  const path = join(root, file);
  try {
    if (!statSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return readFileSync(path).toString('utf8').split('\n').length;
}

/** What is wrong with one run's result, or undefined when it is well-formed. */
export function problemsOf(root: string, issues: ContentIssue[]): string | undefined {
  const lineCounts = new Map<string, number | undefined>();
  for (const issue of issues) {
    const shown = JSON.stringify(issue);
    if (typeof issue.file !== 'string' || !issue.file.startsWith('content/')) return `an issue outside content/: ${shown}`;
    if (!Number.isInteger(issue.line) || issue.line < 1) return `an issue without a line ≥ 1: ${shown}`;
    if (!Number.isInteger(issue.column) || issue.column < 1) return `an issue without a column ≥ 1: ${shown}`;
    if (typeof issue.message !== 'string' || !issue.message.trim()) return `an issue without a message: ${shown}`;
    if (/internal error/i.test(issue.message)) return `a catch-all message: ${shown}`;
    // Words an editor typed are quoted (a number written .nan is found NaN); other such words mean the code lost a value.
    const unquoted = issue.message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/found -?(?:NaN|Infinity)\b/g, '');
    if (/\bundefined\b|\[object |\bNaN\b/.test(unquoted)) return `a message showing a value the code lost: ${shown}`;
    if (!lineCounts.has(issue.file)) lineCounts.set(issue.file, linesIn(root, issue.file));
    const lines = lineCounts.get(issue.file);
    if (lines !== undefined && issue.line > lines) return `an issue past the file's last line (${lines}): ${shown}`;
  }
  const report = formatReport(issues).split('\n');
  for (let i = 0; i < issues.length; i++) {
    // A file name may hold spaces ("Costa Rica.md" is reported as it is named); nothing else may break the form.
    const at = report[i].indexOf(`:${issues[i].line}:${issues[i].column} `);
    const line = report[i].slice(0, Math.max(0, at)).replace(/ /g, '_') + report[i].slice(Math.max(0, at));
    if (at < 0 || !/^content\/\S+:\d+:\d+ /.test(line) || report[i] !== formatIssue(issues[i])) return `a report line not of the form file:line:column: ${JSON.stringify(report[i])}`;
  }
  if (issues.length && report.length !== issues.length + 2) return `a report of ${report.length} lines for ${issues.length} problems (a line break inside a problem?)`;
  return undefined;
}

/**
 * Runs `fn` and returns what it tried to print: the check prints nothing itself (scripts/check.ts
 * prints its report), so a Node warning or a log line from a library is output out of form.
 */
function printedBy<T>(fn: () => T): { value: T; printed: string[] } {
  const printed: string[] = [];
  const saved = { emitWarning: process.emitWarning, log: console.log, warn: console.warn, error: console.error, info: console.info };
  const capture = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  Object.assign(process, { emitWarning: capture });
  Object.assign(console, { log: capture, warn: capture, error: capture, info: capture });
  try {
    return { value: fn(), printed };
  } finally {
    Object.assign(process, { emitWarning: saved.emitWarning });
    Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error, info: saved.info });
  }
}

/** A broken property, as opposed to an exception thrown by the check itself. */
class Broken extends Error {}

/** Runs the property over `runs` cases; never throws for a failing case, reports it instead. */
export function fuzzContent(options: FuzzOptions): FuzzResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const timeLimitMs = options.timeLimitMs ?? 5_000;
  const { seed: seedFiles, bytes } = readSeed(options.contentRoot ?? PROJECT);
  const work = mkdtempSync(join(tmpdir(), 'fuzz-case-'));
  const watchdog = startWatchdog(Math.max(10_000, timeLimitMs * 3));
  let slowestMs = 0;
  let n = 0;

  /** Lays the seed's records under `root`, in full. */
  const restore = (root: string) => {
    rmSync(join(root, 'content'), { recursive: true, force: true });
    for (const folder of FOLDERS) mkdirSync(join(root, 'content', folder), { recursive: true });
    for (const [file, content] of bytes) writeFileSync(join(root, file), content);
  };
  /** Files the last case changed, or 'all' when it renamed files or changed folders. */
  let dirty: Set<string> | 'all' = 'all';
  const prepare = (root: string, list: Mutation[]) => {
    if (dirty === 'all') restore(root);
    else for (const file of dirty) writeFileSync(join(root, file), bytes.get(file)!);
    const touched = list.map((m) => touches(m, seedFiles));
    dirty = touched.includes('all') ? 'all' : new Set(touched as string[]);
    for (const m of list) applyMutation(root, seedFiles, m);
  };
  const property = fc.property(mutations, (list) => {
    prepare(work, list);
    watchdog.running(describeMutations(list));
    const started = performance.now();
    let run: { value: ContentIssue[]; printed: string[] };
    try {
      run = printedBy(() => loadContent(work).issues);
    } finally {
      watchdog.idle();
    }
    const issues = run.value;
    const ms = performance.now() - started;
    slowestMs = Math.max(slowestMs, ms);
    options.onCase?.(++n);
    if (ms > timeLimitMs) throw new Broken(`the check took ${Math.round(ms)} ms (limit ${timeLimitMs} ms)`);
    if (run.printed.length) throw new Broken(`the check printed something besides its report: ${run.printed[0]}`);
    const problem = problemsOf(work, issues);
    if (problem) throw new Broken(`${problem}\nreport (first 40 lines):\n${formatReport(issues).split('\n').slice(0, 40).join('\n')}`);
  });

  const started = performance.now();
  try {
    const details = fc.check(property, { seed, numRuns: options.runs, path: options.path, endOnFailure: false });
    const result: FuzzResult = { runs: details.numRuns, ms: performance.now() - started, seed, slowestMs };
    if (details.failed && details.counterexample) {
      const [list] = details.counterexample;
      const kept = mkdtempSync(join(tmpdir(), 'fuzz-counterexample-'));
      restore(kept);
      for (const m of list) applyMutation(kept, seedFiles, m);
      const error = details.errorInstance;
      const message = error instanceof Broken ? error.message : error instanceof Error ? `the check threw: ${error.stack ?? error.message}` : String(error);
      result.failure = { message, counterexample: describeMutations(list), path: details.counterexamplePath ?? '', kept };
    }
    return result;
  } finally {
    watchdog.stop();
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

/** A failure as the test and the script print it: how to replay it and where the files are. */
export function describeFailure(result: FuzzResult): string {
  const f = result.failure;
  if (!f) return '';
  return [
    `The check broke on a mutated copy of the seed (fast-check seed ${result.seed}, path "${f.path}").`,
    `Mutations: ${f.counterexample}`,
    `The mutated content is kept in ${f.kept}/content (run: npm run check -- ${f.kept}).`,
    `Replay: npm run fuzz -- --seed ${result.seed} --path ${f.path}`,
    '',
    f.message,
  ].join('\n');
}
