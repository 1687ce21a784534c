/**
 * "Check token" (issue 14 item 4): on a secret finding of a supported provider, and only when the user
 * asks (code action or the hover's link), verify that one credential with its provider and show what
 * the provider said in the hover and the findings tree. Never automatic. The secret is read back from
 * the document by the finding's range and checked against its fingerprint; it is never logged, shown
 * or put in a message. Answers are kept for the session by fingerprint (check-model.ts CheckSession).
 */
import * as vscode from 'vscode';
import { missingCompanions, parseApiBaseOverrides, runVerification, verifiers, type Finding, type Severity, type Verification } from '@secret-hygiene/core';
import type { Baselines } from '../baselines.js';
import type { DocumentScanner } from '../document-scanner.js';
import type { Settings } from '../settings.js';
import { CheckSession, checkOffer, confirmationQuestion, credentialFor, type CheckOffer } from './check-model.js';
import { tokenCheckCard, treeSummary, verifiedSeverity, type TokenCheckCard } from './check-view.js';
import type { TokenCheckTransport } from './transport.js';

export const CHECK_TOKEN_COMMAND = 'secretHygiene.checkToken';

export interface CheckTokenOutcome {
  /** A provider's answer is shown (just asked, or from this session). */
  checked: boolean;
  fromSession?: boolean;
  verification?: Verification;
  /** Why nothing was checked (never holds the secret). */
  reason?: string;
}

export interface TokenCheckDeps {
  scanner: DocumentScanner;
  settings: Settings;
  baselines: Baselines;
  /** Undefined where the host cannot send the requests (the web extension host). */
  transport?: TokenCheckTransport;
}

export type ConfirmCheck = (question: { message: string; detail: string }) => Thenable<boolean>;

const SEND = 'Send';

/** Asks in a modal; anything but the Send button (Cancel, Escape) is a no. */
const askInModal: ConfirmCheck = (question) =>
  vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, SEND).then((choice) => choice === SEND);

export class TokenChecker implements vscode.Disposable {
  private readonly session = new CheckSession();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when an answer arrives (the tree redraws). */
  readonly onDidChange = this.emitter.event;
  private readonly bases: Record<string, string>;
  private notices: string[];
  private confirm: ConfirmCheck = askInModal;

  constructor(private readonly deps: TokenCheckDeps) {
    // Read once, from the extension host's environment only (never settings or the workspace), loopback only.
    const overrides = parseApiBaseOverrides(deps.transport?.apiBase, verifiers.map((spec) => spec.id));
    this.bases = overrides.bases;
    this.notices = overrides.notices;
  }

  /** What can be done about this finding here, or undefined when its provider cannot be checked. */
  offer(finding: Finding): CheckOffer | undefined {
    return checkOffer(finding, this.deps.settings.current.verification, this.deps.transport !== undefined);
  }

  /** The `command:` URI a hover link runs: the document, the fingerprint and the offset — never the value. */
  static commandUri(uri: vscode.Uri, finding: Finding): string {
    return `command:${CHECK_TOKEN_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString(), finding.fingerprint, finding.range[0]]))}`;
  }

  /** The hover card's lines for a finding (undefined when its provider cannot be checked). */
  card(uri: vscode.Uri, finding: Finding, now = new Date()): TokenCheckCard | undefined {
    const offer = this.offer(finding);
    if (!offer) return undefined;
    const verification = this.session.resultFor(finding.fingerprint);
    return tokenCheckCard(finding, offer, offer.kind === 'off' ? undefined : verification, offer.kind === 'offer' ? TokenChecker.commandUri(uri, finding) : undefined, now);
  }

  /** The latest answer for a finding, for the tree. */
  resultFor(finding: Finding): Verification | undefined {
    return this.session.resultFor(finding.fingerprint);
  }

  /** The severity the latest answer gives a finding (undefined when unchecked), for its diagnostic. */
  severityOf(finding: Finding): Severity | undefined {
    const verification = this.session.resultFor(finding.fingerprint);
    return verification && verifiedSeverity(finding, verification, new Date()).severity;
  }

  /** Tests only (ExtensionMode.Test): answer the confirmation; returns the questions asked, as they are asked. */
  answerConfirmations(answer: boolean): { message: string; detail: string }[] {
    const asked: { message: string; detail: string }[] = [];
    this.confirm = async (question) => {
      asked.push(question);
      return answer;
    };
    return asked;
  }

  async check(uriArg: vscode.Uri | string, fingerprint: string, offset: number): Promise<CheckTokenOutcome> {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
    const doc = await vscode.workspace.openTextDocument(uri);
    const findings = await this.deps.scanner.currentFindings(doc);
    const finding = findings.find((f) => f.fingerprint === fingerprint && f.range[0] === offset) ?? findings.find((f) => f.fingerprint === fingerprint);
    if (!finding) return this.notChecked('the finding is no longer in the document');
    const offer = this.offer(finding);
    if (!offer) return this.notChecked(`${finding.ruleId} findings cannot be checked with their provider`);
    if (offer.kind !== 'offer') return this.notChecked(offer.reason, true);
    const { spec } = offer;

    const built = credentialFor(finding, spec, findings, doc.getText(), this.deps.baselines.saltFor(uri), new Date());
    if ('error' in built) return this.notChecked(built.error, true);
    const known = this.session.cached(built.key);
    if (known) {
      this.session.record(built.key, finding.fingerprint, known);
      this.tell(finding, known);
      return { checked: true, fromSession: true, verification: known };
    }

    let verification: Verification;
    if (missingCompanions(spec, built.credential).length) {
      // Nothing would be sent: core answers `unknown` without calling, so there is nothing to confirm.
      verification = await runVerification(spec, built.credential, () => Promise.reject(new Error('not sent')));
    } else {
      if (this.notices.length) {
        void vscode.window.showWarningMessage(`Secret Hygiene: ${this.notices.join(' · ')}`);
        this.notices = [];
      }
      const base = this.bases[spec.id];
      // Restricted Mode: the repository chose this token, so every check is confirmed, not only the first.
      const ask = !this.session.hasAgreed(spec.id) || !vscode.workspace.isTrusted;
      if (ask && !(await this.confirm(confirmationQuestion(spec, base)))) return { checked: false, reason: 'not sent: you chose not to send it' };
      this.session.agree(spec.id);
      const call = this.deps.transport!.callFor(spec, base);
      verification = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Checking ${finding.redacted} with ${spec.name}` }, () =>
        runVerification(spec, built.credential, call),
      );
    }
    this.session.record(built.key, finding.fingerprint, verification);
    this.emitter.fire();
    this.tell(finding, verification);
    return { checked: true, verification };
  }

  private notChecked(reason: string, show = false): CheckTokenOutcome {
    if (show) void vscode.window.showWarningMessage(`Secret Hygiene: token not checked: ${reason}`);
    return { checked: false, reason };
  }

  /** A notification with the answer (the hover shows it the next time it opens). */
  private tell(finding: Finding, verification: Verification): void {
    const text = `Secret Hygiene: ${finding.redacted} (${finding.ruleId}): ${treeSummary(verification, new Date())}`;
    void (verification.status === 'live' ? vscode.window.showWarningMessage(text) : vscode.window.showInformationMessage(text));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

