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
}

export interface ScanReport {
  version: 1;
  findings: FileFinding[];
  stats: ScanStats;
}
