import { fingerprintOf } from './fingerprint.js';
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

export { fingerprintOf } from './fingerprint.js';

function describeLifetime(evidence: LifetimeEvidence): string {
  const base =
    evidence.lifetime === 'long-lived' ? 'long-lived' : evidence.lifetime === 'short-lived' ? 'short-lived' : 'lifetime unknown';
  const expiry = evidence.expiresAt ? `, expires ${evidence.expiresAt}` : '';
  const note = evidence.note ? `; ${evidence.note}` : '';
  return `${base}${expiry}${note}`;
}

/** `salt`: see fingerprint.ts (undefined = the old unsalted fingerprint). */
export function buildFinding(candidate: Candidate, lines: LineIndex, salt?: string): Finding {
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
    fingerprint: fingerprintOf(rule.id, candidate.secret, salt),
  };
  if (evidence.expiresAt) finding.expiresAt = evidence.expiresAt;
  if (rule.rotateUrl) finding.remediation = { rotateUrl: rule.rotateUrl, references: [] };
  return finding;
}

/**
 * The most findings one file reports. A generated or minified file can hold thousands of matches; past
 * this many, more of them tell the reader nothing new and each costs a fix plan, a location and output.
 * The rest are counted in a notice, never dropped silently.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

export function omittedNotice(omitted: number): string {
  return `${omitted} more finding${omitted === 1 ? '' : 's'} in this file not reported (at most ${MAX_FINDINGS_PER_FILE} per file; the most severe are kept)`;
}

/**
 * The `limit` most severe of `items` (earlier first among equals), in their original order, and how
 * many were left out.
 */
export function mostSevere<T>(items: readonly T[], rank: (item: T) => number, limit = MAX_FINDINGS_PER_FILE): { kept: T[]; omitted: number } {
  if (items.length <= limit) return { kept: [...items], omitted: 0 };
  const order = items.map((_, index) => index);
  order.sort((a, b) => rank(items[b]!) - rank(items[a]!) || a - b);
  const chosen = order.slice(0, limit).sort((a, b) => a - b);
  return { kept: chosen.map((index) => items[index]!), omitted: items.length - limit };
}
