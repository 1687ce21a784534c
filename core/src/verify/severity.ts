/**
 * Severity from facts: what the provider said outranks what the format suggested. A live credential
 * that never expires and can do much is the worst case; one the provider rejects is the mildest (it
 * still sits in the code, so it is reported, low). `unknown` changes nothing.
 */
import type { Finding, Severity } from '../engine/types.js';
import type { Verification } from './types.js';

/** Expiring further out than this is long-lived in practice (as core/src/tokens/github.ts). */
const LONG_LIVED_MS = 90 * 24 * 3600_000;
const VERY_SOON_MS = 24 * 3600_000;

export interface VerifiedSeverity {
  severity: Severity;
  /** One phrase for the output: why the severity is what it is. */
  reason: string;
}

export function severityFromVerification(
  finding: Pick<Finding, 'severity' | 'lifetime'>,
  verification: Pick<Verification, 'status' | 'expiresAt' | 'overScope'>,
  now: Date,
): VerifiedSeverity {
  if (verification.status === 'unknown') return { severity: finding.severity, reason: 'not verified: severity from the format' };
  if (verification.status === 'invalid') return { severity: 'low', reason: 'the provider rejects it' };
  const expires = verification.expiresAt;
  const left = typeof expires === 'string' ? Date.parse(expires) - now.getTime() : undefined;
  const neverExpires = expires === null || (expires === undefined && finding.lifetime === 'long-lived');
  const longLived = neverExpires || (left !== undefined && left > LONG_LIVED_MS);
  const risk = verification.overScope?.risk;
  const broad = risk === 'critical' || risk === 'high';
  const lifetime = neverExpires ? 'never expires' : longLived ? 'expires in more than 90 days' : left !== undefined ? 'expires soon' : 'expiry not reported';
  const scope = broad ? 'broad access' : risk ? 'narrow scopes' : 'scopes not reported';
  const reason = `live, ${lifetime}, ${scope}`;
  if (longLived && broad) return { severity: 'critical', reason };
  if (longLived || broad) return { severity: 'high', reason };
  if (left !== undefined && left < VERY_SOON_MS) return { severity: 'medium', reason };
  return { severity: finding.lifetime === 'short-lived' ? 'medium' : 'high', reason };
}
