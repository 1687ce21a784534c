import assert from 'node:assert/strict';
import { parseAuthorizationRequest } from '@secret-hygiene/core';
import { resolvePolicy } from '@secret-hygiene/core';
import {
  AUDIT_LIMITS,
  afterSend,
  auditBatchBody,
  auditEvent,
  backoffMs,
  EMPTY_AUDIT_QUEUE,
  enqueue,
  loadAuditQueue,
  nextBatch,
  outcomeOfStatus,
  type AuditEvent,
} from '../src/model/audit-queue.js';
import { verdictFor } from '../src/model/classify.js';
import { createRecord } from '../src/model/record.js';

const URL_TEXT = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=1-a.apps.googleusercontent.com&scope=openid%20https://www.googleapis.com/auth/drive&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&response_type=code&state=st4te-value&nonce=n0nce-value';
const limits = { ...AUDIT_LIMITS, batchSize: 3, maxQueue: 5, baseBackoffMs: 1000, maxBackoffMs: 8000 };

function events(n: number): AuditEvent[] {
  const request = parseAuthorizationRequest(URL_TEXT)!;
  const record = createRecord(request, new URL(URL_TEXT), verdictFor(request, resolvePolicy([])), new Date(0), 'r');
  return Array.from({ length: n }, (_, i) => ({ ...auditEvent('request', record, new Date(i)), recordId: `r${i}` }));
}

describe('audit events and their queue', () => {
  it('an event has the uniform fields and nothing from the URL but host and client id', () => {
    const [event] = events(1);
    assert.deepEqual(Object.keys(event!), ['type', 'time', 'recordId', 'provider', 'host', 'clientId', 'appName', 'scopes', 'risk', 'verdict', 'reasons', 'policySource']);
    assert.equal(event!.provider, 'google');
    assert.equal(event!.verdict, 'warn');
    assert.equal(event!.policySource, 'default: built-in defaults');
    const body = auditBatchBody([event!], '1.2.3');
    assert.ok(!/st4te-value|n0nce-value|redirect/.test(body));
    assert.equal(JSON.parse(body).extensionVersion, '1.2.3');
  });

  it('batches of at most batchSize, oldest first', () => {
    const state = enqueue(EMPTY_AUDIT_QUEUE, events(4), limits);
    assert.deepEqual(nextBatch(state, limits).map((e) => e.recordId), ['r0', 'r1', 'r2']);
  });

  it('a full queue drops the oldest and counts them', () => {
    const state = enqueue(enqueue(EMPTY_AUDIT_QUEUE, events(4), limits), events(3).map((e) => ({ ...e, recordId: `n${e.recordId}` })), limits);
    assert.equal(state.events.length, 5);
    assert.equal(state.dropped, 2);
    assert.equal(state.events[0]!.recordId, 'r2');
  });

  it('success removes the batch; retryable failure keeps it with growing backoff; refusal drops it', () => {
    const state = enqueue(EMPTY_AUDIT_QUEUE, events(4), limits);
    const sent = afterSend(state, 3, { ok: true }, 1000, limits);
    assert.deepEqual(sent.events.map((e) => e.recordId), ['r3']);
    const once = afterSend(state, 3, { ok: false, retry: true }, 1000, limits, () => 1);
    assert.equal(once.events.length, 4);
    assert.equal(once.attempt, 1);
    assert.equal(once.nextAttemptAt, 2000);
    const twice = afterSend(once, 3, { ok: false, retry: true }, 5000, limits, () => 1);
    assert.equal(twice.nextAttemptAt, 7000);
    const refused = afterSend(twice, 3, { ok: false, retry: false, status: 400 }, 9000, limits);
    assert.equal(refused.events.length, 1);
    assert.equal(refused.dropped, 3);
    assert.equal(refused.attempt, 0);
  });

  it('a Retry-After longer than the backoff wins', () => {
    const state = enqueue(EMPTY_AUDIT_QUEUE, events(1), limits);
    assert.equal(afterSend(state, 1, { ok: false, retry: true, retryAfterMs: 6000 }, 0, limits, () => 0).nextAttemptAt, 6000);
  });

  it('backoff doubles up to the cap, with equal jitter', () => {
    assert.equal(backoffMs(1, limits, () => 0), 500);
    assert.equal(backoffMs(1, limits, () => 1), 1000);
    assert.equal(backoffMs(3, limits, () => 1), 4000);
    assert.equal(backoffMs(10, limits, () => 1), 8000);
  });

  it('HTTP statuses: 2xx ok; 408, 429 and 5xx retried; other 4xx refused', () => {
    assert.deepEqual(outcomeOfStatus(204), { ok: true });
    assert.deepEqual(outcomeOfStatus(503, '7'), { ok: false, retry: true, status: 503, retryAfterMs: 7000 });
    assert.equal((outcomeOfStatus(429) as { retry: boolean }).retry, true);
    assert.equal((outcomeOfStatus(408) as { retry: boolean }).retry, true);
    assert.equal((outcomeOfStatus(401) as { retry: boolean }).retry, false);
    assert.equal((outcomeOfStatus(413) as { retry: boolean }).retry, false);
  });

  it('a malformed stored queue loads as empty instead of wedging delivery', () => {
    assert.deepEqual(loadAuditQueue('x'), { events: [], attempt: 0, nextAttemptAt: 0, dropped: 0 });
    assert.deepEqual(loadAuditQueue({ events: [null, 3, { type: 'request' }], attempt: -1, nextAttemptAt: 'soon' }), { events: [{ type: 'request' }], attempt: 0, nextAttemptAt: 0, dropped: 0 });
  });
});
