import { SEVERITIES, type Severity } from './types.js';

/** Higher is worse: critical = 4 … info = 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** One step less severe, never below `floor`. */
export function lower(severity: Severity, floor: Severity = 'low'): Severity {
  const next = SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)]!;
  return atLeast(next, floor) ? next : floor;
}

/** The rule options a scan honours (a subset of ScanOptions, shared by text and keystore scans). */
export interface SeverityPolicy {
  minSeverity?: Severity;
  disabledRules?: ReadonlySet<string>;
  severityOverrides?: Readonly<Record<string, Severity>>;
}

/** The severity a finding of `ruleId` is reported at under `policy`, or undefined when it is not reported. */
export function reportedSeverity(ruleId: string, severity: Severity, policy: SeverityPolicy): Severity | undefined {
  if (policy.disabledRules?.has(ruleId)) return undefined;
  const effective = policy.severityOverrides?.[ruleId] ?? severity;
  return !policy.minSeverity || atLeast(effective, policy.minSeverity) ? effective : undefined;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
