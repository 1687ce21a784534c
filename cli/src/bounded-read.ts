/**
 * The one door through which the CLI reads its own inputs (.gitignore files, policy files, baselines):
 * a regular file, at most `limit` bytes. A symlink to /dev/zero, a FIFO, a socket or a device is refused
 * before it can block the scan or fill memory; an oversized file is refused naming the limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Caps for our own inputs: far above any real file of the kind, far below what could hurt. */
export const READ_LIMITS = {
  gitignore: 1024 * 1024,
  policy: 4 * 1024 * 1024,
  baseline: 64 * 1024 * 1024,
} as const;

/** Why one of our inputs was not read. `code` is the errno code when the system refused (ENOENT…). */
export class InputFileError extends Error {
  override readonly name = 'InputFileError' as const;
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (open(2)); O_NOCTTY: a terminal
// device never becomes our controlling terminal. Both are 0 (absent) on Windows, where neither applies.
// https://man7.org/linux/man-pages/man2/open.2.html
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What kind of thing a non-regular file is, for the notice. */
export function describeFileType(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Opens `path` only if it is a regular file: stat first (a device or FIFO is never opened; skipped when
 * the caller's directory listing just saw a regular file there), then open non-blocking and fstat the
 * descriptor (the file may have been swapped since). Returns the descriptor and its size; the caller
 * closes it.
 */
export function openRegularFile(path: string | Buffer, shown: string, listedAsFile = false): { fd: number; size: number } {
  // `listedAsFile`: a directory listing (or a stat) has just said so, which is what the stat here would
  // learn: a tree walk saves one syscall per file. The fstat below still guards the open descriptor.
  if (!listedAsFile) {
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      throw systemError(shown, error);
    }
    if (!info.isFile()) throw new InputFileError(shown, `not read: ${describeFileType(info)}, not a regular file`);
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw systemError(shown, error);
  }
  const opened = fstatSync(fd);
  if (!opened.isFile()) {
    closeSync(fd);
    throw new InputFileError(shown, `not read: ${describeFileType(opened)}, not a regular file`);
  }
  return { fd, size: opened.size };
}

/**
 * Reads a regular file of at most `limit` bytes as UTF-8 (a byte-order mark is dropped). Throws an
 * InputFileError naming the file otherwise; `code` is set when the system refused (ENOENT when missing).
 */
export function readBoundedFile(path: string | Buffer, limit: number, shown: string = path.toString()): string {
  const { fd, size } = openRegularFile(path, shown);
  try {
    if (size > limit) throw tooLarge(shown, size, limit);
    // Read until end of file, not just `size` bytes: a file can grow after fstat, and some (in /proc)
    // report size 0. One byte past the limit is enough to know it is over.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total, 64 * 1024), limit + 1 - total));
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw systemError(shown, error);
      }
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw tooLarge(shown, total, limit);
    }
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

function tooLarge(shown: string, size: number, limit: number): InputFileError {
  return new InputFileError(shown, `not read: larger than the ${formatBytes(limit)} limit for this kind of file (${size === limit + 1 ? 'at least ' : ''}${formatBytes(size)})`);
}

function systemError(shown: string, error: unknown): InputFileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputFileError(shown, `not read: ${code ?? (error as Error).message}`, code);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
