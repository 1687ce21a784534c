/**
 * Resolves the effective policy from its layers: defaults < workspace < user < managed. Never throws:
 * every unreadable, unparsable or invalid layer becomes a problem naming the source and the field.
 * A managed layer that cannot be used is replaced by the strict defaults (fail closed); any other
 * broken layer is left out whole, so a half-understood file never applies half its intent.
 */
import { DEFAULT_POLICY, DEFAULTS_ORIGIN, STRICT_POLICY } from './defaults.js';
import { PolicyBuilder } from './merge.js';
import { validatePolicyDocument, type PolicyDocument, type PolicyIssue } from './schema.js';
import type { PolicyLayer, PolicyProblem, PolicySource, ResolvedPolicy } from './types.js';

const LAYER_ORDER: Record<PolicyLayer['source'], number> = { workspace: 1, user: 2, managed: 3 };

const SOURCE_LABELS: Record<PolicySource, string> = {
  default: 'default policy',
  workspace: 'workspace policy',
  user: 'user policy',
  managed: 'managed policy',
  'strict-default': 'strict defaults for managed policy',
};

/** `managed policy /etc/secret-hygiene/policy.json: oauth.rules.google.maxRisk: expected one of critical|high|medium|low` */
export function formatPolicyProblem(problem: PolicyProblem): string {
  return `${SOURCE_LABELS[problem.source]} ${problem.origin}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

export function resolvePolicy(layers: readonly PolicyLayer[]): ResolvedPolicy {
  const builder = new PolicyBuilder();
  builder.override(DEFAULT_POLICY, 'default', DEFAULTS_ORIGIN);
  // Stable sort: several layers of one source keep the order they were given in.
  const ordered = [...layers].sort((a, b) => LAYER_ORDER[a.source] - LAYER_ORDER[b.source]);
  for (const layer of ordered) {
    const loaded = loadLayer(layer);
    if (loaded.kind === 'absent') continue;
    const { source, origin } = layer;
    if (loaded.kind === 'invalid') {
      for (const issue of loaded.issues) builder.problems.push({ level: 'error', source, origin, ...issue });
      const consequence =
        source === 'managed' ? 'cannot be used: the strict defaults apply instead (fail closed)' : 'not applied: fix the errors above';
      builder.problems.push({ level: 'error', source, origin, message: consequence });
      if (source === 'managed') builder.tighten(STRICT_POLICY, 'strict-default', origin);
      continue;
    }
    if (source === 'managed') builder.tighten(loaded.document, 'managed', origin);
    else builder.override(loaded.document, source, origin);
  }
  return builder.result();
}

type LoadedLayer =
  | { kind: 'absent' }
  | { kind: 'valid'; document: PolicyDocument }
  | { kind: 'invalid'; issues: (Omit<PolicyIssue, 'field'> & { field?: string })[] };

function loadLayer(layer: PolicyLayer): LoadedLayer {
  if (layer.unreadable !== undefined) return { kind: 'invalid', issues: [{ message: `cannot read (${layer.unreadable})` }] };
  let value = layer.document;
  if (layer.text !== undefined) {
    try {
      value = JSON.parse(layer.text);
    } catch (error) {
      return { kind: 'invalid', issues: [{ message: `not valid JSON (${(error as Error).message})` }] };
    }
  } else if (value === undefined) return { kind: 'absent' };
  const validated = validatePolicyDocument(value);
  return validated.document ? { kind: 'valid', document: validated.document } : { kind: 'invalid', issues: validated.issues };
}
