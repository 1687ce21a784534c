/**
 * Live diagnostics for open documents: on open, on save and, debounced, as the user types (never on
 * the keystroke path). The scan itself runs where the engine's scheduler says — the scan worker for
 * anything large or slow — and its answer is applied only if the document is still at the version
 * scanned. A scan that did not finish leaves a notice on the document instead of findings. Only
 * `file` and `untitled` documents: output, debug, git and other virtual views are never scanned.
 */
import * as vscode from 'vscode';
import type { ScanEngine } from './engine.js';
import { readDocumentText } from './document-text.js';
import { pathOf } from './files.js';
import type { FindingStore } from './findings.js';
import { looksBinary } from './model/content.js';
import { detectFileKind, type Finding } from './model/core.js';
import { INCREMENTAL_MIN_CHARS, addEdit, planRescan, type RescanPlan, type ScannedText } from './model/incremental.js';
import { scanNotice } from './model/scan-notice.js';
import type { ScanRoute } from './model/scan-scheduler.js';

const SCHEMES = new Set(['file', 'untitled']);
/** Pause after the last keystroke before scanning. */
export const TYPING_DEBOUNCE_MS = 250;

type Trigger = 'open' | 'change' | 'save' | 'settings';

export class DocumentScanner implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents told once that they are too large to scan as you type. */
  private readonly toldLarge = new Set<string>();
  /**
   * Large plain-text documents: their last scan and the edits since, so a change rescans only the text
   * around it (model/incremental.ts). `version` is the document version the text plus edits describe.
   */
  private readonly scanned = new Map<string, ScannedText & { version: number }>();
  /** Scans under way, by document: a quick fix that needs this version's findings waits for it. */
  private readonly running = new Map<string, { version: number; done: Promise<void> }>();
  /**
   * The last live scan, for the tests: how long the engine took (`ms`, wherever it ran), how long it
   * held the extension host's thread (`hostMs`: the engine's time too when inline), whether it
   * rescanned only the text around an edit, and whether it was stopped.
   */
  /**
   * Per document, where its recent scans ran and how long the scanned text was (the last 50; for tests:
   * the last entry is where its last live scan ran, whichever document's scan came last).
   */
  readonly history = new Map<string, { route: ScanRoute; chars: number }[]>();
  lastScan: { ms: number; hostMs: number; hostCpuMs: number; incremental: boolean; route: ScanRoute; stopped?: 'timeout' | 'failed' } = {
    ms: 0,
    hostMs: 0,
    hostCpuMs: NaN,
    incremental: false,
    route: 'inline',
  };

  constructor(
    private readonly engine: ScanEngine,
    private readonly store: FindingStore,
    private readonly threadCpuMs: () => number = () => NaN,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!event.contentChanges.length) return;
        this.trackEdits(event);
        this.schedule(event.document, 'change');
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 'save')),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      engine.settings.onDidChange(() => this.rescanOpen()),
    );
  }

  /** Documents already open when the extension starts: scanned after activation, not during it. */
  start(): void {
    void this.engine.ready.then(() => this.rescanOpen());
  }

  rescanOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 'settings');
  }

  private schedule(doc: vscode.TextDocument, trigger: Trigger): void {
    if (!SCHEMES.has(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    if (trigger === 'change' && !this.engine.settings.current.scanOnType) return;
    clearTimeout(this.timers.get(key));
    const delay = trigger === 'change' ? TYPING_DEBOUNCE_MS : 0;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.engine.ready.then(() => this.scanNow(doc, trigger));
      }, delay),
    );
  }

  /** Scans a document now; a scan of it still running is superseded. */
  scanNow(doc: vscode.TextDocument, trigger: Trigger = 'settings'): Promise<void> {
    const key = doc.uri.toString();
    const done = this.scanDocument(doc, trigger).finally(() => {
      if (this.running.get(key)?.done === done) this.running.delete(key);
    });
    this.running.set(key, { version: doc.version, done });
    return done;
  }

  private async scanDocument(doc: vscode.TextDocument, trigger: Trigger): Promise<void> {
    if (doc.isClosed || !SCHEMES.has(doc.uri.scheme)) return;
    if (this.engine.isExcluded(doc.uri)) return this.store.delete(doc.uri);
    const version = doc.version;
    const text = await readDocumentText(doc);
    // Changed while being read: the change scanned it again.
    if (text === undefined || doc.version !== version) return;
    const started = performance.now();
    const startedCpu = this.threadCpuMs();
    if (text.length > this.engine.settings.current.maxFileBytes && trigger !== 'save') {
      this.tellLarge(doc);
      // Earlier findings of this text stay until the next save refreshes them.
      return;
    }
    if (looksBinary(text)) return this.store.delete(doc.uri);
    const key = doc.uri.toString();
    const plan = this.planOf(doc, text, trigger);
    const scanning = this.engine.scan(key, plan.scanText, doc.uri);
    // The host's own share: planning, handing the text over (or the whole scan, inline)…
    const before = performance.now() - started;
    const beforeCpu = this.threadCpuMs() - startedCpu;
    const outcome = await scanning;
    const resumed = performance.now();
    const resumedCpu = this.threadCpuMs();
    const hostCpuMs = () => beforeCpu + this.threadCpuMs() - resumedCpu;
    // A newer edit or scan owns the document now: this answer is stale.
    if (outcome.status === 'superseded' || doc.isClosed || doc.version !== version) return;
    if (outcome.status !== 'done') {
      this.scanned.delete(key);
      this.store.set({ uri: doc.uri, findings: [], version, origin: 'document', notice: scanNotice(outcome) });
      this.lastScan = { ms: NaN, hostMs: before + performance.now() - resumed, hostCpuMs: hostCpuMs(), incremental: plan.incremental, route: 'worker', stopped: outcome.status };
      this.recordRoute(key, 'worker', plan.scanText.length);
      return;
    }
    const result = plan.finish(outcome.scan);
    if (plan.tracked) this.scanned.set(key, { text, findings: result.findings, contextWordsInFile: result.contextWordsInFile, version });
    else this.scanned.delete(key);
    this.store.set({ uri: doc.uri, findings: result.findings, version, origin: 'document' });
    // …and merging the answer and publishing the diagnostics.
    this.lastScan = { ms: outcome.ms, hostMs: before + performance.now() - resumed, hostCpuMs: hostCpuMs(), incremental: result.incremental, route: outcome.route };
    this.recordRoute(key, outcome.route, plan.scanText.length);
  }

  private recordRoute(key: string, route: ScanRoute, chars: number): void {
    let recent = this.history.get(key);
    if (!recent) this.history.set(key, (recent = []));
    recent.push({ route, chars });
    if (recent.length > 50) recent.shift();
  }

  /**
   * After typing in a large plain document, only the text around the edits; otherwise all of it.
   * `tracked`: the document's scans are kept for the next incremental rescan.
   */
  private planOf(doc: vscode.TextDocument, text: string, trigger: Trigger): RescanPlan & { tracked: boolean } {
    const path = pathOf(doc.uri);
    // Structured kinds are parsed as a whole; untitled documents have no path to say their kind.
    const plain = path !== undefined && !detectFileKind(path) && !/\.(?:jsonc?|ya?ml)$/i.test(path);
    if (!plain || text.length < INCREMENTAL_MIN_CHARS) return { ...planRescan(text, undefined, () => ({ line: 1, column: 1 })), tracked: false };
    const last = this.scanned.get(doc.uri.toString());
    const from = trigger === 'change' && last?.version === doc.version ? last : undefined;
    // Runs when the scan's answer is in and the document is still at this version (checked by the caller).
    const positionAt = (offset: number) => {
      const position = doc.positionAt(offset);
      return { line: position.line + 1, column: position.character + 1 };
    };
    return { ...planRescan(text, from, positionAt), tracked: true };
  }

  /** Folds a change into the dirty window of a document scanned incrementally (if the versions follow on). */
  private trackEdits(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const last = this.scanned.get(key);
    if (!last) return;
    if (last.version !== event.document.version - 1) return void this.scanned.delete(key);
    let window = last.window;
    // VS Code's changes of one event apply in order, each in the offsets of the text before it.
    for (const change of event.contentChanges) window = addEdit(window, { offset: change.rangeOffset, length: change.rangeLength, text: change.text });
    this.scanned.set(key, { ...last, window, version: event.document.version });
  }

  /**
   * The findings for the document's current text (quick fixes need them), scanning first if they are
   * stale; a scan of this version already running is awaited, not repeated.
   */
  async currentFindings(doc: vscode.TextDocument): Promise<Finding[]> {
    const entry = this.store.get(doc.uri);
    if (!entry || entry.version !== doc.version) {
      const running = this.running.get(doc.uri.toString());
      await (running?.version === doc.version ? running.done : this.scanNow(doc));
    }
    const fresh = this.store.get(doc.uri);
    return fresh?.version === doc.version ? fresh.findings : [];
  }

  private tellLarge(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.toldLarge.has(key)) return;
    this.toldLarge.add(key);
    const limit = Math.round(this.engine.settings.current.maxFileBytes / 1024);
    void vscode.window.showInformationMessage(
      `Secret Hygiene: ${vscode.workspace.asRelativePath(doc.uri)} is larger than ${limit} KB (secretHygiene.maxFileSizeKB); it is scanned when saved, not as you type.`,
    );
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.toldLarge.delete(key);
    this.scanned.delete(key);
    this.running.delete(key);
    this.history.delete(key);
    this.engine.scheduler.forget(key);
    this.store.delete(doc.uri);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((d) => d.dispose());
  }
}
