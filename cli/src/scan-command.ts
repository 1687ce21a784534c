import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { BaselineError, Scanner, baselineFilter, builtinRules, createBaseline, parseBaseline, type Severity } from '@secret-hygiene/core';
import { DEFAULT_BASELINE, type ScanArgs } from './args.js';
import { InputFileError, READ_LIMITS, readBoundedFile } from './bounded-read.js';
import { UsageError } from './errors.js';
import { escapeForTerminal } from './output/escape.js';
import { formatJson } from './output/json.js';
import type { FileFinding, IncompleteEntry, ScanReport } from './output/report.js';
import { formatSarif } from './output/sarif.js';
import { formatText } from './output/text.js';
import { ScanPool } from './walk/pool.js';
import { scanFile, type FileResult, type FileScanOptions } from './walk/scan-file.js';
import { walk, type WalkedFile } from './walk/walker.js';
import { Progress } from './progress.js';
import { loadScanPolicy } from './policy/scan-policy.js';
import { defaultPolicyContext, type PolicyContext } from './policy/sources.js';

export const VERSION = '0.1.0';

/** A file's size for the parallel decision; an unreadable file counts as empty (its reader reports it). */
function sizeOf(path: string | Uint8Array): number {
  try {
    return statSync(typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength)).size;
  } catch {
    return 0;
  }
}

/** Trees above these sizes are scanned on worker threads. */
const PARALLEL_MIN_FILES = 64;
const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

export interface CommandResult {
  stdout: string;
  /** 0 clean, 1 findings, 2 incomplete (unless --allow-incomplete); see docs/cli.md "Exit codes". */
  exitCode: 0 | 1 | 2;
}

export async function runScan(
  args: ScanArgs,
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  policyContext: PolicyContext = defaultPolicyContext(),
): Promise<CommandResult> {
  const started = performance.now();
  const policy = await loadScanPolicy(args.minSeverity, policyContext);
  const baselinePath = args.baseline ?? (existsSync(DEFAULT_BASELINE) && !args.writeBaseline ? DEFAULT_BASELINE : undefined);
  let keep: (f: FileFinding) => boolean = () => true;
  if (baselinePath) {
    let text: string;
    try {
      text = readBoundedFile(baselinePath, READ_LIMITS.baseline);
    } catch (error) {
      if (error instanceof InputFileError) throw new UsageError(`${escapeForTerminal(baselinePath)}: baseline ${error.reason}`);
      throw error;
    }
    try {
      keep = baselineFilter(parseBaseline(text, baselinePath));
    } catch (error) {
      if ((error as Error).name === 'BaselineError') throw new UsageError((error as BaselineError).message);
      throw error;
    }
  }

  const notices: { file: string; message: string }[] = policy.notices.map((message) => ({ file: 'policy', message }));
  const incomplete: IncompleteEntry[] = [];
  const onNotice = (file: string, message: string) => notices.push({ file, message });
  const onUnread = (file: string, reason: string) => {
    notices.push({ file, message: reason });
    incomplete.push({ file, reason });
  };
  const options: FileScanOptions = { maxFileSize: args.maxFileSize, scan: { ...policy.scan, references: policy.resolved.policy.references } };
  const progress = new Progress(stderr);

  // Files go to the worker pool while the tree is still being listed, once it is clear the tree is big
  // enough to be worth the workers' start-up; a small tree is scanned on this thread.
  const files: WalkedFile[] = [];
  let totalBytes = 0;
  let allowlistedFiles = 0;
  let pool: ScanPool | undefined;
  let parallel = false;
  // A per-file time budget needs the scan off this thread (only a worker can be stopped mid-file): with
  // one, even a small tree is scanned by one worker; without, by this thread as before.
  const watched = args.workers !== false && args.fileTimeoutMs > 0;
  const wantsParallel = () => args.workers ?? (files.length >= PARALLEL_MIN_FILES || totalBytes >= PARALLEL_MIN_BYTES);
  let results: FileResult[];
  try {
    for (const file of walk(args.paths, { useGitignore: args.ignore, onNotice, onUnread })) {
      if (policy.isAllowlistedPath(file.display)) {
        allowlistedFiles++;
        continue;
      }
      files.push(file);
      if (args.workers !== false && !parallel) {
        // Until the choice is made, sizes count too (a few large files are worth the workers).
        totalBytes += file.size ?? sizeOf(file.path);
        parallel = (files.length > 1 || args.workers === true) && wantsParallel();
        if (parallel) pool?.grow();
      }
      if (pool) pool.add(file);
      else if (parallel || watched) {
        pool = new ScanPool(new URL('./scan-worker.js', import.meta.url), options, {
          fileTimeoutMs: args.workers === false ? 0 : args.fileTimeoutMs,
          onProgress: (scanned) => progress.update(`scanning… ${scanned}/${files.length} files`),
          ...(parallel ? {} : { size: 1 }),
        });
        for (const queued of files) pool.add(queued);
      }
      progress.update(`listing files… ${files.length}`);
    }
    if (pool) results = await pool.drain();
    else {
      const scanner = new Scanner(builtinRules);
      results = [];
      for (const file of files) {
        results.push(scanFile(scanner, file, options));
        progress.update(`scanning… ${results.length}/${files.length} files`);
      }
    }
  } finally {
    await pool?.close();
  }
  progress.clear();

  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  const findings: FileFinding[] = [];
  let suppressed = 0;
  let baselined = 0;
  let allowlistedFindings = 0;
  let skipped = allowlistedFiles;
  let bytes = 0;
  for (const result of results) {
    bytes += result.bytes;
    suppressed += result.suppressed;
    if (!result.scanned) skipped++;
    if (result.unread) incomplete.push({ file: result.display, reason: result.unread });
    for (const message of result.notices) notices.push({ file: result.display, message });
    for (const finding of result.findings) {
      const withFile: FileFinding = { ...finding, file: result.display };
      // Policy-allowlisted fingerprints are an organisation's baseline: counted with the baselined ones.
      const allowlisted = policy.allowlistedFingerprints.has(finding.fingerprint);
      if (allowlisted) allowlistedFindings++;
      if (allowlisted || !keep(withFile)) {
        baselined++;
        continue;
      }
      findings.push(withFile);
      bySeverity[finding.severity]++;
    }
  }

  if (args.writeBaseline) {
    await writeFile(args.writeBaseline, `${JSON.stringify(createBaseline(findings), null, 2)}\n`);
    stderr.write(`wrote ${findings.length} finding(s) to ${args.writeBaseline}\n`);
  }

  if (allowlistedFiles) notices.push({ file: 'policy', message: `${allowlistedFiles} file(s) not scanned: allowlist.paths` });
  if (allowlistedFindings) notices.push({ file: 'policy', message: `${allowlistedFindings} finding(s) accepted by allowlist.fingerprints (counted as baselined)` });
  for (const n of notices) stderr.write(`notice: ${escapeForTerminal(n.file)}: ${escapeForTerminal(n.message)}\n`);

  const report: ScanReport = {
    version: 1,
    findings,
    stats: {
      // Allowlisted files count as skipped, like binary or oversized ones.
      files: results.length + allowlistedFiles,
      filesSkipped: skipped,
      bytes,
      findings: findings.length,
      suppressed,
      baselined,
      bySeverity,
      durationMs: Math.round(performance.now() - started),
      notices,
      incomplete,
    },
  };
  const stdout =
    args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report, VERSION) : formatText(report, args.color);
  // An incomplete scan says so in its exit status, so CI can fail on what it could not check; this wins
  // over findings, which are printed all the same. Writing a baseline accepts what was found.
  if (incomplete.length && !args.allowIncomplete) return { stdout, exitCode: 2 };
  return { stdout, exitCode: findings.length && !args.writeBaseline ? 1 : 0 };
}
