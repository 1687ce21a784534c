/**
 * Live diagnostics for open documents: on open, on save and, debounced, as the user types (the scan
 * runs in the extension host after a pause, never on the keystroke path). Only `file` and `untitled`
 * documents: output, debug, git and other virtual views are never scanned.
 */
import * as vscode from 'vscode';
import type { ScanEngine } from './engine.js';
import { pathOf } from './files.js';
import type { FindingStore } from './findings.js';
import { looksBinary } from './model/content.js';
import { detectFileKind } from './model/core.js';
import { INCREMENTAL_MIN_CHARS, addEdit, rescan, type ScannedText } from './model/incremental.js';

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
  /** Last scan duration (ms), for the status tooltip and the tests. */
  lastScanMs = 0;
  /** Whether the last scan rescanned only the text around an edit. */
  lastScanIncremental = false;

  constructor(
    private readonly engine: ScanEngine,
    private readonly store: FindingStore,
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

  /** Scans a document right away (also used by quick fixes that need findings for its current text). */
  scanNow(doc: vscode.TextDocument, trigger: Trigger = 'settings'): void {
    if (doc.isClosed || !SCHEMES.has(doc.uri.scheme)) return;
    if (this.engine.isExcluded(doc.uri)) return this.store.delete(doc.uri);
    const text = doc.getText();
    if (text.length > this.engine.settings.current.maxFileBytes && trigger !== 'save') {
      this.tellLarge(doc);
      // Earlier findings of this text stay until the next save refreshes them.
      return;
    }
    if (looksBinary(text)) return this.store.delete(doc.uri);
    const started = performance.now();
    const findings = this.findingsOf(doc, text, trigger);
    this.lastScanMs = performance.now() - started;
    this.store.set({ uri: doc.uri, findings, version: doc.version, origin: 'document' });
  }

  /** After typing in a large plain document, only the text around the edits; otherwise all of it. */
  private findingsOf(doc: vscode.TextDocument, text: string, trigger: Trigger) {
    const key = doc.uri.toString();
    const path = pathOf(doc.uri);
    // Structured kinds are parsed as a whole; untitled documents have no path to say their kind.
    const plain = path !== undefined && !detectFileKind(path) && !/\.(?:jsonc?|ya?ml)$/i.test(path);
    this.lastScanIncremental = false;
    if (!plain || text.length < INCREMENTAL_MIN_CHARS) {
      this.scanned.delete(key);
      return this.engine.scan(text, doc.uri).findings;
    }
    const last = this.scanned.get(key);
    const from = trigger === 'change' && last?.version === doc.version ? last : undefined;
    const result = rescan(text, from, (part) => this.engine.scan(part, doc.uri), (offset) => {
      const position = doc.positionAt(offset);
      return { line: position.line + 1, column: position.character + 1 };
    });
    this.scanned.set(key, { text, findings: result.findings, contextWordsInFile: result.contextWordsInFile, version: doc.version });
    this.lastScanIncremental = result.incremental;
    return result.findings;
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

  /** The findings for the document's current text, scanning first if they are stale. */
  currentFindings(doc: vscode.TextDocument) {
    const entry = this.store.get(doc.uri);
    if (!entry || entry.version !== doc.version) this.scanNow(doc);
    return this.store.get(doc.uri)?.findings ?? [];
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
    this.store.delete(doc.uri);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((d) => d.dispose());
  }
}
