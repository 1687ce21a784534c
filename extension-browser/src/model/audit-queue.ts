/**
 * Audit events and their delivery queue. Each request seen and each verdict becomes one event with the
 * same fields; events are built field by field from a record, so nothing else (no URL, no token, no page
 * text but the app name) can reach a collector. The queue is pure state: the service worker stores it,
 * sends `nextBatch` and feeds the outcome back to `afterSend`, which applies exponential backoff.
 */
import { auditBackoffMs, auditOutcomeOfStatus, coreAuditBatchBody, type AuditSendOutcome, type ScopeRisk } from '../core-api.js';
import type { AuthorizationRecord } from './record.js';

export type AuditEventType = 'request' | 'verdict';

export interface AuditEvent {
  type: AuditEventType;
  time: string;
  recordId: string;
  provider: string;
  host: string;
  clientId: string | null;
  appName: string | null;
  scopes: { scope: string; risk: ScopeRisk }[];
  risk: ScopeRisk;
  verdict: 'allow' | 'warn' | 'block';
  reasons: string[];
  /** `managed: chrome storage.managed`, `user: options page`, `default: built-in defaults`; null when nothing was violated. */
  policySource: string | null;
}

export function auditEvent(type: AuditEventType, record: AuthorizationRecord, now: Date): AuditEvent {
  const source = record.verdict.source;
  return {
    type,
    time: now.toISOString(),
    recordId: record.id,
    provider: record.provider,
    host: record.host,
    clientId: record.clientId ?? null,
    appName: record.appName ?? null,
    scopes: record.scopes.map(({ scope, risk }) => ({ scope, risk })),
    risk: record.risk,
    verdict: record.verdict.action,
    reasons: [...record.verdict.reasons],
    policySource: source ? `${source.source}: ${source.origin}` : null,
  };
}

/** The body POSTed to the collector (core's envelope, from this source). */
export function auditBatchBody(events: readonly AuditEvent[], extensionVersion: string): string {
  return coreAuditBatchBody('secret-hygiene-browser', { extensionVersion }, events);
}

export interface AuditQueueState {
  events: AuditEvent[];
  /** Consecutive failed attempts of the current head batch. */
  attempt: number;
  /** Not before this time (ms since epoch); 0 = now. */
  nextAttemptAt: number;
  /** Events given up on (queue overflow or a collector that refuses them). */
  dropped: number;
}

export const EMPTY_AUDIT_QUEUE: Readonly<AuditQueueState> = Object.freeze({ events: [], attempt: 0, nextAttemptAt: 0, dropped: 0 });

export interface AuditLimits {
  batchSize: number;
  maxQueue: number;
  /** Wait this long after an event before sending, so bursts travel together. */
  debounceMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const AUDIT_LIMITS: Readonly<AuditLimits> = Object.freeze({ batchSize: 50, maxQueue: 1000, debounceMs: 1000, baseBackoffMs: 1000, maxBackoffMs: 300_000 });

/** Appends events; when the queue is full the oldest are dropped (and counted), never the newest. */
export function enqueue(state: AuditQueueState, events: readonly AuditEvent[], limits: AuditLimits = AUDIT_LIMITS): AuditQueueState {
  const all = [...state.events, ...events];
  const overflow = Math.max(0, all.length - limits.maxQueue);
  return { ...state, events: all.slice(overflow), dropped: state.dropped + overflow, attempt: overflow ? 0 : state.attempt };
}

export function nextBatch(state: AuditQueueState, limits: AuditLimits = AUDIT_LIMITS): AuditEvent[] {
  return state.events.slice(0, limits.batchSize);
}

export type SendOutcome = AuditSendOutcome;

/** What an HTTP status means for a batch (core/src/audit/delivery.ts: the same rules on every surface). */
export const outcomeOfStatus = auditOutcomeOfStatus;

/** Exponential backoff with equal jitter: half fixed, half random, capped. */
export function backoffMs(attempt: number, limits: AuditLimits = AUDIT_LIMITS, random: () => number = Math.random): number {
  return auditBackoffMs(attempt, limits.baseBackoffMs, limits.maxBackoffMs, random);
}

export function afterSend(
  state: AuditQueueState,
  sent: number,
  outcome: SendOutcome,
  now: number,
  limits: AuditLimits = AUDIT_LIMITS,
  random: () => number = Math.random,
): AuditQueueState {
  if (outcome.ok) return { ...state, events: state.events.slice(sent), attempt: 0, nextAttemptAt: 0 };
  if (!outcome.retry) return { ...state, events: state.events.slice(sent), attempt: 0, nextAttemptAt: 0, dropped: state.dropped + sent };
  const attempt = state.attempt + 1;
  const wait = Math.min(limits.maxBackoffMs, Math.max(backoffMs(attempt, limits, random), outcome.retryAfterMs ?? 0));
  return { ...state, attempt, nextAttemptAt: now + wait };
}

/** Restores a stored queue, dropping anything malformed (a queue must never wedge the worker). */
export function loadAuditQueue(stored: unknown): AuditQueueState {
  if (!stored || typeof stored !== 'object') return { ...EMPTY_AUDIT_QUEUE, events: [] };
  const s = stored as Partial<AuditQueueState>;
  const events = Array.isArray(s.events) ? s.events.filter((e): e is AuditEvent => !!e && typeof e === 'object' && typeof (e as AuditEvent).type === 'string') : [];
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  return { events, attempt: num(s.attempt), nextAttemptAt: num(s.nextAttemptAt), dropped: num(s.dropped) };
}
