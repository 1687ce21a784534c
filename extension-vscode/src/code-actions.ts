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
import type { SecretStores } from './stores.js';
import { CHECK_TOKEN_COMMAND, type TokenChecker } from './verify/check-token.js';

export class SecretCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly store: FindingStore,
    private readonly scanner: DocumentScanner,
    private readonly settings: Settings,
    /** Where fixes store secrets: a store this host cannot reach (the OS keychain in the browser) disables the fix, with why. */
    private readonly stores?: SecretStores,
    /** "Check token" on findings of providers that can be checked (hidden when the policy says off). */
    private readonly checker?: TokenChecker,
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
        const unreachable = isJitFixUnavailable(plan) ? undefined : this.stores?.unreachable(plan.store);
        if (isJitFixUnavailable(plan) || unreachable) {
          const title = isJitFixUnavailable(plan) ? 'Replace with a JIT credential reference' : plan.title;
          const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          action.disabled = { reason: isJitFixUnavailable(plan) ? plan.reason : unreachable! };
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

      const offer = this.checker?.offer(finding);
      if (offer && offer.kind !== 'off') {
        const check = new vscode.CodeAction(`Check token with ${offer.spec.name}`, vscode.CodeActionKind.QuickFix);
        if (offer.kind === 'unavailable') check.disabled = { reason: offer.reason };
        else check.command = { command: CHECK_TOKEN_COMMAND, title: check.title, arguments: args };
        check.diagnostics = [diagnostic];
        actions.push(check);
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
