/**
 * One hook call, from stdin text to the client's answer. Never throws and never breaks the agent: an
 * input we cannot understand is allowed with a warning on stderr (exit 0), unless the policy says fail
 * closed, in which case it is denied in the client's own protocol.
 */
import { Scanner, builtinRules } from '@secret-hygiene/core';
import { guardrailDenialEvent, recordDenial } from './audit.js';
import { claudeCode } from './claude-code.js';
import { cursor } from './cursor.js';
import { evaluateChecks } from './evaluate.js';
import { loadGuardrailSettings, type GuardrailSettings } from './guardrail-settings.js';
import { printableName, type ClientProtocol, type HookAnswer, type HookClient, type ParsedHookInput } from './protocol.js';
import type { PolicyContext } from '../policy/sources.js';

export const PROTOCOLS: Record<HookClient, ClientProtocol> = { 'claude-code': claudeCode, cursor };

export interface HookResult extends HookAnswer {
  stderr: string;
}

let sharedScanner: Scanner | undefined;
/** The engine, built once per process (a startup snapshot builds it before the process even starts). */
export function hookScanner(): Scanner {
  return (sharedScanner ??= new Scanner(builtinRules));
}

export async function runHook(client: HookClient, stdin: string, context: PolicyContext): Promise<HookResult> {
  const protocol = PROTOCOLS[client];
  const warnings: string[] = [];
  let settings: GuardrailSettings | undefined;
  let parsed: ParsedHookInput = { kind: 'malformed', problem: 'no input' };
  try {
    settings = await loadGuardrailSettings(context);
    warnings.push(...settings.notices);
    parsed = parseInput(protocol, stdin);
    if (parsed.kind === 'checks') {
      const evaluation = evaluateChecks(hookScanner(), parsed.checks, settings);
      warnings.push(...evaluation.warnings);
      if (evaluation.verdict.decision === 'deny' && settings.enforce) warnings.push(...(await auditDenial(client, parsed.event, evaluation.denied, undefined, settings, context)));
      return finish(protocol.answer(parsed, evaluation.verdict), warnings);
    }
  } catch (error) {
    // Only the error's kind and our own message: never text that could quote the input.
    // Our own usage errors (a policy variable naming a missing file) are worth quoting: they name only
    // paths and variables. Anything else is reduced to its kind.
    const why = (error as Error).name === 'UsageError' ? (error as Error).message : (error as Error).name ?? 'error';
    parsed = { kind: 'malformed', ...('event' in parsed && parsed.event ? { event: parsed.event } : {}), problem: `the hook failed (${why})` };
  }
  const problem = parsed.kind === 'unknown-event' ? `event "${printableName(parsed.event)}" is not one secret-hygiene guards` : parsed.problem;
  if (settings?.failClosed) {
    const reason = `Secret Hygiene blocked this: ${problem}, and the managed policy says fail closed (guardrails.failClosed). Check the hook installation with \`secret-hygiene hooks status\`.`;
    if (settings.enforce) warnings.push(...(await auditDenial(client, parsed.event, [], `fail closed: ${problem}`, settings, context)));
    return finish(protocol.answer(parsed, { decision: 'deny', reason }), [...warnings, `secret-hygiene hook ${client}: ${problem}; denied (fail closed)`]);
  }
  return finish(protocol.answer(parsed, { decision: 'allow' }), [...warnings, `secret-hygiene hook ${client}: ${problem}; allowed`]);
}

/**
 * Records a denial when the policy enforces guardrails; nothing is written or sent for an allowed call
 * (fetch itself is loaded by Node on first use). The audit module is imported statically: evaluating it
 * only defines functions, while an `import()` here made esbuild wrap core's whole index lazily in
 * hook.cjs (+190 KB; +20 ms CPU per call of the plain bin, measured). Never throws (the answer stands).
 */
async function auditDenial(
  client: HookClient,
  event: string | undefined,
  denied: readonly { ruleId: string; redacted: string }[],
  reason: string | undefined,
  settings: GuardrailSettings,
  context: PolicyContext,
): Promise<string[]> {
  try {
    const record = guardrailDenialEvent({ client, ...(event === undefined ? {} : { event }), denied, ...(reason === undefined ? {} : { reason }) }, new Date());
    return await recordDenial(record, { env: context.env, platform: context.platform, ...(settings.auditEndpoint ? { endpoint: settings.auditEndpoint } : {}) });
  } catch (error) {
    return [`secret-hygiene hook ${client}: the denial could not be recorded (${(error as Error).name ?? 'error'})`];
  }
}

function parseInput(protocol: ClientProtocol, stdin: string): ParsedHookInput {
  let input: unknown;
  try {
    input = JSON.parse(stdin);
  } catch {
    return { kind: 'malformed', problem: stdin.trim() ? 'the hook input is not valid JSON' : 'the hook input is empty' };
  }
  return protocol.parse(input);
}

function finish(answer: HookAnswer, warnings: string[]): HookResult {
  return { ...answer, stderr: warnings.map((line) => `${line}\n`).join('') };
}
