/**
 * A hang guard for the content fuzzer: `loadContent` runs synchronously, so a case that never
 * ends would block every timer of the process. A worker thread watches the clock instead and,
 * when one case runs past the limit, writes the case to stderr and ends the process.
 */
import { Worker } from 'node:worker_threads';

const WORKER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { started, length, text, limitMs } = workerData;
const clock = new Float64Array(started);
const size = new Int32Array(length);
setInterval(() => {
  const since = clock[0];
  if (since > 0 && Date.now() - since > limitMs) {
    const described = Buffer.from(new Uint8Array(text).slice(0, Atomics.load(size, 0))).toString('utf8');
    writeSync(2, '\\nThe check has run for over ' + limitMs / 1000 + ' s on one case: it hangs. The case:\\n' + described + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 200);
`;

export interface Watchdog {
  /** A case starts: `described` is printed if it hangs. */
  running(described: string): void;
  idle(): void;
  stop(): void;
}

export function startWatchdog(limitMs: number): Watchdog {
  const started = new SharedArrayBuffer(8);
  const length = new SharedArrayBuffer(4);
  const text = new SharedArrayBuffer(64 * 1024);
  const worker = new Worker(WORKER, { eval: true, workerData: { started, length, text, limitMs } });
  worker.unref();
  const clock = new Float64Array(started);
  const bytes = new Uint8Array(text);
  const size = new Int32Array(length);
  return {
    running(described) {
      const encoded = Buffer.from(described, 'utf8').subarray(0, bytes.length);
      bytes.set(encoded);
      Atomics.store(size, 0, encoded.length);
      clock[0] = Date.now();
    },
    idle() {
      clock[0] = 0;
    },
    stop() {
      clock[0] = 0;
      void worker.terminate();
    },
  };
}
