/**
 * How every surface delivers audit events to a policy's collector (`audit.endpoint`): one envelope and
 * one set of retry rules, whoever sends (the browser extension's queue, the CLI's broker and agent hooks).
 * 2xx delivered; 408, 429 and 5xx retried with backoff (Retry-After honoured); any other 4xx refused for
 * good. Events themselves are built field by field by their source, so no value can reach a collector.
 */

export const AUDIT_SCHEMA = 'secret-hygiene.audit/v1';

/** The body POSTed to the collector: `{ schema, source, <version fields>, events }`. */
export function auditBatchBody(source: string, versions: Readonly<Record<string, string>>, events: readonly unknown[]): string {
  return JSON.stringify({ schema: AUDIT_SCHEMA, source, ...versions, events });
}

export type AuditSendOutcome =
  | { ok: true }
  /** `retry: false` = the collector refused the batch for good (a 4xx other than 408/429): drop it. */
  | { ok: false; retry: boolean; retryAfterMs?: number; status?: number };

export function auditOutcomeOfStatus(status: number, retryAfterHeader?: string | null): AuditSendOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  const retry = status === 408 || status === 429 || status >= 500;
  const seconds = retryAfterHeader && /^\d+$/.test(retryAfterHeader.trim()) ? Number(retryAfterHeader) : undefined;
  return seconds === undefined ? { ok: false, retry, status } : { ok: false, retry, status, retryAfterMs: seconds * 1000 };
}

/** Exponential backoff with equal jitter (half fixed, half random), capped; attempt 1 waits about `baseMs`. */
export function auditBackoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
