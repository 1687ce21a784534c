/** What the effective policy means for a scan, a path and an OAuth request. */
import { severityRank } from '../engine/severity.js';
import type { Severity } from '../engine/types.js';
import { scopeRiskRank as riskRank } from '../oauth/catalog.js';
import type { ScopeRisk } from '../oauth/types.js';
import { pathMatcher } from './glob.js';
import type { OAuthRuleKey } from './schema.js';
import { provenanceOf } from './provenance.js';
import type { EffectivePolicy, PolicyProblem, Provenance, ProvenanceEntry, ResolvedPolicy } from './types.js';

/** Enough of a Rule to apply detector names (rule ids or provider names) and raise-only overrides. */
export interface RuleIdentity {
  id: string;
  provider: string;
  severity: Severity;
}

/** Scan options as the engine takes them (a structured-clone-safe SeverityPolicy). */
export interface PolicyScanOptions {
  minSeverity: Severity;
  disabledRules: Set<string>;
  severityOverrides: Record<string, Severity>;
}

export function scanOptionsFromPolicy(policy: EffectivePolicy, rules: readonly RuleIdentity[]): PolicyScanOptions {
  const disabled = new Set(policy.detectors.disabled);
  const enabled = new Set(policy.detectors.enabled);
  const disabledRules = new Set<string>();
  for (const rule of rules) {
    const off = disabled.has(rule.id) || disabled.has(rule.provider);
    if (off && !enabled.has(rule.id) && !enabled.has(rule.provider)) disabledRules.add(rule.id);
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const severityOverrides: Record<string, Severity> = {};
  for (const [id, override] of Object.entries(policy.severityOverrides)) {
    const own = byId.get(id)?.severity;
    // Below a managed policy an override may only raise: one at or under the rule's own severity is moot.
    if (override.raiseOnly && (!own || severityRank(override.severity) <= severityRank(own))) continue;
    severityOverrides[id] = override.severity;
  }
  return { minSeverity: policy.minSeverity, disabledRules, severityOverrides };
}

/**
 * Severity overrides that would lower a rule but may only raise it (an untrusted repository's, or a
 * user's or repository's below a managed policy): not applied, and each is said, naming its file, as
 * every other loosening is (docs/policy.md, "Trust").
 */
export function ignoredSeverityOverrides(resolved: ResolvedPolicy, rules: readonly RuleIdentity[]): PolicyProblem[] {
  const own = new Map(rules.map((rule) => [rule.id, rule.severity]));
  const problems: PolicyProblem[] = [];
  for (const [id, override] of Object.entries(resolved.policy.severityOverrides)) {
    const severity = own.get(id);
    if (!override.raiseOnly || !severity || severityRank(override.severity) >= severityRank(severity)) continue;
    const from = provenanceOf(resolved, `severityOverrides.${id}`);
    if (!from) continue;
    problems.push({
      level: 'notice',
      source: from.source,
      origin: from.origin,
      field: `severityOverrides.${id}`,
      message: `would lower ${id} from ${severity} to ${override.severity}; ignored (here an override may only raise a rule's severity)`,
    });
  }
  return problems;
}

/** Detector names and override keys that match no rule id or provider: almost always a typo worth telling. */
export function unknownDetectorNames(policy: EffectivePolicy, rules: readonly RuleIdentity[]): { field: string; name: string }[] {
  const ids = new Set(rules.map((rule) => rule.id));
  const names = new Set([...ids, ...rules.map((rule) => rule.provider)]);
  return [
    ...policy.detectors.disabled.filter((name) => !names.has(name)).map((name) => ({ field: 'detectors.disabled', name })),
    ...policy.detectors.enabled.filter((name) => !names.has(name)).map((name) => ({ field: 'detectors.enabled', name })),
    ...Object.keys(policy.severityOverrides).filter((id) => !ids.has(id)).map((name) => ({ field: 'severityOverrides', name })),
  ];
}

/**
 * The minimum severity a scan uses when the user also asked for one (a CLI flag, a setting): the
 * request wins unless it is looser than a managed policy's minimum, which it can never loosen.
 */
export function minSeverityWithRequest(resolved: ResolvedPolicy, requested: Severity | undefined): { minSeverity: Severity; overruledBy?: ProvenanceEntry } {
  if (requested === undefined) return { minSeverity: resolved.policy.minSeverity };
  const limit = resolved.limits.minSeverity;
  if (limit && severityRank(requested) > severityRank(limit.value)) return { minSeverity: limit.value, overruledBy: limit };
  return { minSeverity: requested };
}

const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether a path (relative to the workspace root) is allowlisted; compiled once per policy. */
export function isAllowlistedPath(policy: EffectivePolicy, relativePath: string): boolean {
  const globs = policy.allowlist.paths;
  let matches = matchers.get(globs);
  if (!matches) matchers.set(globs, (matches = pathMatcher(globs)));
  return matches(relativePath);
}

export interface OAuthRequestFacts {
  provider: string;
  clientId?: string;
  scopes: { scope: string; risk: ScopeRisk }[];
  /** The request's overall risk (at least its riskiest scope's). */
  risk: ScopeRisk;
}

export interface OAuthVerdict {
  action: 'allow' | 'warn' | 'block';
  /** One line per violation, naming the rule (`*` or the provider). */
  reasons: string[];
  /** The rules the request violated. */
  rules: OAuthRuleKey[];
  /** Where the deciding action came from, when provenance was given. */
  source?: ProvenanceEntry;
}

/**
 * Checks a request against the `*` rule and its provider's rule; both apply, so a provider rule can
 * add restrictions but never relax the `*` rule. The strictest action among violated rules decides.
 */
export function oauthVerdict(policy: EffectivePolicy, request: OAuthRequestFacts, provenance?: Provenance): OAuthVerdict {
  const verdict: OAuthVerdict = { action: 'allow', reasons: [], rules: [] };
  const keys = (['*', request.provider] as OAuthRuleKey[]).filter((key, i, all) => all.indexOf(key) === i);
  for (const key of keys) {
    const rule = policy.oauth.rules[key];
    if (!rule) continue;
    const reasons: string[] = [];
    const blocked = new Set(rule.blockedScopes);
    for (const { scope } of request.scopes) if (blocked.has(scope)) reasons.push(`scope ${scope} is blocked`);
    if (rule.maxRisk) {
      const limit = riskRank(rule.maxRisk);
      const risky = request.scopes.filter((s) => riskRank(s.risk) > limit);
      for (const s of risky) reasons.push(`scope ${s.scope} is ${s.risk} risk, above the maximum ${rule.maxRisk}`);
      if (!risky.length && riskRank(request.risk) > limit) reasons.push(`the request is ${request.risk} risk, above the maximum ${rule.maxRisk}`);
    }
    if (rule.allowedClientIds && !(request.clientId && rule.allowedClientIds.includes(request.clientId))) {
      reasons.push(request.clientId ? `client ${request.clientId} is not an allowed client` : 'the request names no client id and only allowed clients may be authorised');
    }
    if (!reasons.length) continue;
    verdict.rules.push(key);
    verdict.reasons.push(...reasons.map((reason) => `${key === '*' ? 'all providers' : key}: ${reason}`));
    if (verdict.action !== 'block') {
      verdict.action = rule.action;
      const source = provenance?.[`oauth.rules.${key}.action`];
      if (source) verdict.source = source;
    }
  }
  return verdict;
}
