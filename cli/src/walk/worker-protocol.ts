/** What the scan pool and its workers say to each other: messages, and the shared "which file, since when" slot. */
import type { Finding } from '@secret-hygiene/core';
import type { FileResult, FileScanOptions } from './scan-file.js';
import type { WalkedFile } from './walker.js';

export interface WorkerInput {
  options: FileScanOptions;
  /** A FileStatus's buffer: the worker writes, the pool's watchdog reads. */
  status: SharedArrayBuffer;
}

/** Some files of a batch (a resent batch leaves out the ones already given up on); `indices` are positions in the batch. */
export interface BatchMessage {
  id: number;
  indices: number[];
  files: WalkedFile[];
}

export interface ResultMessage {
  id: number;
  indices: number[];
  results: FileResult[];
}

/**
 * A plain text to scan as it is (the names of every scanned file and directory, one per line), so the
 * main thread never builds a Scanner of its own when workers have one ready.
 */
export interface TextMessage {
  text: string;
}

export interface TextResultMessage {
  textFindings: Finding[];
}

/**
 * Which file a worker is scanning and since when, in shared memory, so the main thread can tell which
 * file hung without the worker's help (a stuck worker can send nothing). A sequence number is odd while
 * a file is being scanned; a reader that sees the same odd number before and after reading the fields
 * has read them consistently (a seqlock).
 */
export class FileStatus {
  private readonly ints: Int32Array;
  private readonly times: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(24)) {
    this.ints = new Int32Array(buffer, 0, 4); // sequence, batch id, index in batch, size in KB (0 = not known yet)
    this.times = new Float64Array(buffer, 16, 1); // started at, ms since the epoch
  }

  /** Worker: about to scan file `index` of batch `batchId`. */
  begin(batchId: number, index: number): void {
    this.ints[1] = batchId;
    this.ints[2] = index;
    Atomics.store(this.ints, 3, 0);
    // timeOrigin + now: a clock both threads share (each thread's performance.now() has its own origin).
    this.times[0] = performance.timeOrigin + performance.now();
    Atomics.add(this.ints, 0, 1);
  }

  /** Worker: the file's size, known once it is open (a large file gets a larger budget). */
  sized(bytes: number): void {
    Atomics.store(this.ints, 3, Math.min(Math.ceil(bytes / 1024), 0x7fffffff));
  }

  /** Worker: done with that file. */
  end(): void {
    Atomics.add(this.ints, 0, 1);
  }

  /** Pool: the file being scanned right now, if any. */
  current(): { batchId: number; index: number; startedAt: number; bytes: number } | undefined {
    const before = Atomics.load(this.ints, 0);
    if (before % 2 === 0) return undefined;
    const read = { batchId: this.ints[1]!, index: this.ints[2]!, startedAt: this.times[0]!, bytes: Atomics.load(this.ints, 3) * 1024 };
    return Atomics.load(this.ints, 0) === before ? read : undefined;
  }
}
