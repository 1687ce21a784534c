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
}

/** Seconds a worker may spend on one file before it is replaced and the file reported as not scanned. */
export const DEFAULT_FILE_TIMEOUT_SECONDS = 10;

function parseSeconds(value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) throw new UsageError(`--file-timeout: expected a number of seconds like 10 or 2.5 (0 = no limit), got "${value}"`);
  return Math.round(seconds * 1000);
}

const DEFAULT_BASELINE = '.secret-hygiene-baseline.json';

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
  };
  if (v['min-severity'] !== undefined) args.minSeverity = v['min-severity'];
  if (v.baseline !== undefined) args.baseline = v.baseline;
  if (v['write-baseline'] !== undefined) args.writeBaseline = v['write-baseline'] || DEFAULT_BASELINE;
  if (v.workers) args.workers = true;
  if (v['no-workers']) args.workers = false;
  return args;
}

export { DEFAULT_BASELINE };
