import { Scanner, builtinRules, isKeystorePath, scanDocument, scanKeystore, type DocumentScanOptions, type Finding } from '@secret-hygiene/core';
import { scanLineRegions } from '../git/region-scan.js';
import { decodeForScan, formatBytes, InputFileError, readForScan, type ReadResult } from './read-file.js';
import type { WalkedFile } from './walker.js';

export interface FileScanOptions {
  maxFileSize: number;
  scan: Omit<DocumentScanOptions, 'path' | 'now'> & { now?: string };
}

export interface FileResult {
  display: string;
  bytes: number;
  findings: Finding[];
  suppressed: number;
  /** Human-readable notices about this file (skips, decoding, rule failures). */
  notices: string[];
  scanned: boolean;
  /**
   * Set when content that exists was not scanned (unreadable, too large, timed out): the scan is
   * incomplete. A binary file that is skipped is not: it has no text to scan.
   */
  unread?: string;
}

/**
 * A scanner with its one-time work done (keyword automata are built on first use): a scan worker calls
 * this before its first file, so that no file's time budget pays for the start-up.
 */
export function readyScanner(options: FileScanOptions): Scanner {
  const scanner = new Scanner(builtinRules);
  const { now: _now, ...scan } = options.scan;
  scanDocument(scanner, 'api_key = "warm-up"\n', { ...scan, path: 'warm-up.env' });
  return scanner;
}

let mainThread: Scanner | undefined;

/**
 * The main thread's one Scanner (compiling the rules and building the keyword automaton costs ~0.1 s):
 * shared by scans without workers, small history/staged scans and the pass over file names.
 */
export function mainThreadScanner(): Scanner {
  return (mainThread ??= new Scanner(builtinRules));
}

/** Reads and scans one file; never throws (a failure becomes a notice on that file). `onSize`: see readForScan. */
export function scanFile(scanner: Scanner, file: WalkedFile, options: FileScanOptions, onSize?: (bytes: number) => void): FileResult {
  const result: FileResult = { display: file.display, bytes: file.size ?? 0, findings: [], suppressed: 0, notices: [], scanned: false };
  const notScanned = (reason: string) => {
    result.unread = reason;
    result.notices.push(`not scanned: ${reason}`);
    return result;
  };
  const keystore = isKeystorePath(file.display);
  let read: ReadResult;
  try {
    if (file.content) {
      onSize?.(file.content.length);
      read =
        file.content.length > options.maxFileSize
          ? { kind: 'skipped', reason: `larger than --max-file-size (${formatBytes(file.content.length)} > ${formatBytes(options.maxFileSize)})`, bytes: file.content.length }
          : decodeForScan(file.content, keystore);
    } else read = readForScan(file.path, options.maxFileSize, { strictBinary: keystore, onSize, listedAsFile: true });
  } catch (error) {
    if (error instanceof InputFileError) return notScanned(error.code ? `cannot read (${error.code})` : error.reason.replace(/^not read: /, ''));
    return notScanned(`cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  result.bytes = read.bytes;
  if (read.kind === 'skipped') return notScanned(read.reason);
  if (read.kind === 'binary' && !keystore) {
    result.notices.push('skipped: binary file');
    return result;
  }
  try {
    if (read.kind === 'binary') {
      const scanned = scanKeystore(read.buffer, options.scan);
      if (scanned.notice) result.notices.push(scanned.notice);
      result.findings = scanned.findings;
    } else {
      if (read.notice) result.notices.push(read.notice);
      const { now, ...scan } = options.scan;
      const documentOptions = { ...scan, path: file.display, ...(now ? { now: new Date(now) } : {}) };
      // A history scan may ask for only the lines a blob changed since its parent version (docs/history.md).
      const regions = (file as WalkedFile & { regions?: readonly number[] }).regions;
      if (regions) {
        const out = scanLineRegions(scanner, read.text, regions, documentOptions);
        result.findings = out.findings;
        result.suppressed = out.suppressed;
        result.notices.push(...out.notices);
      } else {
        const out = scanDocument(scanner, read.text, documentOptions);
        result.findings = out.findings;
        result.suppressed = out.suppressed;
        result.notices.push(...out.notices.map((n) => n.message));
      }
    }
    result.scanned = true;
  } catch (error) {
    // Only the error's kind: a message thrown from deep in a parser could quote the file's content.
    result.findings = [];
    return notScanned(`the scanner failed on this file (${(error as Error).name ?? 'error'})`);
  }
  return result;
}

/** The result for a file that its worker did not finish (timed out or crashed). */
export function unfinishedFile(file: WalkedFile, reason: string): FileResult {
  return { display: file.display, bytes: file.size ?? 0, findings: [], suppressed: 0, notices: [`not scanned: ${reason}`], scanned: false, unread: reason };
}
