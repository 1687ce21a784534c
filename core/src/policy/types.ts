/** Shapes of the resolved policy: plain data, so every surface can store, print or post it. */
import type { Severity } from '../engine/types.js';
import type { ScopeRisk } from '../oauth/types.js';
import type { OAuthAction, OAuthRuleKey, PolicyReferences } from './schema.js';
import type { Loosening } from './trust.js';
import type { EffectiveBrokerPolicy } from './broker.js';
import type { VerificationMode } from '../verify/mode.js';

/** Where a layer comes from, weakest first. `strict-default` replaces a managed layer that failed to load. */
export const POLICY_SOURCES = ['default', 'workspace', 'user', 'managed', 'strict-default'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

/** One policy document as a surface found it: raw JSON text, an already-parsed value, or why it could not be read. */
export interface PolicyLayer {
  source: 'workspace' | 'user' | 'managed';
  /** File path or channel ("chrome storage.managed"), shown in every message about this layer. */
  origin: string;
  text?: string;
  document?: unknown;
  /** The layer exists but could not be read (EACCES…). A managed layer then fails closed. */
  unreadable?: string;
}

export interface EffectiveOAuthRule {
  blockedScopes: string[];
  maxRisk?: ScopeRisk;
  /** Only these clients may be authorised; absent = any client. */
  allowedClientIds?: string[];
  action: OAuthAction;
}

export interface EffectiveSeverityOverride {
  severity: Severity;
  /**
   * Set by a layer below a managed policy: it may only raise a rule's severity, never lower it, so
   * the evaluator compares it with the rule's own severity.
   */
  raiseOnly: boolean;
}

export interface EffectivePolicy {
  minSeverity: Severity;
  /** Rule ids or provider names. A name in `enabled` wins over one in `disabled` (an id over its provider too). */
  detectors: { disabled: string[]; enabled: string[]; locked: boolean };
  severityOverrides: Record<string, EffectiveSeverityOverride>;
  allowlist: { paths: string[]; fingerprints: string[]; locked: boolean };
  oauth: { rules: Partial<Record<OAuthRuleKey, EffectiveOAuthRule>> };
  references: Required<PolicyReferences>;
  audit: { endpoint?: string };
  /** Agent hooks (`secret-hygiene hook`): what they deny and whether they must be installed. */
  guardrails: { enforce: boolean; threshold: Severity; failClosed: boolean };
  /** What `secret-hygiene run` may resolve. */
  broker: EffectiveBrokerPolicy;
  /** Whether found credentials may be checked with (or revoked at) their provider: off, on-demand, allowed. */
  verification: VerificationMode;
}

/** Where one effective value came from. */
export interface ProvenanceEntry {
  source: PolicySource;
  origin: string;
  value: string | number | boolean | string[];
}

/**
 * Keyed by field: `minSeverity`, `oauth.rules.google.maxRisk`, `severityOverrides.<rule-id>`; list
 * members in brackets: `allowlist.paths[docs/**]`, `detectors.disabled[aws]`.
 */
export type Provenance = Record<string, ProvenanceEntry>;

export interface PolicyProblem {
  /** `error`: a layer (or part of it) was not applied; `notice`: a value was overridden by a managed one. */
  level: 'error' | 'notice';
  source: PolicySource;
  origin: string;
  field?: string;
  message: string;
}

export interface ResolvedPolicy {
  policy: EffectivePolicy;
  provenance: Provenance;
  problems: PolicyProblem[];
  /** Bounds set by managed layers that adapters must respect too (a CLI flag may not loosen them). */
  limits: { minSeverity?: ProvenanceEntry & { value: Severity } };
  /** Whether the workspace file (the repository) was allowed to loosen the policy, and who decided. */
  trust: RepositoryTrust;
  /** Every loosening the repository applied, naming the file (empty when it may not loosen). */
  loosened: Loosening[];
}

export interface RepositoryTrust {
  mayLoosen: boolean;
  /** `default`, `--no-trust-repository` (or the adapter's own reason), `managed policy /etc/…`. */
  decidedBy: string;
}
