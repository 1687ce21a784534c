/**
 * `npm run fuzz [-- --inputs N] [--seed S] [--only I] [--workers W] [--constant MS] [--hang MS] [--minimise K] [--stop-after K] [--max-seconds S] [--no-save]`
 * (or FUZZ_INPUTS / FUZZ_SEED in the environment). Progress on stderr, the summary on stdout; exit 1 if
 * any input ran over its budget, hung or threw, 2 on bad arguments.
 */
import { DEFAULT_BUDGET } from './budget.js';
import { formatSummary, runFuzz, type FuzzOptions } from './run-fuzz.js';

const NUMERIC = { '--inputs': 'inputs', '--seed': 'seed', '--only': 'only', '--workers': 'workers', '--hang': 'hangMs', '--minimise': 'minimise', '--constant': 'constant', '--stop-after': 'stopAfter', '--max-seconds': 'maxSeconds' } as const;

function parseArgs(args: string[]): FuzzOptions {
  const numbers: Partial<Record<(typeof NUMERIC)[keyof typeof NUMERIC], number>> = {};
  if (process.env.FUZZ_INPUTS) numbers.inputs = Number(process.env.FUZZ_INPUTS);
  if (process.env.FUZZ_SEED) numbers.seed = Number(process.env.FUZZ_SEED);
  numbers.stopAfter = 100;
  let save = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--no-save') save = false;
    else if (arg in NUMERIC) numbers[NUMERIC[arg as keyof typeof NUMERIC]] = Number(args[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const [name, value] of Object.entries(numbers)) if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not ${value}`);
  const { constant, ...rest } = numbers;
  return { ...rest, save, budget: { ...DEFAULT_BUDGET, ...(constant === undefined ? {} : { constantMs: constant }) } };
}

let options: FuzzOptions;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`fuzz: ${(error as Error).message}\n`);
  process.exit(2);
}
const summary = await runFuzz(options);
process.stdout.write(`${formatSummary(summary)}\n`);
process.exit(summary.slow.length || summary.failed.length ? 1 : 0);
