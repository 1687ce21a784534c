/**
 * Fuzz worker threads with a watchdog: a scan that does not answer within its limit is a hang, the
 * thread is terminated and a fresh one (warmed up again) takes its place. The worker's code is bundled
 * at run time from test/fuzz/worker.ts with esbuild's build API and run as an eval'd script, so the
 * same harness works from the test bundle, the bench bundle and `npm run fuzz` without a build step.
 * https://nodejs.org/api/worker_threads.html#new-workerfilename-options (eval, resourceLimits, terminate)
 * https://esbuild.github.io/api/#write (write: false returns the output in memory)
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './protocol.js';

/**
 * Which time an outcome reports: the process's CPU time (what the scan cost, whatever else the machine
 * runs; honest when one worker runs and the main thread waits) or wall time (with several workers).
 */
export type Clock = 'cpu' | 'wall';

export interface Outcome {
  /** Time inside the worker on the worker's clock, or (when it hung) the wall time until the watchdog fired. */
  ms: number;
  findings?: number;
  error?: string;
  /** The watchdog terminated the worker. */
  hung?: boolean;
}

/** Warming up scans every rule sample once (about 5 s with 400 rules on this machine): a generous limit for 1,000 rules. */
const WARM_LIMIT_MS = 120_000;
/** A worker whose heap passes this is stopped (ERR_WORKER_OUT_OF_MEMORY): a blow-up, not a hang. */
const HEAP_LIMIT_MB = 2048;

let code: Promise<string> | undefined;

/** The worker bundled from source (once per process). `root` is the repository (npm scripts and mocha run there). */
export function fuzzWorkerCode(root = process.cwd()): Promise<string> {
  code ??= (async () => {
    // Resolved from the repository, not from this bundle's location (the private test runner bundles into /tmp);
    // loaded through createRequire so that bundlers leave esbuild's API alone (it cannot be bundled).
    const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof import('esbuild');
    const built = await esbuild.build({
      entryPoints: [join(root, 'test/fuzz/worker.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      logLevel: 'warning',
    });
    return built.outputFiles[0]!.text;
  })();
  return code;
}

export class FuzzWorker {
  private worker!: Worker;
  private nextId = 0;
  private pending: { id: number; settle: (outcome: Outcome) => void } | undefined;
  /** Times a worker was replaced after a hang or a crash. */
  restarts = 0;

  private constructor(
    private readonly code: string,
    private readonly clock: Clock,
  ) {}

  static async start(code: string, clock: Clock = 'wall'): Promise<FuzzWorker> {
    const worker = new FuzzWorker(code, clock);
    await worker.spawn();
    return worker;
  }

  /** Runs one request; a hang or a dead worker is reported in the outcome and the worker replaced. */
  async run(request: DistributiveOmit<WorkerRequest, 'id'>, limitMs: number): Promise<Outcome> {
    const outcome = await this.request(request, limitMs);
    if (outcome.hung || outcome.error?.startsWith('worker died')) await this.replace();
    return outcome;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }

  private async replace(): Promise<void> {
    this.restarts++;
    await this.worker.terminate();
    await this.spawn();
  }

  private async spawn(): Promise<void> {
    const worker = new Worker(this.code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (this.pending?.id !== reply.id) return;
      const { id: _, ms, cpuMs, ...outcome } = reply;
      this.pending.settle({ ...outcome, ms: this.clock === 'cpu' ? cpuMs : ms });
    });
    worker.on('error', (error) => this.pending?.settle({ ms: NaN, error: `worker died: ${error.name}: ${error.message.slice(0, 200)}` }));
    const warm = await this.request({ op: 'warm' }, WARM_LIMIT_MS);
    if (warm.hung || warm.error) throw new Error(`fuzz worker did not warm up: ${warm.error ?? `no answer in ${WARM_LIMIT_MS} ms`} (a rule's own samples hang or throw)`);
  }

  private request(request: DistributiveOmit<WorkerRequest, 'id'>, limitMs: number): Promise<Outcome> {
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle({ ms: performance.now() - started, hung: true }), limitMs);
      const settle = (outcome: Outcome) => {
        clearTimeout(timer);
        this.pending = undefined;
        resolve(outcome);
      };
      this.pending = { id, settle };
      this.worker.postMessage({ ...request, id });
    });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
