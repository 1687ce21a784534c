/**
 * Rating a grant's scopes with core's catalog, and the sentences that flag an over-scoped one (the same
 * shape as the GitHub audit's installation flags: what it is, its risk, why, and the narrower choice).
 */
import { scopeRiskRank, worstRisk, type ScopeAssessment, type ScopeRisk } from '../core-api.js';

export function flagScopes(scopes: readonly ScopeAssessment[]): string[] {
  return scopes
    .filter((s) => scopeRiskRank(s.risk) >= scopeRiskRank('high'))
    .map((s) => `${s.scope} (${s.risk}): ${s.reason.replace(/\.$/, '')}${s.narrower ? `; narrower: ${s.narrower}` : ''}`);
}

export function sortByRisk<T extends { risk: ScopeRisk }>(items: T[]): T[] {
  return items.sort((a, b) => scopeRiskRank(b.risk) - scopeRiskRank(a.risk));
}

/** One step worse (a grant for a whole tenant is worse than the same grant for one person). */
export function oneStepWorse(risk: ScopeRisk): ScopeRisk {
  return risk === 'low' ? 'medium' : risk === 'medium' ? 'high' : 'critical';
}

export function worstOfScopes(scopes: readonly ScopeAssessment[]): ScopeRisk {
  return worstRisk(scopes.map((s) => s.risk));
}

/** Space- or comma-separated scope lists, deduplicated, bounded. */
export function splitScopes(value: unknown, separator: RegExp = /[\s,]+/): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set(value.slice(0, 20_000).split(separator).map((s) => s.trim()).filter(Boolean))].slice(0, 500);
}
