import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isSeverity, type Severity } from '@secret-hygiene/core';
import { UsageError } from './errors.js';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanArgs {
  paths: string[];
  format: Format;
  /** Undefined = the policy's minimum (low unless a policy file says otherwise). */
  minSeverity?: Severity;
  baseline?: string;
  writeBaseline?: string;
  ignore: boolean;
  maxFileSize: number;
  color: boolean;
  /** Force worker threads on (true) / off (false); undefined = decide by tree size. */
  workers?: boolean;
  /** Per-file time budget in milliseconds (workers only); 0 = none. */
  fileTimeoutMs: number;
  /** Exit 0/1 by findings even when some content could not be scanned (it is still reported). */
  allowIncomplete: boolean;
  /**
   * Whether the scanned repository (its `.secret-hygiene.json`, committed baseline, ignore files) may
   * loosen the scan: undefined = yes, within the policy, and every loosening is reported; false = it may
   * only tighten.
   */
  trustRepository?: boolean;
  /** Follow symlinks that lead out of the scan root. */
  followSymlinks: boolean;
  /** `--git [RANGE] [PATH]` / `--since REV`: scan the repository's history (git revision arguments). */
  git?: { revisions: string[]; path: string };
  /** `--staged [PATH]`: scan the index, added lines only unless `allLines`. */
  staged?: { path: string; allLines: boolean };
  /** `--fix`: rewrite agent configs, secrets to the OS keychain (cli/src/fix-command.ts). */
  fix?: boolean;
  /** `--verify`: ask each supported provider's API whether the secrets found are live (docs/verify.md). */
  verify?: { timeoutMs: number };
}

/**
 * `--git [RANGE] [PATH]`: one positional is the repository when it is an existing directory, else the
 * range; two are the range then the path. `--since REV` is `REV..HEAD`.
 */
function historyTarget(positionals: string[], since: string | undefined, isDirectory: (p: string) => boolean): { revisions: string[]; path: string } {
  if (positionals.length > 2) throw new UsageError(`--git takes at most a range and a path, got ${positionals.length} arguments`);
  let [range, path] = positionals;
  if (positionals.length === 1 && isDirectory(range!)) [range, path] = [undefined, range];
  if (range !== undefined && since !== undefined) throw new UsageError('--since and a range are two ways to say the same thing: give one');
  if (range?.startsWith('-')) throw new UsageError(`--git: "${range}" is not a revision range`);
  const revisions = since !== undefined ? [`${since}..HEAD`] : range !== undefined ? [range] : ['--all'];
  return { revisions, path: path ?? '.' };
}

/** Seconds a worker may spend on one file before it is replaced and the file reported as not scanned. */
export const DEFAULT_FILE_TIMEOUT_SECONDS = 10;

function parseSeconds(value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) throw new UsageError(`--file-timeout: expected a number of seconds like 10 or 2.5 (0 = no limit), got "${value}"`);
  return Math.round(seconds * 1000);
}

const DEFAULT_BASELINE = '.secret-hygiene-baseline.json';

/** Seconds one verification request may take before its finding is reported `unknown`. */
export const DEFAULT_VERIFY_TIMEOUT_SECONDS = 10;

function parseVerifyTimeout(value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 120) throw new UsageError(`--verify-timeout: expected seconds between 0 and 120 like 10 or 2.5, got "${value}"`);
  return Math.round(seconds * 1000);
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size: expected a size like 10MB or 500KB, got "${value}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

export function parseScanArgs(argv: string[]): ScanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'min-severity': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'no-ignore': { type: 'boolean', default: false },
        'max-file-size': { type: 'string', default: '10MB' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        workers: { type: 'boolean' },
        'no-workers': { type: 'boolean' },
        'file-timeout': { type: 'string', default: String(DEFAULT_FILE_TIMEOUT_SECONDS) },
        'allow-incomplete': { type: 'boolean', default: false },
        'trust-repository': { type: 'boolean' },
        'no-trust-repository': { type: 'boolean' },
        'follow-symlinks': { type: 'boolean', default: false },
        git: { type: 'boolean', default: false },
        since: { type: 'string' },
        staged: { type: 'boolean', default: false },
        'all-lines': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        verify: { type: 'boolean', default: false },
        'verify-timeout': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (!['text', 'json', 'sarif'].includes(v.format!)) throw new UsageError(`--format: expected text, json or sarif, got "${v.format}"`);
  if (v['min-severity'] !== undefined && !isSeverity(v['min-severity'])) throw new UsageError(`--min-severity: expected critical, high, medium, low or info, got "${v['min-severity']}"`);
  const args: ScanArgs = {
    paths: parsed.positionals.length ? parsed.positionals : ['.'],
    format: v.format as Format,
    ignore: !v['no-ignore'],
    maxFileSize: parseSize(v['max-file-size']!),
    color: v['no-color'] ? false : v.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR),
    fileTimeoutMs: parseSeconds(v['file-timeout']!),
    allowIncomplete: v['allow-incomplete']!,
    followSymlinks: v['follow-symlinks']!,
  };
  if (v['trust-repository'] && v['no-trust-repository']) throw new UsageError('--trust-repository and --no-trust-repository: choose one');
  if (v['trust-repository']) args.trustRepository = true;
  if (v['no-trust-repository']) args.trustRepository = false;
  if (v['min-severity'] !== undefined) args.minSeverity = v['min-severity'];
  if (v.baseline !== undefined) args.baseline = v.baseline;
  if (v['write-baseline'] !== undefined) args.writeBaseline = v['write-baseline'] || DEFAULT_BASELINE;
  if (v.git && v.staged) throw new UsageError('--git and --staged: choose one (history, or what the next commit adds)');
  if (v.since !== undefined && !v.git) throw new UsageError('--since goes with --git');
  if (v['all-lines'] && !v.staged) throw new UsageError('--all-lines goes with --staged');
  if (v.git) args.git = historyTarget(parsed.positionals, v.since, (p) => existsSync(p) && statSync(p).isDirectory());
  if (v.staged) {
    if (parsed.positionals.length > 1) throw new UsageError('--staged takes at most one path (the repository)');
    args.staged = { path: parsed.positionals[0] ?? '.', allLines: v['all-lines']! };
  }
  if (v.fix) args.fix = true;
  if (v.workers) args.workers = true;
  if (v['no-workers']) args.workers = false;
  if (v['verify-timeout'] !== undefined && !v.verify) throw new UsageError('--verify-timeout goes with --verify');
  if (v.verify) args.verify = { timeoutMs: v['verify-timeout'] !== undefined ? parseVerifyTimeout(v['verify-timeout']) : DEFAULT_VERIFY_TIMEOUT_SECONDS * 1000 };
  return args;
}

export { DEFAULT_BASELINE };
