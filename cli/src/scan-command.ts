import { statSync } from 'node:fs';
import { atLeast, createBaseline, type Finding, type Loosening, type Severity } from '@secret-hygiene/core';
import type { ScanArgs } from './args.js';
import { escapeForTerminal, escapeName } from './output/escape.js';
import { writeFileAtomic } from './output/atomic-write.js';
import { listNames, secretsInNames, type NameListing } from './output/path-secrets.js';
import { formatJson } from './output/json.js';
import type { FileFinding, IncompleteEntry, ScanReport } from './output/report.js';
import { formatSarif } from './output/sarif.js';
import { formatText } from './output/text.js';
import { ScanPool } from './walk/pool.js';
import { mainThreadScanner, scanFile, type FileResult, type FileScanOptions } from './walk/scan-file.js';
import { walk, type WalkedFile } from './walk/walker.js';
import { Progress } from './progress.js';
import { scanRepository } from './git/source.js';
import { chooseFingerprintSalt } from './fingerprint-salt.js';
import { loadScanPolicy } from './policy/scan-policy.js';
import { loadBaseline, trackedFilesIgnoreRulesMatch } from './policy/repository-trust.js';
import { defaultPolicyContext, type PolicyContext } from './policy/sources.js';
import { assertVerificationAllowed } from './verify/policy-gate.js';
import { verifyScanFindings } from './verify/scan-verify.js';
import { VERSION } from './version.js';

export { VERSION };

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
  const policy = await loadScanPolicy(args.minSeverity, policyContext, args.trustRepository);
  // Refused before anything is read: the policy may forbid going online at all.
  if (args.verify) assertVerificationAllowed(policy.resolved, 'scan --verify');
  // The repository's own baseline and ignore files obey the same trust as its policy file (docs/policy.md "Trust").
  const trusted = policy.resolved.trust.mayLoosen;
  const baseline = loadBaseline(args, trusted);
  const keep: (f: FileFinding) => boolean = baseline.keep;
  const loosened: Loosening[] = [...policy.resolved.loosened, ...(baseline.loosening ? [baseline.loosening] : [])];

  const notices: { file: string; message: string }[] = policy.notices.map((message) => ({ file: 'policy', message }));
  if (baseline.notice) notices.push({ file: 'baseline', message: baseline.notice });
  const incomplete: IncompleteEntry[] = [];
  const onNotice = (file: string, message: string) => notices.push({ file, message });
  const onUnread = (file: string, reason: string) => {
    notices.push({ file, message: reason });
    incomplete.push({ file, reason });
  };
  const options: FileScanOptions = { maxFileSize: args.maxFileSize, scan: { ...policy.scan, references: policy.resolved.policy.references } };
  // Fingerprints of guessable secrets are salted (cli/src/fingerprint-salt.ts): decided before scanning.
  const salting = chooseFingerprintSalt(args.writeBaseline, baseline, args.baseline ?? baseline.use?.file);
  if (salting.salt !== undefined) options.scan.fingerprintSalt = salting.salt;
  // --verify pairs a secret with values found beside it (an AWS key id, a Twilio account SID), which may
  // rate below the threshold on their own: the engine reports everything, the threshold applies after.
  if (args.verify) options.scan.minSeverity = 'info';
  if (salting.notice) notices.push({ file: 'baseline', message: salting.notice });
  const progress = new Progress(stderr);

  // Files go to the worker pool while the tree is still being listed, once it is clear the tree is big
  // enough to be worth the workers' start-up; a small tree is scanned on this thread.
  const files: WalkedFile[] = [];
  let totalBytes = 0;
  let allowlistedFiles = 0;
  let pool: ScanPool | undefined;
  let names: NameListing | undefined;
  let inNames: Finding[] | undefined;
  let parallel = false;
  // A per-file time budget needs the scan off this thread (only a worker can be stopped mid-file): with
  // one, even a small tree is scanned by one worker; without, by this thread as before.
  const watched = args.workers !== false && args.fileTimeoutMs > 0;
  const wantsParallel = () => args.workers ?? (files.length >= PARALLEL_MIN_FILES || totalBytes >= PARALLEL_MIN_BYTES);
  let results: FileResult[];
  /** History mode: blobs actually scanned (exit 2 only when nothing could be). */
  let historyScanned: number | undefined;
  if (args.git || args.staged) {
    const source = await scanRepository(args, options, {
      isAllowlistedPath: (path) => policy.isAllowlistedPath(path),
      onNotice,
      onProgress: (text) => progress.update(text),
    });
    results = source.results;
    allowlistedFiles = source.allowlistedFiles;
    incomplete.push(...source.incomplete);
    historyScanned = source.scanned;
  } else try {
    const walkOptions = { useGitignore: args.ignore, onNotice, onUnread, followSymlinks: args.followSymlinks };
    const trackedIgnored = args.ignore ? trackedFilesIgnoreRulesMatch(args.paths) : [];
    const walked = new Set<string>();
    const listed = (function* () {
      for (const file of walk(args.paths, walkOptions)) {
        if (typeof file.path === 'string') walked.add(file.path);
        yield file;
      }
      // Tracked files the walk left out (git's ignore sources are wider than the walker's .gitignore files).
      const hidden = trackedIgnored.filter((path) => !walked.has(path));
      if (!hidden.length) return;
      if (trusted) {
        loosened.push({ field: 'ignored tracked files', value: `${hidden.length} tracked file(s) not scanned (--no-ignore scans them)`, origin: '.gitignore' });
        return;
      }
      onNotice('.gitignore', `${hidden.length} tracked file(s) excluded by ignore files are scanned anyway (untrusted repository)`);
      yield* walk(hidden, { ...walkOptions, useGitignore: false });
    })();
    for (const file of listed) {
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
    if (pool) {
      results = await pool.drain();
      // The names of what was scanned, by a worker while the pool is up (see below).
      names = listNames(scannedNames(results, incomplete, notices));
      if (names.names.length) inNames = await pool.scanText(names.text);
    } else {
      const scanner = mainThreadScanner();
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
  /** With --verify, every finding the scan saw (whatever its severity, baselined or not): the companions' pool. */
  const seen: FileFinding[] = [];
  function accept(withFile: FileFinding): void {
    if (args.verify) {
      seen.push(withFile);
      if (!atLeast(withFile.severity, policy.scan.minSeverity)) return;
    }
    // Policy-allowlisted fingerprints are an organisation's baseline: counted with the baselined ones.
    const allowlisted = policy.allowlistedFingerprints.has(withFile.fingerprint);
    if (allowlisted) allowlistedFindings++;
    if (allowlisted || !keep(withFile)) {
      baselined++;
      return;
    }
    findings.push(withFile);
    bySeverity[withFile.severity]++;
  }
  for (const result of results) {
    bytes += result.bytes;
    suppressed += result.suppressed;
    if (!result.scanned) skipped++;
    if (result.unread) incomplete.push({ file: result.display, reason: result.unread });
    for (const message of result.notices) notices.push({ file: result.display, message });
    for (const finding of result.findings) {
      // History findings carry their own file (the path) and commit; the result's display is path@commit.
      accept({ file: result.display, ...finding });
    }
  }
  // --verify: the providers' word on each secret, before names are masked (texts are found by name).
  const verification = args.verify
    ? await verifyScanFindings(findings, { args, files, companions: seen, salt: salting.salt, minSeverity: policy.scan.minSeverity, userAgent: `secret-hygiene/${VERSION}`, onNotice })
    : undefined;
  if (verification) for (const level of Object.keys(bySeverity) as Severity[]) bySeverity[level] = findings.filter((f) => f.severity === level).length;
  // Names are text too: a token in a file or directory name is a finding, and masked wherever printed.
  // With workers, one of them scanned the names (this thread then never builds a Scanner of its own);
  // the notices added since carry our own labels (`verify`), not paths.
  names ??= listNames(scannedNames(results, incomplete, notices));
  if (names.names.length) inNames ??= mainThreadScanner().scan(names.text).findings;
  const inPaths = secretsInNames(names, inNames ?? [], policy.scan);
  for (const finding of inPaths.findings) accept(finding);
  for (const finding of findings) finding.file = inPaths.mask(finding.file);
  for (const entry of [...notices, ...incomplete]) entry.file = inPaths.mask(entry.file);
  for (const notice of notices) notice.message = inPaths.mask(notice.message);
  for (const entry of incomplete) entry.reason = inPaths.mask(entry.reason);

  if (args.writeBaseline) {
    // Atomic, and never through a symlink: a committed link named like the baseline must not aim our write.
    writeFileAtomic(args.writeBaseline, `${JSON.stringify(createBaseline(findings, salting.salt), null, 2)}\n`);
    stderr.write(`wrote ${findings.length} finding(s) to ${escapeForTerminal(args.writeBaseline)}\n`);
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
      loosened,
      ...(baseline.use ? { baseline: baseline.use } : {}),
      ...(verification ? { verification } : {}),
      ...(policy.replacedManaged ? { managedPolicy: { path: escapeName(policy.replacedManaged.path), via: policy.replacedManaged.via } } : {}),
    },
  };
  const stdout =
    args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report, VERSION) : formatText(report, args.color);
  // An incomplete scan says so in its exit status, so CI can fail on what it could not check; this wins
  // over findings, which are printed all the same. Writing a baseline accepts what was found.
  // History: a partial clone's missing blobs or an oversized old blob are reported, and the exit is 2
  // only when nothing at all could be scanned (issue 13).
  if (historyScanned !== undefined) {
    if (historyScanned === 0 && incomplete.length && !args.allowIncomplete) return { stdout, exitCode: 2 };
  } else if (incomplete.length && !args.allowIncomplete) return { stdout, exitCode: 2 };
  return { stdout, exitCode: findings.length && !args.writeBaseline ? 1 : 0 };
}

/** Every name a report prints as a path: scanned files, unread entries and notices' files. */
function scannedNames(results: readonly FileResult[], incomplete: readonly IncompleteEntry[], notices: readonly { file: string }[]): string[] {
  return [...results.map((result) => result.display), ...incomplete.map((entry) => entry.file), ...notices.map((notice) => notice.file)];
}
