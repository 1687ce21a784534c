/**
 * What the scanned repository itself brings to a scan besides its policy file: a committed baseline
 * loaded by default, and ignore files that may hide tracked files. Trusted (the default), each is applied
 * and listed as a loosening naming its file; untrusted (`--no-trust-repository`, or a policy with
 * `repository.mayLoosen: false`), the baseline is not loaded and ignored tracked files are scanned.
 */
import { existsSync, lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { baselineFilter, baselineSalt, parseBaseline, type BaselineError, type Finding, type Loosening } from '@secret-hygiene/core';
import { DEFAULT_BASELINE, type ScanArgs } from '../args.js';
import { InputFileError, READ_LIMITS, readBoundedFile } from '../bounded-read.js';
import { UsageError } from '../errors.js';
import { escapeForTerminal, escapeName } from '../output/escape.js';
import type { BaselineUse } from '../output/report.js';
import { trackedButIgnored } from '../walk/ignored-tracked.js';

export interface LoadedBaseline {
  keep: (finding: Finding) => boolean;
  /** The baseline's fingerprint salt (version 2); undefined for a version-1 baseline or none. */
  salt?: string;
  /** A baseline was read (its version decides the fingerprints: see cli/src/fingerprint-salt.ts). */
  loaded?: boolean;
  use?: BaselineUse;
  loosening?: Loosening;
  notice?: string;
}

/** `--baseline FILE` (the user's choice), else the repository's `.secret-hygiene-baseline.json` when trusted. */
export function loadBaseline(args: Pick<ScanArgs, 'baseline' | 'writeBaseline'>, trusted: boolean): LoadedBaseline {
  const committed = args.baseline === undefined && !args.writeBaseline && existsSync(DEFAULT_BASELINE);
  if (committed && !trusted) {
    return { keep: () => true, notice: `${DEFAULT_BASELINE} not applied: the repository may not loosen the scan (pass --baseline ${DEFAULT_BASELINE} to use it)` };
  }
  const path = args.baseline ?? (committed ? DEFAULT_BASELINE : undefined);
  if (!path) return { keep: () => true };
  let text: string;
  try {
    text = readBoundedFile(path, READ_LIMITS.baseline);
  } catch (error) {
    if (error instanceof InputFileError) throw new UsageError(`${escapeForTerminal(path)}: baseline ${error.reason}`);
    throw error;
  }
  let entries: number;
  let keep: (finding: Finding) => boolean;
  let salt: string | undefined;
  try {
    const baseline = parseBaseline(text, escapeName(path));
    entries = baseline.findings.length;
    keep = baselineFilter(baseline);
    salt = baselineSalt(baseline);
  } catch (error) {
    if ((error as Error).name === 'BaselineError') throw new UsageError((error as BaselineError).message);
    throw error;
  }
  const use: BaselineUse = { file: escapeName(path), entries, matched: 0, from: committed ? 'repository' : 'argument' };
  const counted = (finding: Finding) => {
    const kept = keep(finding);
    if (!kept) use.matched++;
    return kept;
  };
  return {
    keep: counted,
    loaded: true,
    ...(salt === undefined ? {} : { salt }),
    use,
    ...(committed ? { loosening: { field: 'baseline', value: `${entries} accepted finding(s)`, origin: escapeName(path) } } : {}),
  };
}

/**
 * Tracked regular files under the directories given that git's ignore rules match (absolute paths). A
 * tracked symlink is left out: scanning it "anyway" must not lead out of the repository.
 */
export function trackedFilesIgnoreRulesMatch(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) for (const file of trackedButIgnored(resolve(path)) ?? []) found.add(file);
  return [...found].filter((path) => {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  });
}
