/**
 * "Allow with a reason": a `secret-hygiene:allow <reason>` comment above the finding in the file's own
 * comment syntax, or, where the format has no comments (strict JSON and friends), the finding's
 * fingerprint in the workspace baseline. The reason is required either way.
 */
import * as vscode from 'vscode';
import type { Baselines } from '../baselines.js';
import type { DocumentScanner } from '../document-scanner.js';
import { pathOf } from '../files.js';
import { allowDirectiveInsertion, commentStyle, sanitizeReason } from '../model/comments.js';
import { fingerprintOf } from '../model/core.js';
import { isReadOnly } from './jit-fix.js';

export interface AllowDeps {
  scanner: DocumentScanner;
  baselines: Baselines;
}

export interface AllowOutcome {
  applied: boolean;
  via?: 'comment' | 'baseline';
  reason?: string;
}

export async function allowFinding(
  deps: AllowDeps,
  uriArg: vscode.Uri | string,
  fingerprint: string,
  offset: number,
  givenReason?: string,
): Promise<AllowOutcome> {
  const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
  const doc = await vscode.workspace.openTextDocument(uri);
  const findings = await deps.scanner.currentFindings(doc);
  const finding = findings.find((f) => f.fingerprint === fingerprint && f.range[0] === offset) ?? findings.find((f) => f.fingerprint === fingerprint);
  if (!finding) return { applied: false, reason: 'the finding is no longer in the document' };

  const typed =
    givenReason ??
    (await vscode.window.showInputBox({
      title: `Allow ${finding.ruleId} (${finding.redacted})`,
      prompt: 'Why is this value fine to keep here? The reason is recorded next to the allowance.',
      placeHolder: 'e.g. test fixture, revoked key kept for a regression test',
      validateInput: (value) => (sanitizeReason(value) ? undefined : 'A reason is required'),
    }));
  const reason = typed === undefined ? undefined : sanitizeReason(typed);
  if (!reason) return { applied: false, reason: 'no reason given' };

  const style = commentStyle(doc.languageId, pathOf(uri));
  if (style && !isReadOnly(doc)) {
    const insertion = allowDirectiveInsertion(doc.getText(), finding.range[0], style, reason);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.positionAt(insertion.at), insertion.text);
    if (!(await vscode.workspace.applyEdit(edit))) return { applied: false, reason: 'VS Code refused the edit' };
    return { applied: true, via: 'comment' };
  }

  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showWarningMessage('Secret Hygiene: this format has no comments and the file is outside the workspace, so there is no baseline to record the allowance in.');
    return { applied: false, reason: 'no comment syntax and no workspace folder' };
  }
  try {
    // The finding was fingerprinted with the current baseline's salt; a new baseline brings a fresh one.
    const secret = doc.getText().slice(finding.range[0], finding.range[1]);
    const baseline = await deps.baselines.add(folder, (salt) => ({
      fingerprint: fingerprintOf(finding.ruleId, secret, salt),
      ruleId: finding.ruleId,
      file: vscode.workspace.asRelativePath(uri, false),
      redacted: finding.redacted,
      reason,
    }));
    void deps.scanner.scanNow(doc);
    void vscode.window.showInformationMessage(`Secret Hygiene: ${finding.ruleId} (${finding.redacted}) allowed in ${vscode.workspace.asRelativePath(baseline)}.`);
    return { applied: true, via: 'baseline' };
  } catch (error) {
    void vscode.window.showErrorMessage(`Secret Hygiene: ${(error as Error).message}`);
    return { applied: false, reason: (error as Error).message };
  }
}
