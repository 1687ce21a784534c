/**
 * What the effective policy asks of a hook: the threshold a secret must reach to be denied, whether to
 * fail closed, and the scan options (disabled detectors, severity overrides, accepted fingerprints).
 * Read through the same layers as `scan` (managed > user > workspace), so a team's managed policy binds.
 */
import { builtinRules, formatPolicyProblem, resolvePolicy, scanOptionsFromPolicy, type PolicyScanOptions, type Severity } from '@secret-hygiene/core';
import { loadPolicyLayers, type PolicyContext } from '../policy/sources.js';

export interface GuardrailSettings {
  threshold: Severity;
  failClosed: boolean;
  enforce: boolean;
  scan: PolicyScanOptions;
  allowlistedFingerprints: ReadonlySet<string>;
  /** The policy's audit endpoint (https), where denials are recorded when enforced; else the local log. */
  auditEndpoint?: string;
  /** Policy problems (a broken file, an ignored loosening), for stderr. */
  notices: string[];
}

export async function loadGuardrailSettings(context: PolicyContext): Promise<GuardrailSettings> {
  const { layers } = await loadPolicyLayers(context);
  const resolved = resolvePolicy(layers);
  const { guardrails } = resolved.policy;
  const scan = scanOptionsFromPolicy(resolved.policy, builtinRules);
  scan.minSeverity = guardrails.threshold;
  return {
    threshold: guardrails.threshold,
    failClosed: guardrails.failClosed,
    enforce: guardrails.enforce,
    scan,
    allowlistedFingerprints: new Set(resolved.policy.allowlist.fingerprints),
    ...(resolved.policy.audit.endpoint ? { auditEndpoint: resolved.policy.audit.endpoint } : {}),
    notices: resolved.problems.filter((problem) => problem.level === 'error').map(formatPolicyProblem),
  };
}
