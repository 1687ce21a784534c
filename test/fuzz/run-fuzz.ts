/**
 * The fuzz run: generated inputs scanned on worker threads, each timed against its budget; an input over
 * budget is measured twice more (a GC pause or a busy machine is not a finding), then minimised,
 * attributed to a rule or stage, and kept as a regression case. Used by `npm run fuzz` (main.ts), the
 * bench (fuzzBenchLine) and, briefly, by fuzz.test.ts.
 */
import { availableParallelism } from 'node:os';
import { attribute } from './attribute.js';
import { DEFAULT_BUDGET, budgetMs, percentile, type Budget } from './budget.js';
import { BATCH_SIZE, fuzzBatch, type FuzzInput } from './inputs.js';
import { minimiseText } from './minimise.js';
import { FuzzWorker, fuzzWorkerCode, type Clock, type Outcome } from './pool.js';
import { saveRegression } from './regressions.js';
import { describeShape } from './shape.js';

export interface FuzzOptions {
  /** How many inputs (default 100,000). */
  inputs?: number;
  /** The run's seed (default: random, printed); the same seed generates the same inputs. */
  seed?: number;
  /** Run only input number `only` of the seed's sequence. */
  only?: number;
  /** Worker threads (default: one per core but one, at least one: timings need a free core). */
  workers?: number;
  budget?: Budget;
  /** An input still scanning after max(hangMs, 20 × its budget) is a hang: the worker is terminated (default 5 s). */
  hangMs?: number;
  /** How many slow inputs to minimise, attribute and save (default 8, hangs first; 0 keeps the run short). */
  minimise?: number;
  /** Write regression files (default true). */
  save?: boolean;
  /** Cut every generated text to this many characters (the short run in `npm test` keeps inputs small). */
  maxChars?: number;
  /** Stop generating after this many inputs over budget, hung or failed (default: never): a broken tree stays quick to fuzz. */
  stopAfter?: number;
  /** Stop generating after this many seconds (default: never): a long run that must end by a deadline. */
  maxSeconds?: number;
  /** Progress and findings, one line each (default: stderr). */
  log?: (line: string) => void;
}

export interface SlowInput {
  index: number;
  path: string;
  bytes: number;
  ms: number;
  budgetMs: number;
  hung: boolean;
  /** The exception the scan threw, for inputs that failed rather than ran slow. */
  error?: string;
  shape: string;
  /** After minimisation: the minimised size, what is slow, and the regression file. */
  minimised?: { bytes: number; ms: number; hung: boolean; cause: string; shape: string; file?: string };
}

export interface FuzzSummary {
  seed: number;
  inputs: number;
  bytes: number;
  seconds: number;
  budget: Budget;
  clock: Clock;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The largest share of its budget any input used (1 = exactly on budget). */
  maxBudgetShare: number;
  /** The largest ms per KB among inputs of 16 KB or more (smaller ones are all constant). */
  maxMsPerKb: number;
  /** Over budget on three measurements, or hung. */
  slow: SlowInput[];
  /** Threw an exception (or killed the worker, e.g. out of memory). */
  failed: SlowInput[];
  /** Over budget once, within it when measured again. */
  noisy: number;
  restarts: number;
  /** Inputs scanned (fewer than `inputs` when `stopAfter` ended the run). */
  scanned: number;
  /** The distribution by input size. */
  bySize: SizeBucket[];
}

export interface SizeBucket {
  label: string;
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const SIZE_BUCKETS: [label: string, maxBytes: number][] = [
  ['< 1 KB', 1024],
  ['1–16 KB', 16 * 1024],
  ['16–128 KB', 128 * 1024],
  ['≥ 128 KB', Infinity],
];

/**
 * The hang watchdog (wall time) is max(hangMs, HANG_FACTOR × budget): well clear of a within-budget scan
 * on a busy machine, where wall time runs several times the CPU time the budget is checked against.
 */
const HANG_FACTOR = 20;

export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzSummary> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const total = options.only === undefined ? (options.inputs ?? 100_000) : 1;
  const budget = options.budget ?? DEFAULT_BUDGET;
  const hangMs = options.hangMs ?? 5000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism() - 1, total));
  // CPU time measures the scan alone only while the main thread waits on a single worker.
  const clock: Clock = workerCount === 1 ? 'cpu' : 'wall';
  log(`fuzz: seed ${seed} (repeat with --seed ${seed}), ${total} inputs, budget ${budget.constantMs} ms + ${budget.msPerKb} ms/KB, hang watchdog ${hangMs} ms, ${workerCount} worker(s), ${clock} time`);

  const code = await fuzzWorkerCode();
  const workers = await Promise.all(Array.from({ length: workerCount }, () => FuzzWorker.start(code, clock)));
  const times = new Float64Array(total);
  const summary: FuzzSummary = { seed, inputs: total, bytes: 0, seconds: 0, budget, clock, p50Ms: 0, p99Ms: 0, maxMs: 0, maxBudgetShare: 0, maxMsPerKb: 0, slow: [], failed: [], noisy: 0, restarts: 0, scanned: 0, bySize: [] };
  const sizes = new Float64Array(total);
  const stopAfter = options.stopAfter ?? Infinity;
  const slowInputs: FuzzInput[] = [];
  const started = performance.now();
  let lastProgress = started;
  let done = 0;
  let next = 0;
  let batch: { number: number; inputs: FuzzInput[] } | undefined;

  const inputAt = (position: number): { index: number; input: FuzzInput } => {
    const index = options.only ?? position;
    const number = Math.floor(index / BATCH_SIZE);
    if (batch?.number !== number) batch = { number, inputs: fuzzBatch(seed, number) };
    const input = batch.inputs[index % BATCH_SIZE]!;
    return { index, input: options.maxChars === undefined ? input : { ...input, text: input.text.slice(0, options.maxChars) } };
  };

  const lane = async (worker: FuzzWorker) => {
    const deadline = started + (options.maxSeconds ?? Infinity) * 1000;
    while (next < total && summary.slow.length + summary.failed.length < stopAfter && performance.now() < deadline) {
      const position = next++;
      const { index, input } = inputAt(position);
      const bytes = Buffer.byteLength(input.text, 'utf8');
      const limit = budgetMs(budget, input.text);
      let outcome = await worker.run({ op: 'document', text: input.text, path: input.path }, Math.max(hangMs, HANG_FACTOR * limit));
      if (!outcome.hung && !outcome.error && outcome.ms > limit) {
        // Measured again before it counts: the slowest of three honest runs would still be noise.
        const again = [outcome, await worker.run({ op: 'document', text: input.text, path: input.path }, Math.max(hangMs, HANG_FACTOR * limit))];
        again.push(await worker.run({ op: 'document', text: input.text, path: input.path }, Math.max(hangMs, HANG_FACTOR * limit)));
        outcome = again.reduce((best, run) => (run.hung || run.ms >= best.ms ? best : run));
        if (outcome.ms <= limit) summary.noisy++;
      }
      times[position] = outcome.hung ? Infinity : outcome.ms;
      sizes[position] = bytes;
      summary.bytes += bytes;
      summary.maxBudgetShare = Math.max(summary.maxBudgetShare, outcome.hung ? Infinity : outcome.ms / limit);
      if (bytes >= 16 * 1024 && !outcome.hung) summary.maxMsPerKb = Math.max(summary.maxMsPerKb, outcome.ms / (bytes / 1024));
      const record = (): SlowInput => ({ index, path: input.path, bytes, ms: outcome.ms, budgetMs: limit, hung: Boolean(outcome.hung), ...(outcome.error ? { error: outcome.error } : {}), shape: describeShape(input.text) });
      if (outcome.error) {
        summary.failed.push(record());
        log(`fuzz: input ${index} (${input.path}, ${bytes} B) threw ${outcome.error}: ${describeShape(input.text, 120)}`);
      } else if (outcome.hung || outcome.ms > limit) {
        summary.slow.push(record());
        slowInputs.push(input);
        log(`fuzz: input ${index} (${input.path}, ${bytes} B) ${outcome.hung ? `hung (> ${outcome.ms.toFixed(0)} ms)` : `${outcome.ms.toFixed(0)} ms`}, budget ${limit.toFixed(0)} ms: ${describeShape(input.text, 120)}`);
      }
      done++;
      if (performance.now() - lastProgress > 5000) {
        lastProgress = performance.now();
        const seconds = (lastProgress - started) / 1000;
        log(`fuzz: ${done}/${total} inputs, ${(summary.bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s, max ${summary.maxBudgetShare.toFixed(2)} of budget, slow ${summary.slow.length}, failed ${summary.failed.length}`);
      }
    }
  };

  try {
    await Promise.all(workers.map(lane));
    summary.seconds = (performance.now() - started) / 1000;
    summary.scanned = done;
    const sorted = Array.from(times.subarray(0, next)).sort((a, b) => a - b);
    let smaller = 0;
    for (const [label, maxBytes] of SIZE_BUCKETS) {
      const inBucket = Array.from(times.subarray(0, next)).filter((_, i) => sizes[i]! >= smaller && sizes[i]! < maxBytes).sort((a, b) => a - b);
      summary.bySize.push({ label, count: inBucket.length, p50Ms: percentile(inBucket, 0.5), p99Ms: percentile(inBucket, 0.99), maxMs: inBucket[inBucket.length - 1] ?? NaN });
      smaller = maxBytes;
    }
    summary.p50Ms = percentile(sorted, 0.5);
    summary.p99Ms = percentile(sorted, 0.99);
    summary.maxMs = sorted[sorted.length - 1] ?? NaN;
    // Hangs first, then the furthest over budget: the clearest cases minimise best.
    const worst = summary.slow.map((slow, i) => ({ slow, input: slowInputs[i]! })).sort((a, b) => Number(b.slow.hung) - Number(a.slow.hung) || b.slow.ms / b.slow.budgetMs - a.slow.ms / a.slow.budgetMs);
    for (const { slow, input } of worst.slice(0, options.minimise ?? 8)) {
      slow.minimised = await minimiseAndKeep(workers[0]!, input, slow, { seed, budget, hangMs, save: options.save ?? true, log });
    }
  } finally {
    summary.restarts = workers.reduce((sum, worker) => sum + worker.restarts, 0);
    await Promise.all(workers.map((worker) => worker.close()));
  }
  return summary;
}

interface KeepContext {
  seed: number;
  budget: Budget;
  hangMs: number;
  save: boolean;
  log: (line: string) => void;
}

/** Minimises a slow input (about 90 s at most), finds what is slow in it, and saves it as a regression case. */
async function minimiseAndKeep(worker: FuzzWorker, input: FuzzInput, found: SlowInput, context: KeepContext): Promise<SlowInput['minimised']> {
  const { budget, log } = context;
  // Terminated once it is clearly over budget, even on a busy machine: waiting out an exponential scan
  // teaches nothing more (and a fresh worker's warm-up costs seconds).
  const measure = (text: string): Promise<Outcome> => worker.run({ op: 'document', text, path: input.path }, Math.max(1500, budgetMs(budget, text) * 10));
  const isSlow = async (text: string): Promise<boolean> => {
    if (!text) return false;
    const limit = budgetMs(budget, text);
    const first = await measure(text);
    if (first.hung) return true;
    if (first.error || first.ms <= limit) return false;
    const second = await measure(text);
    return Boolean(second.hung) || second.ms > limit;
  };
  const { text, tests } = await minimiseText(input.text, isSlow, { maxTests: 400, deadline: performance.now() + 90_000 });
  const final = await worker.run({ op: 'document', text, path: input.path }, Math.max(context.hangMs, HANG_FACTOR * budgetMs(budget, text)));
  const limit = budgetMs(budget, text);
  const attribution = await attribute(worker, { path: input.path, text }, limit);
  const bytes = Buffer.byteLength(text, 'utf8');
  const shape = describeShape(text);
  let file: string | undefined;
  if (context.save && (final.hung || final.ms > limit)) {
    file = saveRegression({
      path: input.path,
      text,
      found: new Date().toISOString().slice(0, 10),
      msBefore: Math.round(final.ms),
      ...(final.hung ? { hung: true } : {}),
      budgetMs: Math.round(limit),
      cause: attribution.cause,
      shape,
      origin: { seed: context.seed, index: found.index, bytes: found.bytes, ms: Math.round(found.ms) },
    });
  }
  log(`fuzz: input ${found.index} minimised ${found.bytes} → ${bytes} B in ${tests} tests: ${final.hung ? `hung (> ${final.ms.toFixed(0)} ms)` : `${final.ms.toFixed(0)} ms`}; ${attribution.cause}; ${shape}${file ? `; kept as regressions/${file}` : ''}`);
  return { bytes, ms: final.ms, hung: Boolean(final.hung), cause: attribution.cause, shape, ...(file ? { file } : {}) };
}

/** The summary as text: what `npm run fuzz` prints and the bench records. */
export function formatSummary(summary: FuzzSummary): string {
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : 'hang');
  const lines = [
    `fuzz: ${summary.scanned} inputs${summary.scanned < summary.inputs ? ` of ${summary.inputs} (stopped early: too many over budget, or out of time)` : ''} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB) in ${summary.seconds.toFixed(0)} s, seed ${summary.seed}`,
    `  per input (${summary.clock} time): p50 ${ms(summary.p50Ms)}, p99 ${ms(summary.p99Ms)}, max ${ms(summary.maxMs)}; max ${summary.maxBudgetShare.toFixed(2)} of budget (${summary.budget.constantMs} ms + ${summary.budget.msPerKb} ms/KB); max ${summary.maxMsPerKb.toFixed(3)} ms/KB over inputs ≥ 16 KB`,
    `  by size: ${summary.bySize.map((b) => `${b.label}: ${b.count} inputs, p50 ${ms(b.p50Ms)}, p99 ${ms(b.p99Ms)}, max ${ms(b.maxMs)}`).join('; ')}`,
    `  over budget: ${summary.slow.length} (${summary.slow.filter((s) => s.hung).length} hung); threw: ${summary.failed.length}; over budget once but not when measured again: ${summary.noisy}; worker restarts: ${summary.restarts}`,
  ];
  for (const slow of [...summary.slow, ...summary.failed].slice(0, 40)) {
    const what = slow.error ?? (slow.hung ? `hung (> ${slow.ms.toFixed(0)} ms)` : `${slow.ms.toFixed(0)} ms`);
    const small = slow.minimised ? `; minimised to ${slow.minimised.bytes} B: ${slow.minimised.cause}; ${slow.minimised.shape}${slow.minimised.file ? ` (regressions/${slow.minimised.file})` : ''}` : `; ${slow.shape}`;
    lines.push(`  - input ${slow.index} ${slow.path} ${slow.bytes} B: ${what}, budget ${slow.budgetMs.toFixed(0)} ms${small}`);
  }
  return lines.join('\n');
}

/** One line for the bench's report: a shorter fuzz run (20,000 inputs by default), nothing minimised or saved. */
export async function fuzzBenchLine(inputs = 20_000): Promise<string> {
  const summary = await runFuzz({ inputs, minimise: 0, save: false, stopAfter: 100 });
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'hang');
  return `- fuzz (${summary.scanned} generated inputs, seed ${summary.seed}, ${summary.clock} time): p50 ${ms(summary.p50Ms)} ms, p99 ${ms(summary.p99Ms)} ms, max ${ms(summary.maxMs)} ms; max ${summary.maxBudgetShare.toFixed(2)} of budget (${summary.budget.constantMs} ms + ${summary.budget.msPerKb} ms/KB); ${summary.slow.length} over budget, ${summary.failed.length} threw (target: 0; \`npm run fuzz\` minimises and keeps them)`;
}
