/**
 * `scan --verify` in text output: what the provider said, on the finding's line (status, who, scopes,
 * expiry, the narrower credential), and one summary line. Every provider-supplied string is escaped
 * for the terminal: a provider's answer is input like any other.
 */
import type { Verification } from '@secret-hygiene/core';
import { escapeForTerminal } from './escape.js';
import type { VerificationStats } from './report.js';

const SCOPES_SHOWN = 8;

function expiry(expiresAt: string | null | undefined): string | undefined {
  if (expiresAt === null) return 'never expires';
  return expiresAt ? `expires ${expiresAt.replace(/\.000Z$/, 'Z')}` : undefined;
}

export function describeVerification(v: Verification): string {
  if (v.status !== 'live') return `${v.status === 'invalid' ? '✗ invalid' : '? unknown'}${v.error ? ` (${escapeForTerminal(v.error)})` : ''}`;
  const parts = [`✓ live${v.identity ? ` as ${escapeForTerminal(v.identity)}` : ''}${v.kind ? ` (${escapeForTerminal(v.kind)})` : ''}`];
  if (v.scopes) {
    const shown = v.scopes.slice(0, SCOPES_SHOWN).map(escapeForTerminal).join(', ');
    parts.push(`scopes: ${v.scopes.length ? shown : 'none'}${v.scopes.length > SCOPES_SHOWN ? ` +${v.scopes.length - SCOPES_SHOWN}` : ''}`);
  }
  const ends = expiry(v.expiresAt);
  if (ends) parts.push(ends);
  if (v.overScope?.narrower) parts.push(`${v.overScope.fullAccess ? 'full access' : `${v.overScope.risk} risk`}; narrower: ${escapeForTerminal(v.overScope.narrower)}`);
  if (v.error) parts.push(escapeForTerminal(v.error));
  return parts.join(' · ');
}

export function verificationSummary(stats: VerificationStats): string {
  const network = `${stats.requests} request${stats.requests === 1 ? '' : 's'}${stats.rateLimited ? `, ${stats.rateLimited} rate-limited and waited out` : ''}, ${(stats.durationMs / 1000).toFixed(2)} s`;
  const unsupported = stats.unsupported ? ` · ${stats.unsupported} secret(s) of providers that cannot be verified` : '';
  return `verified: ${stats.live} live, ${stats.invalid} invalid, ${stats.unknown} unknown (${network})${unsupported}`;
}
