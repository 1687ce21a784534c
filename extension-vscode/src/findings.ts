/**
 * Every finding the extension knows, by document: live scans of open documents and results of
 * workspace / agent-config scans. It owns the diagnostic collection (one `set` per document) and
 * tells the tree view and the status bar when anything changes.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, diagnosticData, type DiagnosticLevel } from './model/diagnostic-data.js';
import type { Finding, Severity } from './model/core.js';
import { SCAN_STOPPED_CODE, type ScanNotice } from './model/scan-notice.js';

const SEVERITY: Record<DiagnosticLevel, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Core's 1-based line/column (UTF-16) → a vscode Range; no document needed. */
export function rangeOf(finding: Finding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
}

/** The one place a finding becomes a diagnostic (STYLE #7); `severity`: what the facts say, when checked. */
export function toDiagnostic(finding: Finding, severity?: Severity): vscode.Diagnostic {
  const data = diagnosticData(severity ? { ...finding, severity } : finding);
  const diagnostic = new vscode.Diagnostic(rangeOf(finding), data.message, SEVERITY[data.level]);
  diagnostic.code = { value: data.code.value, target: vscode.Uri.parse(data.code.target) };
  diagnostic.source = data.source;
  return diagnostic;
}

/** A scan that did not finish, as a warning at the first line: the document is not silently clean. */
export function noticeDiagnostic(notice: ScanNotice): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), notice.message, vscode.DiagnosticSeverity.Warning);
  diagnostic.code = SCAN_STOPPED_CODE;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

export interface FileFindings {
  uri: vscode.Uri;
  findings: Finding[];
  /** The document version scanned (live scans only). */
  version?: number;
  origin: 'document' | 'scan';
  /** The scan did not finish: `findings` is empty because they are unknown, not because there are none. */
  notice?: ScanNotice;
}

export class FindingStore implements vscode.Disposable {
  private readonly files = new Map<string, FileFindings>();
  private readonly collection = vscode.languages.createDiagnosticCollection('secret-hygiene');
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** The severity a "Check token" answer gives a finding (src/verify/check-token.ts), used for its diagnostic. */
  severityOf?: (finding: Finding) => Severity | undefined;

  set(entry: FileFindings): void {
    const key = entry.uri.toString();
    if (entry.findings.length === 0 && !entry.notice) {
      if (!this.files.has(key) && !this.collection.has(entry.uri)) return;
      this.files.delete(key);
      this.collection.delete(entry.uri);
    } else {
      this.files.set(key, entry);
      const diagnostics = entry.findings.map((f) => toDiagnostic(f, this.severityOf?.(f)));
      if (entry.notice) diagnostics.unshift(noticeDiagnostic(entry.notice));
      this.collection.set(entry.uri, diagnostics);
    }
    this.emitter.fire();
  }

  /** Publishes every file's diagnostics again (a check changed what a finding's severity is). */
  republish(): void {
    for (const entry of [...this.files.values()]) this.set(entry);
  }

  /** Forgets a document's findings (closed, excluded, or nothing found). */
  delete(uri: vscode.Uri): void {
    this.set({ uri, findings: [], origin: 'document' });
  }

  get(uri: vscode.Uri): FileFindings | undefined {
    return this.files.get(uri.toString());
  }

  all(): FileFindings[] {
    return [...this.files.values()];
  }

  /** Files whose last scan did not finish. */
  stopped(): FileFindings[] {
    return this.all().filter((file) => file.notice);
  }

  get count(): number {
    let total = 0;
    for (const file of this.files.values()) total += file.findings.length;
    return total;
  }

  /** The finding a diagnostic (or a code-action argument) stands for: same rule, same place. */
  findingAt(uri: vscode.Uri, match: { ruleId?: string; fingerprint?: string; range?: vscode.Range; offset?: number }): Finding | undefined {
    return this.get(uri)?.findings.find(
      (f) =>
        (match.ruleId === undefined || f.ruleId === match.ruleId) &&
        (match.fingerprint === undefined || f.fingerprint === match.fingerprint) &&
        (match.offset === undefined || f.range[0] === match.offset) &&
        (match.range === undefined || rangeOf(f).isEqual(match.range)),
    );
  }

  dispose(): void {
    this.collection.dispose();
    this.emitter.dispose();
  }
}
