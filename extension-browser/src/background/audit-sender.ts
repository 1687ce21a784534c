/**
 * Delivers audit events to the endpoint a policy names: queued in storage.local (so a worker restart
 * loses nothing), sent in batches after a short quiet period, retried with exponential backoff; an
 * alarm picks up whatever a terminated worker left behind. Without an endpoint nothing is queued.
 * The collector must accept a cross-origin POST of application/json (answer the CORS preflight).
 */
import browser from 'webextension-polyfill';
import {
  AUDIT_LIMITS,
  afterSend,
  auditBatchBody,
  auditEvent,
  enqueue,
  loadAuditQueue,
  nextBatch,
  outcomeOfStatus,
  type AuditEventType,
  type AuditQueueState,
  type SendOutcome,
} from '../model/audit-queue.js';
import type { AuthorizationRecord } from '../model/record.js';
import { exclusive } from './exclusive.js';
import { currentPolicy } from './policy-store.js';

const KEY = 'auditQueue';
export const AUDIT_ALARM = 'audit-flush';
const serial = exclusive();
let timer: ReturnType<typeof setTimeout> | undefined;
let sending = false;

async function readQueue(): Promise<AuditQueueState> {
  return loadAuditQueue((await browser.storage.local.get(KEY))[KEY]);
}

function schedule(delayMs: number): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void flushAudit();
  }, Math.max(0, delayMs));
}

export async function recordAudit(types: readonly AuditEventType[], record: AuthorizationRecord): Promise<void> {
  const { resolved } = await currentPolicy();
  if (!resolved.policy.audit.endpoint) return;
  const now = new Date();
  await serial(async () => {
    const state = enqueue(await readQueue(), types.map((type) => auditEvent(type, record, now)));
    await browser.storage.local.set({ [KEY]: state });
  });
  schedule(AUDIT_LIMITS.debounceMs);
}

async function post(endpoint: string, body: string): Promise<SendOutcome> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(15_000),
    });
    return outcomeOfStatus(response.status, response.headers.get('retry-after'));
  } catch {
    return { ok: false, retry: true };
  }
}

/** Sends what is due, one batch after another; stops at the first failure (its backoff reschedules). */
export async function flushAudit(): Promise<void> {
  if (sending) return;
  sending = true;
  try {
    for (;;) {
      const { resolved } = await currentPolicy();
      const endpoint = resolved.policy.audit.endpoint;
      const state = await serial(readQueue);
      if (!state.events.length || !endpoint) return;
      const wait = state.nextAttemptAt - Date.now();
      if (wait > 0) return schedule(wait);
      const batch = nextBatch(state);
      const outcome = await post(endpoint, auditBatchBody(batch, browser.runtime.getManifest().version));
      const next = await serial(async () => {
        // Events queued while the batch was in flight stay behind it.
        const latest = afterSend(await readQueue(), batch.length, outcome, Date.now());
        await browser.storage.local.set({ [KEY]: latest });
        return latest;
      });
      if (!outcome.ok && outcome.retry) return schedule(next.nextAttemptAt - Date.now());
    }
  } finally {
    sending = false;
  }
}
