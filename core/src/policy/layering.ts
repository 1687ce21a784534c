/**
 * Resolves the effective policy from its layers: defaults < workspace < user < managed. Never throws:
 * every unreadable, unparsable or invalid layer becomes a problem naming the source and the field.
 * A managed layer that cannot be used is replaced by the strict defaults (fail closed); any other
 * broken layer is left out whole, so a half-understood file never applies half its intent.
 */
import { DEFAULT_POLICY, DEFAULTS_ORIGIN, STRICT_POLICY } from './defaults.js';
import { describeJsonSyntaxError } from './json-position.js';
import { PolicyBuilder } from './merge.js';
import { validatePolicyDocument, type PolicyDocument, type PolicyIssue } from './schema.js';
import { withProvenance } from './provenance.js';
import { loosenedByRepository, repositoryTrust, withoutLoosening } from './trust.js';
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

export interface ResolveOptions {
  /**
   * The adapter's word on the repository (the workspace layer): false = it may only tighten
   * (`--no-trust-repository`, an untrusted VS Code workspace); true or absent = it may loosen what the
   * user and managed policy let it, and every loosening is listed in `loosened`.
   */
  trustRepository?: boolean;
  /** How notices name the adapter's refusal (default `--no-trust-repository`; VS Code: `an untrusted workspace`). */
  untrustedBecause?: string;
}

export function resolvePolicy(layers: readonly PolicyLayer[], options: ResolveOptions = {}): ResolvedPolicy {
  const builder = new PolicyBuilder();
  builder.override(DEFAULT_POLICY, 'default', DEFAULTS_ORIGIN);
  // Stable sort: several layers of one source keep the order they were given in.
  const ordered = [...layers]
    .sort((a, b) => LAYER_ORDER[a.source] - LAYER_ORDER[b.source])
    .map((layer) => ({ layer, loaded: loadLayer(layer) }))
    .filter(({ loaded }) => loaded.kind !== 'absent');
  // Whether the repository may loosen is known before its layer is applied: the user and managed
  // documents that decide it are applied after it.
  const trust = repositoryTrust(
    options.trustRepository,
    ordered.map(({ layer, loaded }) => ({
      source: layer.source,
      origin: layer.origin,
      broken: loaded.kind === 'invalid',
      ...(loaded.kind === 'valid' ? { document: loaded.document } : {}),
    })),
    options.untrustedBecause,
  );
  for (const { layer, loaded } of ordered) {
    const { source, origin } = layer;
    if (loaded.kind === 'absent') continue;
    if (loaded.kind === 'invalid') {
      for (const issue of loaded.issues) builder.problems.push({ level: 'error', source, origin, ...issue });
      const consequence =
        source === 'managed' ? 'cannot be used: the strict defaults apply instead (fail closed)' : 'not applied: fix the errors above';
      builder.problems.push({ level: 'error', source, origin, message: consequence });
      if (source === 'managed') builder.tighten(STRICT_POLICY, 'strict-default', origin);
      continue;
    }
    if (source === 'managed') builder.tighten(loaded.document, 'managed', origin);
    else if (source === 'workspace') {
      const document = withoutLoosening(loaded.document, origin, trust, builder.problems);
      builder.override(document, source, origin);
      // Untrusted, its severity overrides may only raise a rule's severity (as below a managed policy).
      if (!trust.mayLoosen) for (const id of Object.keys(document.severityOverrides ?? {})) builder.policy.severityOverrides[id]!.raiseOnly = true;
    } else builder.override(loaded.document, source, origin);
  }
  const { policy, problems, limits, provenance } = builder;
  const loosened = trust.mayLoosen ? loosenedByRepository(provenance.entries('workspace')) : [];
  return withProvenance({ policy, problems, limits, trust, loosened }, provenance);
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
    } catch {
      return { kind: 'invalid', issues: [{ message: describeJsonSyntaxError(layer.text) }] };
    }
  } else if (value === undefined) return { kind: 'absent' };
  const validated = validatePolicyDocument(value);
  return validated.document ? { kind: 'valid', document: validated.document } : { kind: 'invalid', issues: validated.issues };
}
