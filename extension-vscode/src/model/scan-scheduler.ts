/**
 * Where and when a scan runs, so that no scan holds the extension host's thread for more than a few
 * milliseconds (issue 17, item 3):
 *
 * - Routing. A text scans inline only when it is small (< INLINE_MAX_CHARS) and the last scan of the
 *   same document, wherever it ran, took under INLINE_MAX_MS. Everything else — a document never
 *   measured, a large one, one whose last scan was slow, stopped or failed — goes to the worker.
 * - Cancellation. A newer scan of a document supersedes the older one: a queued one is dropped, a
 *   running one's answer is ignored, and if it has already run CANCEL_AFTER_MS the worker is
 *   terminated and replaced rather than left to finish work nobody wants.
 * - Budget. A scan that runs longer than the budget terminates the worker (JavaScript cannot stop a
 *   regex from outside its thread) and resolves as `timeout`; the caller shows a notice.
 * - One worker, one scan at a time; documents being edited go before background (workspace) scans.
 *
 * Pure: the worker and the clock are injected, so the unit tests drive this with a fake of each.
 */
import type { TextScan } from './scan.js';
import type { FromWorker, ScanJob, ToWorker } from './scan-protocol.js';

/** Texts at least this long always go to the worker. */
export const INLINE_MAX_CHARS = 64 * 1024;
/** A document whose last scan took this long or more goes to the worker. */
export const INLINE_MAX_MS = 4;
/** A superseded scan that has already run this long is cut off (worker replaced) instead of finishing. */
export const CANCEL_AFTER_MS = 100;
export const DEFAULT_SCAN_TIMEOUT_MS = 5000;

export type ScanRoute = 'inline' | 'worker';

export type ScanOutcome =
  | { status: 'done'; scan: TextScan; ms: number; route: ScanRoute }
  /** A newer scan of the same document replaced this one: its answer, if any, is stale. */
  | { status: 'superseded' }
  /** Stopped after `budgetMs`: the findings are unknown. */
  | { status: 'timeout'; budgetMs: number }
  /** The worker died under this scan (out of memory, a crash): the findings are unknown. */
  | { status: 'failed'; reason: string };

export type StoppedOutcome = Exclude<ScanOutcome, { status: 'done' }>;

/** Thrown through code that expects a scan's result (an incremental rescan) when the scan did not finish. */
export class ScanInterrupted extends Error {
  override readonly name = 'ScanInterrupted';
  constructor(readonly outcome: StoppedOutcome) {
    super(`scan ${outcome.status}`);
  }
}

/** The host's side of a worker. */
export interface ScanWorkerPort {
  post(message: ToWorker): void;
  terminate(): void;
}

export interface WorkerEvents {
  message(message: FromWorker): void;
  /**
   * The worker failed to start or stopped on its own. `reason` is a short code or description
   * (never text from the document).
   */
  failed(reason: string): void;
}

/** Starts a worker; throws when workers are not available in this host. */
export type WorkerFactory = (events: WorkerEvents) => ScanWorkerPort;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** Undefined where no worker can run: every scan is inline (the host has no other thread). */
  createWorker: WorkerFactory | undefined;
  scanInline(job: ScanJob): { scan: TextScan; ms: number };
  /** Read at each dispatch, so a settings change applies to the next scan. */
  budgetMs(): number;
  clock?: Clock;
}

export type Priority = 'interactive' | 'background';

interface Pending {
  id: number;
  key: string;
  job: ScanJob;
  priority: Priority;
  resolve(outcome: ScanOutcome): void;
  /** Resolved already (superseded): an answer that still arrives is dropped. */
  settled: boolean;
  startedAt?: number;
  timer?: unknown;
}

interface RunningWorker {
  port: ScanWorkerPort;
  ready: boolean;
  busy?: Pending;
}

export class ScanScheduler {
  private readonly clock: Clock;
  private worker: RunningWorker | undefined;
  /** Workers cannot start here (none in this host, or the script failed to load): scans run inline. */
  private workerUnavailable: boolean;
  private readonly queue: Pending[] = [];
  /** Milliseconds the last scan of each document took; Infinity after a timeout or a failure. */
  private readonly lastMs = new Map<string, number>();
  private nextId = 1;
  /** Workers started so far (the first and every replacement), for tests and the status tooltip. */
  workersStarted = 0;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.workerUnavailable = !options.createWorker;
  }

  /** Where a scan of `length` characters of document `key` would run now. */
  route(key: string, length: number): ScanRoute {
    if (this.workerUnavailable) return 'inline';
    const last = this.lastMs.get(key);
    return length < INLINE_MAX_CHARS && last !== undefined && last < INLINE_MAX_MS ? 'inline' : 'worker';
  }

  /** Scans `job` for document `key`, superseding any earlier scan of that document. */
  scan(key: string, job: ScanJob, priority: Priority = 'interactive'): Promise<ScanOutcome> {
    this.supersede(key);
    if (this.route(key, job.text.length) === 'inline') return Promise.resolve(this.runInline(key, job));
    return new Promise((resolve) => {
      const pending: Pending = { id: this.nextId++, key, job, priority, resolve, settled: false };
      // Interactive scans go before every background one, in arrival order among themselves.
      const at = priority === 'interactive' ? this.queue.findIndex((p) => p.priority === 'background') : -1;
      if (at === -1) this.queue.push(pending);
      else this.queue.splice(at, 0, pending);
      this.pump();
    });
  }

  /** The document was closed: its scans are dropped and its measurements forgotten. */
  forget(key: string): void {
    this.supersede(key);
    this.lastMs.delete(key);
  }

  dispose(): void {
    for (const pending of this.queue.splice(0)) this.settle(pending, { status: 'superseded' });
    this.stopWorker();
  }

  private runInline(key: string, job: ScanJob): ScanOutcome {
    const { scan, ms } = this.options.scanInline(job);
    this.lastMs.set(key, ms);
    return { status: 'done', scan, ms, route: 'inline' };
  }

  private supersede(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const pending = this.queue[i]!;
      if (pending.key !== key) continue;
      this.queue.splice(i, 1);
      this.settle(pending, { status: 'superseded' });
    }
    const busy = this.worker?.busy;
    if (!busy) return;
    if (busy.key === key) this.settle(busy, { status: 'superseded' });
    // Nobody wants its answer any more: cut it off if it has run a while. (Otherwise it finishes, or
    // its budget timer, which keeps running, stops it.)
    if (busy.settled && this.clock.now() - (busy.startedAt ?? 0) >= CANCEL_AFTER_MS) {
      this.stopWorker();
      this.pump();
    }
  }

  /** Resolves a scan's promise once; the budget timer of a running scan is left to the worker's fate. */
  private settle(pending: Pending, outcome: ScanOutcome): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.resolve(outcome);
  }

  /** Dispatches the next queued scan when the worker is free, starting a worker when there is none. */
  private pump(): void {
    if (!this.queue.length) return;
    if (this.workerUnavailable) return this.drainInline();
    if (!this.worker && !this.startWorker()) return this.drainInline();
    const worker = this.worker!;
    if (!worker.ready || worker.busy) return;
    const pending = this.queue.shift()!;
    worker.busy = pending;
    pending.startedAt = this.clock.now();
    const budget = this.options.budgetMs();
    pending.timer = this.clock.setTimeout(() => this.timedOut(worker, pending, budget), budget);
    const { text, path, config } = pending.job;
    worker.port.post({ type: 'scan', id: pending.id, text, path, config });
  }

  private startWorker(): boolean {
    const create = this.options.createWorker!;
    const worker: RunningWorker = { port: undefined as unknown as ScanWorkerPort, ready: false };
    try {
      worker.port = create({
        message: (message) => this.received(worker, message),
        failed: (reason) => this.failed(worker, reason),
      });
    } catch {
      this.workerUnavailable = true;
      return false;
    }
    this.worker = worker;
    this.workersStarted++;
    return true;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    this.clearTimer(worker.busy);
    try {
      worker.port.terminate();
    } catch {
      // Already gone.
    }
  }

  private received(worker: RunningWorker, message: FromWorker): void {
    if (worker !== this.worker) return; // a replaced worker's last words
    if (message.type === 'ready') {
      worker.ready = true;
      return this.pump();
    }
    const pending = worker.busy;
    if (!pending || pending.id !== message.id) return;
    worker.busy = undefined;
    this.clearTimer(pending);
    if (!pending.settled) this.lastMs.set(pending.key, message.ms);
    this.settle(pending, { status: 'done', scan: message.scan, ms: message.ms, route: 'worker' });
    this.pump();
  }

  private timedOut(worker: RunningWorker, pending: Pending, budgetMs: number): void {
    pending.timer = undefined;
    if (worker !== this.worker || worker.busy !== pending) return;
    this.lastMs.set(pending.key, Infinity);
    this.stopWorker();
    this.settle(pending, { status: 'timeout', budgetMs });
    this.pump();
  }

  private failed(worker: RunningWorker, reason: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    if (!worker.ready) {
      // The script never loaded (a host without nested workers): scan inline from now on.
      this.workerUnavailable = true;
      return this.drainInline();
    }
    const pending = worker.busy;
    this.clearTimer(pending);
    if (pending) {
      this.lastMs.set(pending.key, Infinity);
      this.settle(pending, { status: 'failed', reason });
    }
    this.pump();
  }

  private clearTimer(pending: Pending | undefined): void {
    if (pending?.timer === undefined) return;
    this.clock.clearTimeout(pending.timer);
    pending.timer = undefined;
  }

  private drainInline(): void {
    for (const pending of this.queue.splice(0)) this.settle(pending, this.runInline(pending.key, pending.job));
  }
}
