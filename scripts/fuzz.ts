/**
 * `npm run fuzz`: the content fuzzer at length. Mutates copies of content/ thousands of times and
 * checks that `npm run check` always ends in success or well-formed problems (tests/fuzz/).
 *
 *   npm run fuzz [-- --runs 5000] [--seed 20251130] [--path <counterexample path>]
 *
 * FUZZ_RUNS and FUZZ_SEED set the same as --runs and --seed; --seed random picks one.
 * Exits 1 on a failure, after printing the smallest case found and how to replay it.
 */
import { DEFAULT_SEED, describeFailure, fuzzContent } from '../tests/fuzz/property';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('runs') ?? process.env.FUZZ_RUNS ?? 5_000);
const seedText = option('seed') ?? process.env.FUZZ_SEED;
const seed = seedText === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedText ?? DEFAULT_SEED);
const path = option('path');
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [-- --runs N] [--seed N|random] [--path P]');
  process.exit(2);
}

console.log(`Fuzzing the check: ${path ? `replaying path ${path}` : `${runs} cases`}, seed ${seed}…`);
let last = Date.now();
const result = fuzzContent({
  runs,
  seed,
  path,
  onCase: (n) => {
    if (Date.now() - last > 10_000) {
      last = Date.now();
      console.log(`  ${n} cases…`);
    }
  },
});
const seconds = (result.ms / 1000).toFixed(1);
console.log(`Tried ${result.runs} cases in ${seconds} s (${(result.ms / Math.max(1, result.runs)).toFixed(0)} ms a case on average, slowest ${Math.round(result.slowestMs)} ms).`);
if (result.failure) {
  console.error(`\n${describeFailure(result)}`);
  process.exit(1);
}
console.log('No failures: every case ended in success or in well-formed problems.');
