/**
 * `secret-hygiene run`: resolves references into the child's environment only, starts the child, and
 * cleans up (revokes minted tokens) however the run ends — child exit, child killed, or the broker
 * itself interrupted (SIGINT/SIGTERM/SIGHUP). A broker killed with SIGKILL cannot revoke: minted tokens
 * then expire on their own (GitHub: one hour), which every message about it says.
 */
import { basename } from 'node:path';
import {
  API_BASE_VARIABLE,
  brokerAuditEvent,
  GITHUB_API_BASE,
  needsProviderCheck,
  parseApiBaseOverrides,
  providerRefusal,
  schemeRefusal,
  type BrokerAuditEvent,
  type EffectiveBrokerPolicy,
} from '@secret-hygiene/core';
import { UsageError } from '../errors.js';
import { defaultPolicyContext, type PolicyContext } from '../policy/sources.js';
import { AuditSink, auditLogPath } from './audit-sink.js';
import { exitCodeOfSignal, FORWARDED_SIGNALS, startChild } from './child.js';
import { openKeychain, type Keychain } from './keychain.js';
import { resolveReference, type Resolved } from './resolvers.js';
import { inheritedAssignments, mergeAssignments, parseRunArgs, RUN_HELP, type Assignment } from './run-args.js';
import type { RunPolicy } from './run-policy.js';

/** The broker failed or the policy refused: nothing was started (as `env`, `nice`, `timeout` use 125). */
export const BROKER_FAILED = 125;
export const COMMAND_NOT_EXECUTABLE = 126;
export const COMMAND_NOT_FOUND = 127;

export interface RunDependencies {
  /** The effective policy (run-policy.ts; the small bundle passes the defaults when no policy file exists). */
  loadPolicy: (context: PolicyContext) => Promise<RunPolicy>;
  /** Providers of a value (value-providers.ts), asked only when the policy requires a scheme per provider. */
  providersOf?: (value: string) => string[];
  env?: NodeJS.ProcessEnv;
  policyContext?: PolicyContext;
  stderr?: NodeJS.WritableStream;
  stdout?: NodeJS.WritableStream;
  keychain?: () => Keychain;
  version?: string;
}

interface Cleanup {
  assignment: Assignment;
  expiresAt?: string;
  revoke: () => Promise<void>;
}

export async function runBrokerCommand(argv: string[], dependencies: RunDependencies): Promise<number> {
  const env = dependencies.env ?? process.env;
  const stderr = dependencies.stderr ?? process.stderr;
  const say = (line: string) => stderr.write(`secret-hygiene run: ${line}\n`);

  // From the first moment: an interrupted broker still revokes what it minted.
  let interrupted: NodeJS.Signals | undefined;
  let forward: ((signal: NodeJS.Signals) => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    forward?.(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, onSignal);
  const cleanups: Cleanup[] = [];
  let audit: AuditSink | undefined;
  let commandName = '';
  try {
    let parsed;
    let assignments: Assignment[];
    try {
      parsed = parseRunArgs(argv);
      if (parsed.help) {
        (dependencies.stdout ?? process.stdout).write(RUN_HELP);
        return 0;
      }
      assignments = mergeAssignments(inheritedAssignments(env), parsed.assignments);
    } catch (error) {
      if (error instanceof UsageError) {
        say(error.message);
        return BROKER_FAILED;
      }
      throw error;
    }
    commandName = basename(parsed.command);

    const runPolicy = await dependencies.loadPolicy(dependencies.policyContext ?? { ...defaultPolicyContext(), env });
    for (const problem of runPolicy.problems) say(`policy: ${problem}`);
    const policy = runPolicy.broker;
    audit = new AuditSink({ logPath: auditLogPath(env), version: dependencies.version ?? '0', ...(runPolicy.auditEndpoint ? { endpoint: runPolicy.auditEndpoint } : {}) });
    const record = (assignment: Assignment, fields: Pick<BrokerAuditEvent, 'outcome' | 'type'> & { reason?: string; expiresAt?: string }) =>
      audit!.record(brokerAuditEvent({ scheme: assignment.reference.scheme, reference: assignment.reference.text, variable: assignment.variable, command: commandName, ...fields }, new Date()));

    for (const assignment of assignments) {
      const refusal = schemeRefusal(policy, assignment.variable, assignment.reference);
      if (refusal) {
        record(assignment, { type: 'broker.resolution', outcome: 'refused', reason: refusal });
        say(`refused by policy: ${refusal}`);
        return BROKER_FAILED;
      }
    }

    const overrides = parseApiBaseOverrides(env[API_BASE_VARIABLE], ['github']);
    for (const notice of overrides.notices) say(notice);
    let keychain: Keychain | undefined;
    const context = {
      keychain: () => (keychain ??= (dependencies.keychain ?? (() => openKeychain({ env })))()),
      env,
      github: { apiBase: overrides.bases.github ?? GITHUB_API_BASE, maxLifetimeMinutes: policy.maxTokenLifetimeMinutes },
    };
    const outcomes = await Promise.allSettled(assignments.map((assignment) => resolveReference(assignment.reference, context)));
    const values = new Map<string, string>();
    let failed = false;
    outcomes.forEach((outcome, index) => {
      const assignment = assignments[index]!;
      if (outcome.status === 'fulfilled') {
        const resolved: Resolved = outcome.value;
        if (resolved.revoke) cleanups.push({ assignment, revoke: resolved.revoke, ...(resolved.expiresAt ? { expiresAt: resolved.expiresAt } : {}) });
        values.set(assignment.variable, resolved.value);
        if (resolved.expiresAt) say(`${assignment.variable}: minted a token from ${assignment.reference.text} that expires at ${resolved.expiresAt}; it is revoked when ${commandName} exits (if this broker is killed first, it still expires then)`);
        record(assignment, { type: 'broker.resolution', outcome: 'resolved', ...(resolved.expiresAt ? { expiresAt: resolved.expiresAt } : {}) });
        return;
      }
      failed = true;
      const error = outcome.reason as Error;
      const known = ['KeychainUnavailableError', 'KeychainLockedError', 'ReferenceNotFoundError', 'ResolverUnavailableError', 'GitHubAppError'].includes(error.name);
      const reason = known ? error.message : `unexpected error (${error.name})`;
      record(assignment, { type: 'broker.resolution', outcome: error.name === 'ReferenceNotFoundError' ? 'not-found' : 'failed', reason });
      // Each message names the reference once (keychain errors say what is wrong with the keychain, not which entry).
      say(`${assignment.variable}: ${reason.includes(assignment.reference.text) ? '' : `${assignment.reference.text}: `}${reason}`);
    });
    if (failed) return BROKER_FAILED;
    if (interrupted) return exitCodeOfSignal(interrupted);

    const refusal = providerRefusalOf(policy, assignments, values, dependencies.providersOf);
    if (refusal) {
      record(refusal.assignment, { type: 'broker.resolution', outcome: 'refused', reason: refusal.reason });
      say(`refused by policy: ${refusal.reason}`);
      return BROKER_FAILED;
    }

    audit.send();
    // The child's environment: ours with every reference replaced by its value. process.env is never written.
    const childEnv: NodeJS.ProcessEnv = { ...env };
    for (const [variable, value] of values) childEnv[variable] = value;
    const child = startChild(parsed.command, parsed.args, childEnv);
    forward = (signal) => child.kill(signal);
    if (interrupted) child.kill(interrupted);
    const outcome = await child.exited;
    if ('spawnError' in outcome) {
      if (outcome.spawnError === 'not-found') {
        say(`${parsed.command}: command not found`);
        return COMMAND_NOT_FOUND;
      }
      say(`${parsed.command}: cannot be executed (${outcome.message})`);
      return outcome.spawnError === 'not-executable' ? COMMAND_NOT_EXECUTABLE : BROKER_FAILED;
    }
    return outcome.code;
  } finally {
    forward = undefined;
    for (const cleanup of cleanups) {
      try {
        await cleanup.revoke();
        audit?.record(brokerAuditEvent({ type: 'broker.revocation', scheme: cleanup.assignment.reference.scheme, reference: cleanup.assignment.reference.text, variable: cleanup.assignment.variable, command: commandName, outcome: 'revoked' }, new Date()));
      } catch (error) {
        const reason = (error as Error).name === 'GitHubAppError' ? (error as Error).message : `revocation failed (${(error as Error).name})`;
        audit?.record(brokerAuditEvent({ type: 'broker.revocation', scheme: cleanup.assignment.reference.scheme, reference: cleanup.assignment.reference.text, variable: cleanup.assignment.variable, command: commandName, outcome: 'revocation-failed', reason }, new Date()));
        say(`${cleanup.assignment.variable}: ${reason}${cleanup.expiresAt ? ` (it expires at ${cleanup.expiresAt})` : ''}`);
      }
    }
    if (audit) {
      await audit.close();
      for (const notice of audit.notices) say(notice);
    }
    for (const signal of FORWARDED_SIGNALS) process.off(signal, onSignal);
  }
}

/** Which value the policy refuses for its provider (found by the scanner's rules), if any. */
function providerRefusalOf(
  policy: EffectiveBrokerPolicy,
  assignments: Assignment[],
  values: Map<string, string>,
  providersOf: ((value: string) => string[]) | undefined,
): { assignment: Assignment; reason: string } | undefined {
  if (!needsProviderCheck(policy) || !assignments.length) return undefined;
  // Fail closed: a policy that requires schemes is never applied without the means to check it.
  if (!providersOf) return { assignment: assignments[0]!, reason: 'the policy requires schemes per provider, and this build of run cannot tell providers apart' };
  for (const assignment of assignments) {
    const providers = providersOf(values.get(assignment.variable) ?? '');
    const reason = providerRefusal(policy, assignment.variable, assignment.reference, providers);
    if (reason) return { assignment, reason };
  }
  return undefined;
}
