/**
 * Where the broker's audit events go: the policy's `audit.endpoint` (batched POSTs, retried like the
 * browser extension's queue), or, without one, a local JSONL log appended line by line:
 * $XDG_STATE_HOME/secret-hygiene/audit.jsonl (default ~/.local/state/…; Windows %LOCALAPPDATA%\secret-hygiene\).
 * Events the endpoint never accepted are appended to the local log too, marked `undelivered`, so
 * nothing is silently lost. Events never hold a value (core's brokerAuditEvent builds them field by field).
 */
import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { auditBackoffMs, auditBatchBody, auditOutcomeOfStatus, type AuditSendOutcome, type BrokerAuditEvent } from '@secret-hygiene/core';

export function auditLogPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'secret-hygiene', 'audit.jsonl');
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'secret-hygiene', 'audit.jsonl');
}

/** Appends lines without following a symlink planted at the log's path, readable by the user only. */
function appendLines(path: string, lines: string[]): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    writeSync(fd, lines.join(''));
  } finally {
    closeSync(fd);
  }
}

export interface AuditSinkOptions {
  endpoint?: string;
  logPath: string;
  version: string;
  /** How many sends one batch gets before it is given up on (and kept in the local log). */
  attempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long one send may take (default 10 s; an agent hook waiting on a deny uses less). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** Sends one source's events (`E`: built field by field by that source, never holding a value). */
export class AuditSink<E extends object = BrokerAuditEvent> {
  private pending: E[] = [];
  /** Batches go one after another, in order, as the extension's queue sends them. */
  private deliveries: Promise<void> = Promise.resolve();
  readonly notices: string[] = [];

  constructor(private readonly options: AuditSinkOptions) {}

  record(event: E): void {
    if (this.options.endpoint) this.pending.push(event);
    else this.writeLocal([event]);
  }

  /** Starts sending what is pending (in the background, while the child runs). */
  send(): void {
    if (!this.options.endpoint || !this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const endpoint = this.options.endpoint;
    this.deliveries = this.deliveries.then(() => this.deliver(endpoint, batch));
  }

  /** Sends what is left and waits for every delivery (each bounded by its attempts). */
  async close(): Promise<void> {
    this.send();
    await this.deliveries;
  }

  private writeLocal(events: E[], extra: Record<string, unknown> = {}): void {
    try {
      appendLines(this.options.logPath, events.map((event) => `${JSON.stringify({ ...event, ...extra })}\n`));
    } catch (error) {
      this.notices.push(`audit: could not append to ${this.options.logPath} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ${events.length} event(s) not recorded`);
    }
  }

  private async deliver(endpoint: string, events: E[]): Promise<void> {
    const attempts = this.options.attempts ?? 3;
    const post = this.options.fetch ?? fetch;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const body = auditBatchBody('secret-hygiene-cli', { version: this.options.version }, events);
    let outcome: AuditSendOutcome = { ok: false, retry: true };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await post(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, redirect: 'error', signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
        await response.arrayBuffer().catch(() => undefined);
        outcome = auditOutcomeOfStatus(response.status, response.headers.get('retry-after'));
      } catch {
        outcome = { ok: false, retry: true };
      }
      if (outcome.ok || !outcome.retry || attempt === attempts) break;
      const wait = Math.max(auditBackoffMs(attempt, this.options.baseBackoffMs ?? 500, this.options.maxBackoffMs ?? 4_000), Math.min(outcome.retryAfterMs ?? 0, this.options.maxBackoffMs ?? 4_000));
      await sleep(wait);
    }
    if (outcome.ok) return;
    const why = outcome.status === undefined ? 'unreachable' : `answered ${outcome.status}`;
    this.notices.push(`audit: the endpoint ${why}; ${events.length} event(s) kept in ${this.options.logPath}`);
    this.writeLocal(events, { undelivered: endpoint });
  }
}
