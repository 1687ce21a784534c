import type { Finding, Severity } from '@secret-hygiene/core';

/** A finding as the CLI reports it: the DESIGN finding plus the file it was found in. */
export type FileFinding = Finding & { file: string };

export interface ScanStats {
  files: number;
  filesSkipped: number;
  bytes: number;
  findings: number;
  suppressed: number;
  baselined: number;
  bySeverity: Record<Severity, number>;
  durationMs: number;
  notices: { file: string; message: string }[];
  /**
   * Content that exists and was not scanned (unreadable file or directory, over --max-file-size, over
   * the per-file time budget, the scanner failed): the scan is incomplete, and exits 2 unless
   * --allow-incomplete. Empty when everything was read. Names are escaped as everywhere else.
   */
  incomplete: IncompleteEntry[];
}

export interface IncompleteEntry {
  file: string;
  reason: string;
}

export interface ScanReport {
  version: 1;
  findings: FileFinding[];
  stats: ScanStats;
}
