import type { Finding, Loosening, Severity } from '@secret-hygiene/core';

/**
 * Where a history finding (`scan --git`) came from: the oldest commit that introduced the blob at
 * `path`, and when the path no longer holds the secret at HEAD, the commit that removed it.
 */
export interface CommitRef {
  sha: string;
  path: string;
  author: string;
  email: string;
  date: string;
  removedIn?: string;
}

/** A finding as the CLI reports it: the DESIGN finding plus the file it was found in (and the commit, in history mode). */
export type FileFinding = Finding & { file: string; commit?: CommitRef };

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
  /**
   * Every loosening the scanned repository applied, naming the file that did it: its policy file's
   * disabled detectors, raised minSeverity, allowlists and severity overrides, a committed baseline,
   * ignore files hiding tracked files. Empty when it applied none (or was not trusted to).
   */
  loosened: Loosening[];
  /** The baseline applied, if any: which file, how many entries, how many findings it accepted. */
  baseline?: BaselineUse;
  /** Set when SECRET_HYGIENE_POLICY replaced the OS-level managed policy file (or removed it: `none`). */
  managedPolicy?: { path: string; via: string };
  /** `--verify`: what the providers said, by status (docs/verify.md). */
  verification?: VerificationStats;
}

/** Counts of `scan --verify`: findings by status, secrets of providers that cannot be verified, requests sent. */
export interface VerificationStats {
  live: number;
  invalid: number;
  unknown: number;
  unsupported: number;
  requests: number;
  /** 429 answers received (each waited out per Retry-After, within a bound). */
  rateLimited: number;
  durationMs: number;
}

export interface BaselineUse {
  file: string;
  entries: number;
  matched: number;
  /** `repository`: the committed `.secret-hygiene-baseline.json`, loaded by default; `argument`: `--baseline`. */
  from: 'repository' | 'argument';
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
