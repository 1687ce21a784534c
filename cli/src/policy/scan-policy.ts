/** The effective policy as a scan applies it: engine options, path and fingerprint allowlists, notices. */
import {
  builtinRules,
  formatPolicyProblem,
  ignoredSeverityOverrides,
  isAllowlistedPath,
  minSeverityWithRequest,
  provenanceOf,
  resolvePolicy,
  scanOptionsFromPolicy,
  unknownDetectorNames,
  type PolicyScanOptions,
  type ResolvedPolicy,
  type Severity,
} from '@secret-hygiene/core';
import { NO_MANAGED_POLICY, defaultPolicyContext, loadPolicyLayers, type PolicyContext } from './sources.js';

export interface ScanPolicy {
  resolved: ResolvedPolicy;
  /** Plain data (a Set and records): survives the structured clone to worker threads. */
  scan: PolicyScanOptions;
  isAllowlistedPath: (relativePath: string) => boolean;
  allowlistedFingerprints: ReadonlySet<string>;
  /** Human-readable, each naming the policy source it is about. */
  notices: string[];
  /** Set when SECRET_HYGIENE_POLICY chose the managed file (or none): every output says so. */
  replacedManaged?: { path: string; via: string; status: string };
}

/**
 * Loads the layers and applies `--min-severity` within what the policy allows: the flag replaces the
 * workspace and user value, but a managed minimum can only be made stricter, never looser.
 */
export async function loadScanPolicy(
  requestedMinSeverity: Severity | undefined,
  context: PolicyContext = defaultPolicyContext(),
  trustRepository?: boolean,
): Promise<ScanPolicy> {
  const { layers, files } = await loadPolicyLayers(context);
  const resolved = resolvePolicy(layers, trustRepository === undefined ? {} : { trustRepository });
  const { policy } = resolved;
  const notices = resolved.problems.map(formatPolicyProblem);
  const managed = files.find((file) => file.source === 'managed');
  const replacedManaged = managed?.via ? { path: managed.path, via: managed.via, status: managed.status } : undefined;
  if (replacedManaged) {
    notices.push(
      replacedManaged.path === NO_MANAGED_POLICY
        ? `managed policy: none (${replacedManaged.via}=${NO_MANAGED_POLICY})`
        : `managed policy: ${replacedManaged.path} (path from ${replacedManaged.via}, replacing the OS-level file)`,
    );
  }

  const scan = scanOptionsFromPolicy(policy, builtinRules);
  const { minSeverity, overruledBy } = minSeverityWithRequest(resolved, requestedMinSeverity);
  scan.minSeverity = minSeverity;
  if (overruledBy) {
    const who = overruledBy.source === 'strict-default' ? 'the strict defaults that replace the broken managed policy' : 'the managed policy';
    notices.push(`--min-severity ${requestedMinSeverity} is looser than the minimum ${overruledBy.value} set by ${who} ${overruledBy.origin}: using ${overruledBy.value}`);
  }
  for (const problem of ignoredSeverityOverrides(resolved, builtinRules)) notices.push(formatPolicyProblem(problem));
  for (const { field, name } of unknownDetectorNames(policy, builtinRules)) {
    const key = field === 'severityOverrides' ? `${field}.${name}` : `${field}[${name}]`;
    const from = provenanceOf(resolved, key);
    const problem = { level: 'notice' as const, field, message: `"${name}" matches no rule id or provider name` };
    notices.push(from ? formatPolicyProblem({ ...problem, source: from.source, origin: from.origin }) : `${field}: ${problem.message}`);
  }

  return {
    resolved,
    ...(replacedManaged ? { replacedManaged } : {}),
    scan,
    isAllowlistedPath: (relativePath) => isAllowlistedPath(policy, relativePath),
    allowlistedFingerprints: new Set(policy.allowlist.fingerprints),
    notices,
  };
}
