import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unfinishedFile, type FileResult, type FileScanOptions } from './scan-file.js';
import type { WalkedFile } from './walker.js';
import type { Finding } from '@secret-hygiene/core';
import { FileStatus, type BatchMessage, type ResultMessage, type TextMessage, type TextResultMessage, type WorkerInput } from './worker-protocol.js';

/**
 * A batch closes at this many files or bytes. Listing no longer stats files, so most sizes are unknown
 * here: the file count alone bounds a batch, kept small so that a run of large files cannot load one
 * worker while the other waits.
 */
const BATCH_FILES = 16;
const BATCH_BYTES = 4 * 1024 * 1024;
/**
 * Batches queued on one worker at a time: a worker never waits for the main thread to hand it the next
 * batch (the main thread may be busy listing files, which is synchronous).
 */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * A file up to this size gets the plain budget; a larger one that budget per this many bytes. The
 * default (10 s per 2 MB, 5 ms per KB) leaves five times the engine's linear-time target of 1 ms per KB
 * for a slow or loaded machine, so a legitimately large file is not cut short while a small
 * pathological one is stopped in seconds.
 */
export const BUDGET_BYTES = 2 * 1024 * 1024;

export interface PoolOptions {
  /** Time budget per file of up to BUDGET_BYTES, in milliseconds (more for larger ones); 0 = none. */
  fileTimeoutMs: number;
  /** Told after each batch comes back (the main thread may be listing meanwhile). */
  onProgress?: (scanned: number) => void;
  size?: number;
}

interface Batch {
  id: number;
  files: WalkedFile[];
  /** By index into `files` (dense, so every() sees each): filled as results come back, or when a file is given up on. */
  results: (FileResult | undefined)[];
}

/** One worker thread and what it has been sent, in the order it will process it. */
interface Slot {
  worker: Worker;
  status: FileStatus;
  sent: Batch[];
  /** Set once the pool has terminated it on purpose (so its exit is not a crash). */
  retired: boolean;
  lastError?: Error;
  /** Waiting for a plain text's findings (scanText); told `undefined` if the worker goes away first. */
  textWaiter?: (findings: Finding[] | undefined) => void;
}

/**
 * Scans files on worker threads (one per core). Results are returned in submission order, so output
 * is identical to a single-threaded scan.
 *
 * A watchdog gives every file a time budget: each worker says in shared memory which file it is on and
 * since when; a worker over budget is terminated and replaced, its file reported as not scanned, and
 * everything else it had been sent (the rest of that batch, the batches queued behind it) is scanned
 * by the replacement. A worker that crashes on a file is handled the same way.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly pending: Batch[] = [];
  private readonly results = new Map<number, FileResult[]>();
  private readonly waiters = new Map<number, (r: FileResult[]) => void>();
  private readonly watchdog: NodeJS.Timeout | undefined;
  private nextId = 0;
  private batch: WalkedFile[] = [];
  private batchBytes = 0;
  private failure: Error | undefined;
  /** Files scanned so far, for a progress line. */
  scanned = 0;

  constructor(
    private readonly workerUrl: URL,
    private readonly options: FileScanOptions,
    private readonly pool: PoolOptions,
  ) {
    const size = pool.size ?? defaultPoolSize();
    for (let i = 0; i < size; i++) this.slots.push(this.startWorker());
    if (pool.fileTimeoutMs > 0) {
      // Checked a few times per budget; unref'd, so it never keeps the process alive on its own.
      this.watchdog = setInterval(() => this.checkBudgets(), Math.min(Math.max(pool.fileTimeoutMs / 8, 10), 250));
      this.watchdog.unref();
    }
  }

  /**
   * Batches handed over and not yet back (queued or being scanned): a producer that reads content into
   * memory (git blobs) waits while this is high, so the queue cannot hold a whole history at once.
   */
  get backlog(): number {
    return this.pending.length + this.slots.reduce((sum, slot) => sum + slot.sent.length, 0);
  }

  /** Starts workers up to one per core (a pool started small for a small tree that turned out large). */
  grow(): void {
    while (this.slots.length < defaultPoolSize()) this.slots.push(this.startWorker());
    this.dispatch();
  }

  /** Adds a file; returns the id of the batch it was flushed in, if any. */
  add(file: WalkedFile): number | undefined {
    this.batch.push(file);
    this.batchBytes += file.size ?? 0;
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) return this.flush();
    return undefined;
  }

  flush(): number | undefined {
    if (this.batch.length === 0) return undefined;
    const id = this.nextId++;
    this.pending.push({ id, files: this.batch, results: new Array<FileResult | undefined>(this.batch.length).fill(undefined) });
    this.batch = [];
    this.batchBytes = 0;
    this.dispatch();
    return id;
  }

  /** Waits for every batch and returns all results in order. */
  async drain(): Promise<FileResult[]> {
    this.flush();
    const all: FileResult[] = [];
    for (let id = 0; id < this.nextId; id++) {
      if (this.failure) throw this.failure;
      const ready = this.results.get(id);
      const results = ready ?? (await new Promise<FileResult[]>((resolve) => this.waiters.set(id, resolve)));
      this.results.delete(id);
      if (this.failure) throw this.failure;
      all.push(...results);
    }
    return all;
  }

  /**
   * Scans a plain text (file names) on a worker that is idle after `drain`, with the Scanner it already
   * built; `undefined` when no worker could (the caller scans it on its own thread).
   */
  scanText(text: string): Promise<Finding[] | undefined> {
    const slot = this.slots.find((s) => !s.retired && !s.textWaiter);
    if (!slot || this.failure) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      slot.textWaiter = resolve;
      const message: TextMessage = { text };
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    for (const slot of this.slots) {
      slot.retired = true;
      this.answered(slot, undefined);
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private startWorker(): Slot {
    const status = new FileStatus();
    const workerData: WorkerInput = { options: this.options, status: status.buffer };
    const worker = new Worker(this.workerUrl, { workerData, resourceLimits: workerHeapLimits(this.options.maxFileSize) });
    const slot: Slot = { worker, status, sent: [], retired: false };
    worker.on('message', (message: ResultMessage | TextResultMessage) => {
      if ('textFindings' in message) this.answered(slot, message.textFindings);
      else this.received(slot, message);
    });
    worker.on('error', (error) => {
      slot.lastError = error;
    });
    worker.on('exit', () => {
      if (!slot.retired) this.crashed(slot);
    });
    return slot;
  }

  private answered(slot: Slot, findings: Finding[] | undefined): void {
    const waiter = slot.textWaiter;
    slot.textWaiter = undefined;
    waiter?.(findings);
  }

  private received(slot: Slot, message: ResultMessage): void {
    // A worker given up on may still have posted its batch before it stopped: its work is re-sent already.
    if (slot.retired) return;
    const batch = slot.sent.shift();
    if (!batch || batch.id !== message.id) return this.fail(new Error(`scan worker answered batch ${message.id} out of order`));
    message.indices.forEach((index, k) => (batch.results[index] = message.results[k]));
    this.scanned += message.results.length;
    this.pool.onProgress?.(this.scanned);
    this.complete(batch);
    this.dispatch();
  }

  /** Hands a finished batch to whoever waits for it. */
  private complete(batch: Batch): void {
    const results = batch.results as FileResult[];
    const waiter = this.waiters.get(batch.id);
    if (waiter) {
      this.waiters.delete(batch.id);
      waiter(results);
    } else this.results.set(batch.id, results);
  }

  private checkBudgets(): void {
    const now = performance.timeOrigin + performance.now();
    for (const slot of [...this.slots]) {
      const current = slot.status.current();
      if (!current) continue;
      const budget = this.pool.fileTimeoutMs * Math.max(1, current.bytes / BUDGET_BYTES);
      if (now - current.startedAt > budget) {
        const rule = budget > this.pool.fileTimeoutMs ? `--file-timeout ${formatSeconds(this.pool.fileTimeoutMs)} per 2 MB` : '--file-timeout';
        this.giveUp(slot, current, `exceeded its ${formatSeconds(budget)} time budget (${rule})`);
      }
    }
  }

  private crashed(slot: Slot): void {
    // A text scan in flight is the caller's to redo on its own thread.
    this.answered(slot, undefined);
    const current = slot.status.current();
    const why = slot.lastError ? ((slot.lastError as NodeJS.ErrnoException).code ?? slot.lastError.name) : 'exited';
    // Crashing between files (while loading, say) is no file's fault: the scan cannot go on.
    if (!current) return this.fail(slot.lastError ?? new Error('scan worker exited unexpectedly'));
    this.giveUp(slot, current, `the scanner crashed on this file (${why})`);
  }

  /** Reports the file the slot's worker is stuck on, replaces the worker and re-sends the rest of its work. */
  private giveUp(slot: Slot, current: { batchId: number; index: number }, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    slot.retired = true;
    // terminate() interrupts running JavaScript, a backtracking regex included (V8 checks for
    // interrupts while backtracking: /^(a+)+$/ on 40 a's was stopped in 13 ms).
    void slot.worker.terminate();
    const stuck = slot.sent.find((b) => b.id === current.batchId);
    if (stuck && !stuck.results[current.index]) {
      stuck.results[current.index] = unfinishedFile(stuck.files[current.index]!, reason);
      this.scanned++;
    }
    this.slots[index] = this.startWorker();
    // Everything it held goes first, in order; files already given up on are not sent again.
    const held = slot.sent.splice(0);
    for (const batch of held.reverse()) {
      if (batch.results.every(Boolean)) this.complete(batch);
      else this.pending.unshift(batch);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.values()) waiter([]);
    this.waiters.clear();
  }

  /** Sends pending batches to the least-loaded workers, up to IN_FLIGHT_PER_WORKER each. */
  private dispatch(): void {
    while (this.pending.length) {
      let target: Slot | undefined;
      for (const slot of this.slots) {
        const load = slot.sent.length;
        if (load < IN_FLIGHT_PER_WORKER && (!target || load < target.sent.length)) target = slot;
      }
      if (!target) return;
      const batch = this.pending.shift()!;
      target.sent.push(batch);
      const indices = batch.files.flatMap((_, i) => (batch.results[i] ? [] : [i]));
      const message: BatchMessage = { id: batch.id, indices, files: indices.map((i) => batch.files[i]!) };
      target.worker.postMessage(message);
    }
  }
}

function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * A worker's heap. Its live set is small (≈ 15 MB of rules and automaton, plus the file in hand); what
 * grows is garbage, which V8 lets pile up to several times the live set before a full collection.
 * - A 16 MB young generation: peak RSS over 199 MB of packages fell from 240–305 MB to 230–260 MB, with no
 *   measurable change in time.
 * - An old generation of 128 MB, or 8× the largest file a worker may be handed (a 10 MB file of a
 *   finding on every line needs under 100 MB): peak RSS over the 1,000-rule bench tree fell from
 *   365–377 MB to 294–299 MB (the ≤ 300 MB target) for ≈ 5% more CPU in collections. A file that still
 *   exhausts it is reported as not scanned, like any file that crashes a worker.
 */
export function workerHeapLimits(maxFileSize: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: Math.max(128, Math.ceil((8 * maxFileSize) / 2 ** 20)) };
}
