/**
 * The policy as `run` applies it: the `broker` block and the audit endpoint, through the same layers as
 * every command (managed wins). Kept apart from run-command.ts, which takes it as a dependency, so the
 * small `run` bundle (run-entry.ts) can start without the policy engine when no policy file exists.
 */
import { formatPolicyProblem, resolvePolicy, type EffectiveBrokerPolicy } from '@secret-hygiene/core';
import { loadPolicyLayers, type PolicyContext } from '../policy/sources.js';

export interface RunPolicy {
  broker: EffectiveBrokerPolicy;
  auditEndpoint?: string;
  /** Problems that change what applies (a broken file), formatted for stderr. */
  problems: string[];
}

export async function loadRunPolicy(context: PolicyContext): Promise<RunPolicy> {
  const resolved = resolvePolicy((await loadPolicyLayers(context)).layers);
  const problems = resolved.problems.filter((problem) => problem.level === 'error').map(formatPolicyProblem);
  return resolved.policy.audit.endpoint ? { broker: resolved.policy.broker, auditEndpoint: resolved.policy.audit.endpoint, problems } : { broker: resolved.policy.broker, problems };
}
