/**
 * Audit events of the JIT broker: one per resolution (and one per revocation), built field by field so
 * no value can reach a collector or the local log. Batched to the policy's endpoint with the body and
 * retry rules of the browser extension's audit queue (extension-browser/src/model/audit-queue.ts):
 * 2xx delivered, 408/429/5xx retried with backoff (Retry-After honoured), any other 4xx dropped.
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

/** The body POSTed to the collector: the browser extension's envelope, with this source. */
export function brokerAuditBatchBody(events: readonly BrokerAuditEvent[], version: string): string {
  return JSON.stringify({ schema: 'secret-hygiene.audit/v1', source: 'secret-hygiene-cli', version, events });
}

export type AuditSendOutcome = { ok: true } | { ok: false; retry: boolean; retryAfterMs?: number; status?: number };

export function auditOutcomeOfStatus(status: number, retryAfterHeader?: string | null): AuditSendOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  const retry = status === 408 || status === 429 || status >= 500;
  const seconds = retryAfterHeader && /^\d+$/.test(retryAfterHeader.trim()) ? Number(retryAfterHeader) : undefined;
  return seconds === undefined ? { ok: false, retry, status } : { ok: false, retry, status, retryAfterMs: seconds * 1000 };
}

/** Exponential backoff with equal jitter, capped (attempt 1 = base). */
export function auditBackoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
