/**
 * Audit events of the JIT broker: one per resolution (and one per revocation), built field by field so
 * no value can reach a collector or the local log. Delivered with every surface's envelope and retry
 * rules (core/src/audit/delivery.ts).
 */
import type { ReferenceScheme } from './references.js';

export type BrokerAuditOutcome = 'resolved' | 'not-found' | 'refused' | 'failed' | 'revoked' | 'revocation-failed';

export interface BrokerAuditEvent {
  type: 'broker.resolution' | 'broker.revocation';
  time: string;
  scheme: ReferenceScheme;
  /** The reference (a name: `keychain://svc/acct`), never its value. */
  reference: string;
  /** The environment variable the child gets. */
  variable: string;
  /** The command's name (its basename, without arguments, which may carry anything). */
  command: string;
  outcome: BrokerAuditOutcome;
  /** Why it was refused or failed (messages never carry values). */
  reason?: string;
  /** For a minted token: when it expires anyway. */
  expiresAt?: string;
}

export function brokerAuditEvent(fields: Omit<BrokerAuditEvent, 'time'>, now: Date): BrokerAuditEvent {
  const event: BrokerAuditEvent = {
    type: fields.type,
    time: now.toISOString(),
    scheme: fields.scheme,
    reference: fields.reference,
    variable: fields.variable,
    command: fields.command,
    outcome: fields.outcome,
  };
  if (fields.reason !== undefined) event.reason = fields.reason;
  if (fields.expiresAt !== undefined) event.expiresAt = fields.expiresAt;
  return event;
}
