/**
 * Quick fixes for our diagnostics (matched by `diagnostic.code` = rule id and range): replace with a
 * JIT reference, allow with a reason, open the rotation page. A fix that cannot apply (read-only
 * document, no reference syntax for the client) is offered disabled, with the reason.
 */
import * as vscode from 'vscode';
import { planFor } from './commands/jit-fix.js';
import type { DocumentScanner } from './document-scanner.js';
import type { FindingStore } from './findings.js';
import { isJitFixUnavailable } from './model/core.js';
import { DIAGNOSTIC_SOURCE } from './model/diagnostic-data.js';
import type { Settings } from './settings.js';

export class SecretCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly store: FindingStore,
    private readonly scanner: DocumentScanner,
    private readonly settings: Settings,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return [];
    // Diagnostics describe the last scan; make sure it is of this text.
    await this.scanner.currentFindings(doc);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const finding = this.store.findingAt(doc.uri, { ruleId, range: diagnostic.range });
      if (!finding) continue;
      const args = [doc.uri, finding.fingerprint, finding.range[0]];

      if (finding.category === 'secret') {
        const plan = planFor(doc, finding, this.settings);
        if (isJitFixUnavailable(plan)) {
          const action = new vscode.CodeAction('Replace with a JIT credential reference', vscode.CodeActionKind.QuickFix);
          action.disabled = { reason: plan.reason };
          action.diagnostics = [diagnostic];
          actions.push(action);
        } else {
          const action = new vscode.CodeAction(plan.title, vscode.CodeActionKind.QuickFix);
          action.command = { command: 'secretHygiene.applyJitFix', title: plan.title, arguments: args };
          action.diagnostics = [diagnostic];
          action.isPreferred = true;
          actions.push(action);
        }
      }

      const allow = new vscode.CodeAction(`Allow ${finding.ruleId} with a reason…`, vscode.CodeActionKind.QuickFix);
      allow.command = { command: 'secretHygiene.allowFinding', title: allow.title, arguments: args };
      allow.diagnostics = [diagnostic];
      actions.push(allow);

      const rotate = finding.remediation?.rotateUrl;
      if (rotate) {
        const action = new vscode.CodeAction(`Open ${finding.provider}'s rotation page`, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'secretHygiene.openRotationPage', title: action.title, arguments: [rotate] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}
