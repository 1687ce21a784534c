import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, readSync } from 'node:fs';
import { formatBytes, InputFileError, openRegularFile } from '../bounded-read.js';

export { formatBytes };

export type ReadResult =
  | { kind: 'text'; text: string; bytes: number; notice?: string }
  | { kind: 'binary'; buffer: Uint8Array; bytes: number }
  | { kind: 'skipped'; reason: string; bytes: number };

/** How much of a file the binary test looks at: git's FIRST_FEW_BYTES (xdiff-interface.c). */
const BINARY_SNIFF = 8000;

export interface ReadForScanOptions {
  strictBinary?: boolean;
  onSize?: (bytes: number) => void;
  /** The tree walk listed the path as a regular file: no stat before opening it (see openRegularFile). */
  listedAsFile?: boolean;
}

/**
 * Reads a file for scanning. Text is decoded from UTF-8 (a BOM dropped), or from UTF-16 LE/BE when the
 * file starts with that byte-order mark; invalid UTF-8 is scanned with replacement characters (and said).
 * Binary files come back as bytes (only keystores are scanned). Offsets in findings are offsets in the
 * decoded text without its BOM, whichever way it was decoded, which is also what editors show.
 * `strictBinary`: any NUL makes the file binary, as before the proportion test (keystores: DER data
 * whose bytes the keystore reader wants, however few controls a short or truncated one holds).
 * `onSize` hears the size as soon as the file is open, before it is read.
 */
export function readForScan(path: string | Uint8Array, maxBytes: number, { strictBinary = false, onSize, listedAsFile = false }: ReadForScanOptions = {}): ReadResult {
  // Synchronous: callers are scan workers (or a small single-threaded scan), and open/fstat/read/close
  // through the thread pool cost a third of a worker's time on many small files.
  // Opened non-blocking, regular files only: a FIFO or device swapped in after listing cannot hang a worker.
  const { fd, size } = openRegularFile(Buffer.isBuffer(path) || typeof path === 'string' ? path : Buffer.from(path), 'file', listedAsFile);
  let buffer: Buffer;
  try {
    onSize?.(size);
    if (size > maxBytes) return { kind: 'skipped', reason: `larger than --max-file-size (${formatBytes(size)} > ${formatBytes(maxBytes)})`, bytes: size };
    buffer = readAll(fd, size);
  } finally {
    closeSync(fd);
  }
  return decodeForScan(buffer, strictBinary);
}

/** Decodes content already read (a file's bytes or a git blob's) as readForScan does. */
export function decodeForScan(bytes: Uint8Array, strictBinary = false): ReadResult {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = utf16Encoding(buffer);
  if (utf16) return { kind: 'text', text: new TextDecoder(utf16).decode(buffer), bytes: buffer.length };
  const sniff = buffer.subarray(0, BINARY_SNIFF);
  if (looksBinary(sniff) || (strictBinary && sniff.includes(0))) return { kind: 'binary', buffer, bytes: buffer.length };
  // Native validity checks, then the cheapest decoder for the content: most source files are ASCII.
  // A UTF-8 byte-order mark is dropped here as TextDecoder drops it below, so offsets agree either way.
  if (isAscii(buffer)) return { kind: 'text', text: buffer.toString('latin1'), bytes: buffer.length };
  if (isUtf8(buffer)) return { kind: 'text', text: buffer.toString('utf8', hasUtf8Bom(buffer) ? 3 : 0), bytes: buffer.length };
  return {
    kind: 'text',
    text: new TextDecoder('utf-8').decode(buffer),
    bytes: buffer.length,
    notice: 'invalid UTF-8: scanned with replacement characters',
  };
}

export { InputFileError };

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

function hasUtf8Bom(buffer: Uint8Array): boolean {
  return buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
}

/**
 * UTF-16 announced by its byte-order mark (what Windows tools such as PowerShell 5's Out-File and
 * regedit write). Without a BOM a file is not guessed to be UTF-16: half its bytes are NUL, so it reads
 * as binary, as it does for git. TextDecoder drops the BOM (https://encoding.spec.whatwg.org/#decode).
 */
function utf16Encoding(buffer: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buffer.length < 2) return undefined;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    // FF FE 00 00 is UTF-32 LE's mark, which no decoder here reads: leave it to the binary test.
    return buffer[2] === 0 && buffer[3] === 0 ? undefined : 'utf-16le';
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Binary when non-printable bytes exceed a small share of the printable ones: git's proportion test
 * for text (convert.c `gather_stats` / `convert_is_binary`, https://github.com/git/git/blob/master/convert.c,
 * which allows one in 128), with two differences. NUL counts as one more non-printable byte instead of
 * deciding alone, as it does there and in git's diff (`buffer_is_binary`: any NUL in the first 8000
 * bytes, xdiff-interface.c); and the share is one in 32, so that a short config file with one stray NUL
 * is still text. A stray NUL then no longer hides the secret beside it, while compressed, encrypted
 * and executable data (NUL and control bytes everywhere: about one byte in ten) stay binary.
 */
export function looksBinary(sample: Uint8Array): boolean {
  // Branch-free over the sample (one table load per byte): the text files that make up most of a tree
  // have no control byte at all, and this runs on every file's first 8000 bytes.
  let nonPrintable = 0;
  let lineEnds = 0;
  for (let i = 0; i < sample.length; i++) {
    const kind = BYTE_KIND[sample[i]!]!;
    nonPrintable += kind & NON_PRINTABLE;
    lineEnds += kind >> 1;
  }
  const printable = sample.length - lineEnds - nonPrintable;
  // git lets a trailing ^Z (DOS end-of-file) pass.
  if (sample.length && sample[sample.length - 1] === 0x1a) nonPrintable--;
  return nonPrintable > printable >> 5;
}

const NON_PRINTABLE = 1;
const LINE_END = 2;
/**
 * Per byte value, as git counts them: line ends count as neither; DEL and the other C0 controls are
 * non-printable, except BS, TAB, FF and ESC; every other byte is printable.
 */
const BYTE_KIND = (() => {
  const kinds = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) if (c !== 0x08 && c !== 0x09 && c !== 0x0c && c !== 0x1b) kinds[c] = NON_PRINTABLE;
  kinds[0x7f] = NON_PRINTABLE;
  kinds[0x0a] = kinds[0x0d] = LINE_END;
  return kinds;
})();
