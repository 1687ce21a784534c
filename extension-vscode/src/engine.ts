/**
 * The scanner as the editor uses it: the effective settings, baselines and the policy allowlist
 * applied per document, and the scheduler that decides where each scan runs (the scan worker, or
 * inline for small documents measured fast; see model/scan-scheduler.ts). The host's own core
 * Scanner is built on first inline use, not at activation.
 */
import * as vscode from 'vscode';
import type { Baselines } from './baselines.js';
import { pathOf } from './files.js';
import { Scanner, builtinRules, pathMatcher } from './model/core.js';
import { runScanJob, withoutAccepted, type ScanJob } from './model/scan-protocol.js';
import { ScanScheduler, type Priority, type ScanOutcome, type WorkerFactory } from './model/scan-scheduler.js';
import type { Settings } from './settings.js';

/** pathMatcher compiled once per glob list (the list object changes only when settings do). */
function cachedMatcher(): (globs: readonly string[], path: string) => boolean {
  let last: { globs: readonly string[]; matches: (path: string) => boolean } | undefined;
  return (globs, path) => {
    if (last?.globs !== globs) last = { globs, matches: pathMatcher(globs) };
    return last.matches(path);
  };
}

export class ScanEngine implements vscode.Disposable {
  private scanner: Scanner | undefined;
  private readonly excluded = cachedMatcher();
  private readonly allowlisted = cachedMatcher();
  readonly scheduler: ScanScheduler;

  constructor(
    readonly settings: Settings,
    private readonly baselines: Baselines,
    createWorker: WorkerFactory | undefined,
  ) {
    this.scheduler = new ScanScheduler({
      createWorker,
      scanInline: (job) => {
        this.scanner ??= new Scanner(builtinRules);
        return runScanJob(this.scanner, job, () => performance.now());
      },
      budgetMs: () => this.settings.current.scanTimeoutMs,
    });
  }

  /** Settings, policy and baselines are loaded. */
  get ready(): Promise<unknown> {
    return Promise.all([this.settings.ready, this.baselines.ready]);
  }

  /** Excluded by `secretHygiene.exclude` or allowlisted by the policy: never scanned, never reported. */
  isExcluded(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const { exclude, allowlist } = this.settings.current;
    return this.excluded(exclude, relative) || this.allowlisted(allowlist.paths, relative);
  }

  /**
   * Scans `text` (a document, or a region of one) as document `key`: a newer scan with the same key
   * supersedes this one. Accepted fingerprints are applied here, in the host (scan-protocol.ts).
   */
  async scan(key: string, text: string, uri: vscode.Uri, options: { kindPath?: string; priority?: Priority } = {}): Promise<ScanOutcome> {
    const { scan, references } = this.settings.current;
    const fingerprintSalt = this.baselines.saltFor(uri);
    const job: ScanJob = { text, path: options.kindPath ?? pathOf(uri), config: { ...scan, references, ...(fingerprintSalt === undefined ? {} : { fingerprintSalt }) } };
    const outcome = await this.scheduler.scan(key, job, options.priority);
    if (outcome.status !== 'done') return outcome;
    return { ...outcome, scan: withoutAccepted(outcome.scan, this.accepted(uri)) };
  }

  private accepted(uri: vscode.Uri): ReadonlySet<string> {
    const { allowlist } = this.settings.current;
    const baseline = this.baselines.fingerprintsFor(uri);
    return baseline.size ? new Set([...allowlist.fingerprints, ...baseline]) : allowlist.fingerprints;
  }

  dispose(): void {
    this.scheduler.dispose();
  }
}
