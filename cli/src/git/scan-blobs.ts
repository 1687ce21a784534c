/**
 * Scans content already in memory (git blobs) with the same worker pool and watchdog as files: the
 * producer waits while the pool's queue is full, so a long history never sits in memory at once.
 */
import { availableParallelism } from 'node:os';
import type { Scanner } from '@secret-hygiene/core';
import { ScanPool } from '../walk/pool.js';
import { mainThreadScanner, scanFile, type FileResult, type FileScanOptions } from '../walk/scan-file.js';
import type { WalkedFile } from '../walk/walker.js';

/**
 * Batches handed to the pool before the producer waits: what the workers can hold at once (3 each, see
 * pool.ts) plus two ready to go. Each batch is at most 16 blobs or about 4 MB, which bounds memory.
 */
function backlogLimit(parallel: boolean): number {
  return (parallel ? Math.max(1, Math.min(availableParallelism(), 8)) : 1) * 3 + 2;
}

export interface BlobScanChoice {
  /** --workers / --no-workers; undefined = decided by `parallel`. */
  workers?: boolean;
  fileTimeoutMs: number;
  /** One worker per core (a history) rather than one (a handful of staged files). */
  parallel: boolean;
  /**
   * Start with one worker and grow to one per core once this many bytes were handed over (a worker
   * costs about 0.3 s of CPU to start: worth it only for a long scan). Ignored with --workers.
   */
  growAfterBytes?: number;
  onProgress?: (scanned: number) => void;
}

export class BlobScanner {
  private readonly pool: ScanPool | undefined;
  private readonly scanner: Scanner | undefined;
  private readonly direct: FileResult[] = [];
  private waiting: (() => void) | undefined;
  private limit: number;
  /** Bytes handed over, until the pool has grown (then undefined). */
  private sent: number | undefined;
  private readonly growAfterBytes: number;

  constructor(workerUrl: URL, private readonly options: FileScanOptions, choice: BlobScanChoice) {
    this.growAfterBytes = choice.growAfterBytes ?? 0;
    // As for files: off this thread whenever a time budget applies (only a worker can be stopped mid-blob).
    const useWorkers = choice.workers ?? true;
    if (useWorkers) {
      const grows = choice.workers !== true && choice.parallel && choice.growAfterBytes !== undefined;
      const parallel = choice.workers === true || (choice.parallel && !grows);
      this.pool = new ScanPool(workerUrl, options, {
        fileTimeoutMs: choice.fileTimeoutMs,
        onProgress: (scanned) => {
          choice.onProgress?.(scanned);
          const resume = this.waiting;
          this.waiting = undefined;
          resume?.();
        },
        ...(parallel ? {} : { size: 1 }),
      });
      this.limit = backlogLimit(parallel);
      if (grows) this.sent = 0;
    } else {
      this.scanner = mainThreadScanner();
      this.limit = Infinity;
    }
  }

  /** Queues one blob (`regions`: only those line ranges, see changed-lines.ts); resolves once there is room for more. */
  async add(file: WalkedFile & { content: Uint8Array; regions?: readonly number[] }): Promise<void> {
    if (!this.pool) {
      this.direct.push(scanFile(this.scanner!, file, this.options));
      return;
    }
    this.pool.add(file);
    if (this.sent !== undefined && (this.sent += file.content.length) >= this.growAfterBytes) {
      this.sent = undefined;
      this.pool.grow();
      this.limit = backlogLimit(true);
    }
    while (this.pool.backlog >= this.limit) await new Promise<void>((resolve) => (this.waiting = resolve));
  }

  /** Every result, in the order the blobs were added. */
  async finish(): Promise<FileResult[]> {
    return this.pool ? this.pool.drain() : this.direct;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
