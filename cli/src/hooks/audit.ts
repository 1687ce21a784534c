/**
 * The audit record of a guardrail denial (issue 16, item 5): when the policy enforces guardrails
 * (`guardrails.enforce`), each deny of `secret-hygiene hook …` is recorded, to the policy's
 * `audit.endpoint` when it names one, else to the local JSONL log ($XDG_STATE_HOME/secret-hygiene/audit.jsonl).
 * The event names the client, the hook event, the rules and the masked values: never a value, never the
 * input (a prompt or a command may hold anything).
 *
 * run.ts calls it only on a deny, so an allowed call (nearly every call) writes and sends nothing.
 * Delivery is the JIT broker's audit sink (one writer for the CLI's audit stream), with one attempt:
 * an agent waits for the hook, and an event the endpoint did not take is kept in the local log anyway.
 */
import { AuditSink, auditLogPath } from '../broker/audit-sink.js';
import { VERSION } from '../version.js';
import type { HookClient } from './protocol.js';
import { printableName } from './protocol.js';

export interface GuardrailDenialEvent {
  type: 'guardrail.denial';
  time: string;
  client: HookClient;
  /** The client's hook event (`UserPromptSubmit`, `beforeShellExecution`); `unknown` when unreadable. */
  event: string;
  /** The rules that denied, one per finding (repeated when a rule found several values). */
  ruleIds: string[];
  /** The masked values (`ghp_…Zq9x`), in the order of ruleIds. */
  masked: string[];
  /** A fail-closed denial (no finding): why, in our own words. */
  reason?: string;
}

/** Built field by field, so nothing else the caller holds can reach the record. */
export function guardrailDenialEvent(
  fields: { client: HookClient; event?: string; denied: readonly { ruleId: string; redacted: string }[]; reason?: string },
  now: Date,
): GuardrailDenialEvent {
  const event: GuardrailDenialEvent = {
    type: 'guardrail.denial',
    time: now.toISOString(),
    client: fields.client,
    event: fields.event === undefined ? 'unknown' : printableName(fields.event),
    ruleIds: fields.denied.map((found) => found.ruleId),
    masked: fields.denied.map((found) => found.redacted),
  };
  if (fields.reason !== undefined) event.reason = fields.reason;
  return event;
}

export interface DenialAuditOptions {
  endpoint?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Tests: a stand-in for the global fetch. */
  fetch?: typeof fetch;
}

/** Records one denial; returns notices for stderr (a log that could not be written, an endpoint that did not answer). */
export async function recordDenial(event: GuardrailDenialEvent, options: DenialAuditOptions): Promise<string[]> {
  const sink = new AuditSink<GuardrailDenialEvent>({
    logPath: auditLogPath(options.env, options.platform),
    version: VERSION,
    attempts: 1,
    // The agent waits for this answer: a collector that does not answer in 2 s gets the local log.
    timeoutMs: 2_000,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  sink.record(event);
  await sink.close();
  return sink.notices;
}
