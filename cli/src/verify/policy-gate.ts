/**
 * The managed policy's `verification` field, enforced before anything goes online: `off` refuses
 * `--verify`, `verify` and `revoke` with a message naming who decided (exit 2).
 */
import { verificationAllows, type ResolvedPolicy } from '@secret-hygiene/core';
import { UsageError } from '../errors.js';

export class VerificationForbiddenError extends UsageError {}

export function assertVerificationAllowed(resolved: ResolvedPolicy, what: string): void {
  const mode = resolved.policy.verification;
  // Every CLI verification is asked for in the invocation itself (--verify, verify, revoke).
  if (verificationAllows(mode, true)) return;
  const from = resolved.provenance.verification;
  const by = from ? `${from.source} policy ${from.origin}` : 'the policy';
  throw new VerificationForbiddenError(`${what} refused: verification is "${mode}" (set by ${by}); nothing was sent to any provider`);
}
