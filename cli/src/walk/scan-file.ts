import { isKeystorePath, scanDocument, scanKeystore, type DocumentScanOptions, type Finding, type Scanner } from '@secret-hygiene/core';
import { readForScan } from './read-file.js';
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
}

/** Reads and scans one file; never throws (a failure becomes a notice on that file). */
export function scanFile(scanner: Scanner, file: WalkedFile, options: FileScanOptions): FileResult {
  const result: FileResult = { display: file.display, bytes: file.size ?? 0, findings: [], suppressed: 0, notices: [], scanned: false };
  try {
    const read = readForScan(file.path, options.maxFileSize);
    result.bytes = read.bytes;
    if (read.kind === 'skipped') {
      result.notices.push(`skipped: ${read.reason}`);
      return result;
    }
    if (read.kind === 'binary') {
      if (!isKeystorePath(file.display)) {
        result.notices.push('skipped: binary file');
        return result;
      }
      const keystore = scanKeystore(read.buffer, options.scan);
      if (keystore.notice) result.notices.push(keystore.notice);
      result.findings = keystore.findings;
      result.scanned = true;
      return result;
    }
    if (read.notice) result.notices.push(read.notice);
    const { now, ...scan } = options.scan;
    const out = scanDocument(scanner, read.text, { ...scan, path: file.display, ...(now ? { now: new Date(now) } : {}) });
    result.findings = out.findings;
    result.suppressed = out.suppressed;
    result.notices.push(...out.notices.map((n) => n.message));
    result.scanned = true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    result.notices.push(`cannot read: ${code ?? (error as Error).message}`);
  }
  return result;
}

