/**
 * "Check token" as data, without vscode: whether a finding can be checked here (policy, host), the
 * credential read back from the document (checked against the finding's fingerprint), the companions
 * from other findings of the same document, the confirmation question, and the session's results,
 * kept by fingerprint — never by value. src/verify/check-token.ts wires it to the editor.
 */
import {
  fingerprintOf,
  redact,
  verificationAllows,
  verifierForRule,
  type Credential,
  type Finding,
  type PolicySource,
  type Verification,
  type VerificationMode,
  type VerifierSpec,
} from '@secret-hygiene/core';

/** The policy's `verification` mode as the extension resolved it, and who set it (absent = the default). */
export interface VerificationPolicy {
  mode: VerificationMode;
  setBy?: { source: PolicySource; origin: string };
}

/** What the hover and the code action say about checking one finding. */
export type CheckOffer =
  | { kind: 'offer'; spec: VerifierSpec }
  /** The policy forbids it: the action is hidden, the hover says why. */
  | { kind: 'off'; spec: VerifierSpec; reason: string }
  /** This host cannot do it (the web extension host): the action is shown disabled, with why. */
  | { kind: 'unavailable'; spec: VerifierSpec; reason: string };

/**
 * Why the web extension host cannot check: verification sends the provider's documented headers as
 * given, and a browser's fetch cannot (https://fetch.spec.whatwg.org/#forbidden-request-header lists
 * `Host`, which AWS SigV4 signs; the page's origin and CORS decide the rest).
 */
export const WEB_HOST_REASON =
  'Check token needs the desktop extension host: in the browser a request cannot carry the headers providers require (AWS signs the Host header, which a browser may not set). Run `secret-hygiene verify FILE` instead.';

export function describePolicySetter(setBy: VerificationPolicy['setBy']): string {
  if (!setBy || setBy.source === 'default') return 'the built-in default';
  if (setBy.source === 'managed') return `the managed policy ${setBy.origin}`;
  if (setBy.source === 'strict-default') return `strict defaults (the managed policy ${setBy.origin} cannot be used)`;
  if (setBy.source === 'workspace') return `the workspace policy ${setBy.origin}`;
  return `the user policy ${setBy.origin}`;
}

/** The offer for a finding, or undefined when its provider cannot be checked at all (nothing is said). */
export function checkOffer(finding: Pick<Finding, 'category' | 'ruleId'>, policy: VerificationPolicy, hostCanCall: boolean): CheckOffer | undefined {
  if (finding.category !== 'secret') return undefined;
  const spec = verifierForRule(finding.ruleId);
  if (!spec) return undefined;
  // Every check is asked for by the user, on one finding: `on-demand` and `allowed` both permit it.
  if (!verificationAllows(policy.mode, true)) {
    return { kind: 'off', spec, reason: `checking tokens is off (policy verification: "${policy.mode}", set by ${describePolicySetter(policy.setBy)}); nothing is sent to any provider` };
  }
  if (!hostCanCall) return { kind: 'unavailable', spec, reason: WEB_HOST_REASON };
  return { kind: 'offer', spec };
}

/** The official hosts a spec may send the token to, as names (`api.github.com`). */
export function officialHosts(spec: VerifierSpec): string[] {
  return spec.hosts.map((origin) => new URL(origin).host);
}

/** The confirmation asked before a provider is first sent a token (a modal; `detail` under the question). */
export function confirmationQuestion(spec: VerifierSpec, testBase?: string): { message: string; detail: string } {
  const hosts = officialHosts(spec);
  const where = hosts.length === 1 ? hosts[0]! : `${spec.name} (${hosts.join(' or ')})`;
  const lines = [
    `The token goes to ${spec.name}'s own API over HTTPS, read-only, and nowhere else; it is not stored. Whoever owns the token may see that it was used, and from which address.`,
  ];
  if (testBase) lines.push(`SECRET_HYGIENE_API_BASE is set in the editor's environment: this check goes to ${testBase} instead (a loopback test server).`);
  return { message: `Send this token to ${where} to check it?`, detail: lines.join('\n\n') };
}

/** The session key of a credential: fingerprints only (the token and its companions), never values. */
export type CredentialResult = { credential: Credential; key: string } | { error: string };

/**
 * The finding's secret in `text`, or undefined when the text there is not what was scanned: the
 * slice must hash to the finding's fingerprint (with the document's salt, or unsalted), or, for
 * formats that fingerprint a normalised value, at least agree with the masked form.
 */
export function secretInText(finding: Pick<Finding, 'range' | 'ruleId' | 'fingerprint' | 'redacted'>, text: string, salt: string | undefined): string | undefined {
  const [start, end] = finding.range;
  if (start < 0 || end > text.length || end <= start) return undefined;
  const secret = text.slice(start, end);
  if (fingerprintOf(finding.ruleId, secret, salt) === finding.fingerprint) return secret;
  if (salt !== undefined && fingerprintOf(finding.ruleId, secret) === finding.fingerprint) return secret;
  return secret.length >= 20 && redact(secret) === finding.redacted ? secret : undefined;
}

/**
 * The credential to check: the secret, plus each companion the provider names (an AWS secret key's
 * access key id, a Twilio auth token's account SID) from the nearest finding of its rules in the same
 * document.
 */
export function credentialFor(finding: Finding, spec: VerifierSpec, neighbours: readonly Finding[], text: string, salt: string | undefined, now: Date): CredentialResult {
  const secret = secretInText(finding, text, salt);
  if (secret === undefined) return { error: 'the document changed since it was scanned; check again once it is rescanned' };
  const companions: Record<string, string> = {};
  const key = [finding.fingerprint];
  for (const companion of spec.companions ?? []) {
    const nearest = neighbours
      .filter((n) => n !== finding && n.fingerprint !== finding.fingerprint && companion.ruleIds.includes(n.ruleId))
      .sort((a, b) => Math.abs(a.range[0] - finding.range[0]) - Math.abs(b.range[0] - finding.range[0]));
    for (const candidate of nearest) {
      const value = secretInText(candidate, text, salt);
      if (value === undefined) continue;
      companions[companion.name] = value;
      key.push(candidate.fingerprint);
      break;
    }
  }
  return { credential: { ruleId: finding.ruleId, secret, companions, now }, key: key.join('+') };
}

/**
 * What this editor session learnt: each credential's answer by its key (fingerprints), and the latest
 * answer per finding fingerprint for the hover and the tree. `unknown` answers are shown but not
 * reused: the provider said nothing, so the next "Check token" asks again. Which providers the user
 * agreed to send tokens to is remembered here too (for the session only).
 */
export class CheckSession {
  private readonly byKey = new Map<string, Verification>();
  private readonly byFingerprint = new Map<string, Verification>();
  private readonly agreed = new Set<string>();

  /** A settled answer for this credential key (live or invalid), if any. */
  cached(key: string): Verification | undefined {
    return this.byKey.get(key);
  }

  record(key: string, fingerprint: string, verification: Verification): void {
    if (verification.status !== 'unknown') this.byKey.set(key, verification);
    else this.byKey.delete(key);
    this.byFingerprint.set(fingerprint, verification);
  }

  /** The latest answer for a finding (by its fingerprint). */
  resultFor(fingerprint: string): Verification | undefined {
    return this.byFingerprint.get(fingerprint);
  }

  hasAgreed(providerId: string): boolean {
    return this.agreed.has(providerId);
  }

  agree(providerId: string): void {
    this.agreed.add(providerId);
  }
}
