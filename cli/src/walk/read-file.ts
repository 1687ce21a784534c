import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { kind: 'text'; text: string; bytes: number; notice?: string }
  | { kind: 'binary'; buffer: Uint8Array; bytes: number }
  | { kind: 'skipped'; reason: string; bytes: number };

const BINARY_SNIFF = 8000;

/** Reads a file for scanning: binary files come back as bytes (only keystores are scanned), invalid UTF-8 is scanned with replacement characters (and said). */
export function readForScan(path: string, maxBytes: number): ReadResult {
  // Synchronous: callers are scan workers (or a small single-threaded scan), and open/fstat/read/close
  // through the thread pool cost a third of a worker's time on many small files.
  const fd = openSync(path, 'r');
  let buffer: Buffer;
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { kind: 'skipped', reason: `larger than --max-file-size (${formatBytes(size)} > ${formatBytes(maxBytes)})`, bytes: size };
    buffer = readAll(fd, size);
  } finally {
    closeSync(fd);
  }
  const sniff = buffer.subarray(0, BINARY_SNIFF);
  if (sniff.includes(0)) return { kind: 'binary', buffer, bytes: buffer.length };
  // Native validity checks, then the cheapest decoder for the content: most source files are ASCII.
  // A byte-order mark is dropped, as TextDecoder does.
  if (isAscii(buffer)) return { kind: 'text', text: buffer.toString('latin1'), bytes: buffer.length };
  if (isUtf8(buffer)) return { kind: 'text', text: buffer.toString('utf8', hasBom(buffer) ? 3 : 0), bytes: buffer.length };
  return {
    kind: 'text',
    text: new TextDecoder('utf-8').decode(buffer),
    bytes: buffer.length,
    notice: 'invalid UTF-8: scanned with replacement characters',
  };
}

/** The file's first `size` bytes (as stat'ed; fewer if it shrank since, as readFileSync does). */
function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, buffer, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? buffer : buffer.subarray(0, length);
}

function hasBom(buffer: Uint8Array): boolean {
  return buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
