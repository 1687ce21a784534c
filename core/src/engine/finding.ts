import { sha256Hex } from './hash.js';
import { redact } from './mask.js';
import type { LineIndex } from './positions.js';
import type { Finding, LifetimeEvidence, Rule, Severity } from './types.js';

/** A match before it becomes a Finding: the only structure that holds the raw secret. */
export interface Candidate {
  rule: Rule;
  secret: string;
  start: number;
  end: number;
  severity: Severity;
  evidence: LifetimeEvidence;
}

/** Content-based: the same secret under the same rule has the same fingerprint wherever it moves. */
export function fingerprintOf(ruleId: string, secret: string): string {
  return `${ruleId}:${sha256Hex(`${ruleId}\u0000${secret}`).slice(0, 24)}`;
}

function describeLifetime(evidence: LifetimeEvidence): string {
  const base =
    evidence.lifetime === 'long-lived' ? 'long-lived' : evidence.lifetime === 'short-lived' ? 'short-lived' : 'lifetime unknown';
  const expiry = evidence.expiresAt ? `, expires ${evidence.expiresAt}` : '';
  const note = evidence.note ? `; ${evidence.note}` : '';
  return `${base}${expiry}${note}`;
}

export function buildFinding(candidate: Candidate, lines: LineIndex): Finding {
  const { rule, evidence } = candidate;
  const begin = lines.position(candidate.start);
  const finish = lines.position(candidate.end);
  const finding: Finding = {
    ruleId: rule.id,
    category: 'secret',
    severity: candidate.severity,
    lifetime: evidence.lifetime,
    provider: rule.provider,
    message: `${rule.description} (${describeLifetime(evidence)})`,
    range: [candidate.start, candidate.end],
    line: begin.line,
    column: begin.column,
    endLine: finish.line,
    endColumn: finish.column,
    redacted: redact(candidate.secret),
    fingerprint: fingerprintOf(rule.id, candidate.secret),
  };
  if (evidence.expiresAt) finding.expiresAt = evidence.expiresAt;
  if (rule.rotateUrl) finding.remediation = { rotateUrl: rule.rotateUrl, references: [] };
  return finding;
}
