/**
 * Finding → the data of a VS Code diagnostic, without vscode: severity, message, code and link.
 * src/diagnostics.ts turns this into a vscode.Diagnostic in one place (toDiagnostic).
 */
import type { Finding, Severity } from './core.js';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint';

/** Where each rule is documented. */
export const RULES_DOC_URL = 'https://github.com/secret-hygiene/secret-hygiene/blob/main/docs/rules.md';
export const DIAGNOSTIC_SOURCE = 'Secret Hygiene';

const LEVELS: Record<Severity, DiagnosticLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'information',
  info: 'hint',
};

export interface DiagnosticData {
  /** UTF-16 offsets in the scanned text. */
  range: [number, number];
  level: DiagnosticLevel;
  message: string;
  code: { value: string; target: string };
  source: typeof DIAGNOSTIC_SOURCE;
}

export function levelOf(severity: Severity): DiagnosticLevel {
  return LEVELS[severity];
}

/** The rule's entry in docs/rules.md (a text fragment: the rules table has no per-rule anchors). */
export function ruleDocUrl(ruleId: string): string {
  return `${RULES_DOC_URL}#:~:text=${encodeURIComponent(ruleId)}`;
}

/**
 * The message is core's (it names the provider, the lifetime and, in agent configs, the server and the
 * client) plus the masked value and the expiry when the token carries one. Never the raw secret.
 */
export function diagnosticMessage(finding: Finding): string {
  const parts = [finding.message];
  if (finding.expiresAt) parts.push(`expires ${finding.expiresAt}`);
  if (finding.category === 'secret') parts.push(`found ${finding.redacted}`);
  return parts.join('; ');
}

export function diagnosticData(finding: Finding): DiagnosticData {
  return {
    range: finding.range,
    level: levelOf(finding.severity),
    message: diagnosticMessage(finding),
    code: { value: finding.ruleId, target: ruleDocUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
  };
}
