/**
 * The grant as the consent page stands: the requested scopes minus the ones the user unticked, plus
 * what the page lists beyond the request (rated by the catalog through the service worker).
 */
import type { RequestedScope, ScopeAssessment, ScopeRisk } from '../core-api.js';
import { worstOf } from '../model/risk-style.js';
import type { ConsentPageComparison } from './compare.js';
import type { ConsentPageShape } from './shape.js';

export interface RatedPagePermission {
  wording: string;
  scopes: readonly string[];
  /** The worst rating of its scopes. */
  risk: ScopeRisk;
  /** Every scope was rated (the service worker answered). */
  rated: boolean;
  assessments: ScopeAssessment[];
}

export interface ConsentPageReport {
  comparison: ConsentPageComparison;
  extra: RatedPagePermission[];
  revealed: RatedPagePermission[];
  unticked: RatedPagePermission[];
  /** The worst risk of what would be granted as the page stands. */
  effectiveRisk: ScopeRisk;
}

function rate(wording: string, scopes: readonly string[], ratings: ReadonlyMap<string, ScopeAssessment>): RatedPagePermission {
  const assessments = scopes.map((s) => ratings.get(s)).filter((a): a is ScopeAssessment => !!a);
  return { wording, scopes, risk: worstOf(assessments.map((a) => a.risk)), rated: assessments.length === scopes.length, assessments };
}

export function reportConsentPage(
  shape: ConsentPageShape,
  comparison: ConsentPageComparison,
  requested: readonly RequestedScope[],
  ratings: ReadonlyMap<string, ScopeAssessment>,
): ConsentPageReport {
  const untickedScopes = new Set(comparison.unticked.flatMap((p) => p.scopes.map((s) => shape.canonical(s))));
  const kept = requested.filter((s) => !untickedScopes.has(shape.canonical(s.scope)));
  const extra = comparison.extra.map((p) => rate(p.wording, p.scopes, ratings));
  const revealed = comparison.revealed.map((p) => rate(p.wording, p.scopes, ratings));
  const requestedRatings = new Map(requested.map((s) => [shape.canonical(s.scope), s] as const));
  const unticked = comparison.unticked.map((p) => {
    const assessments = p.scopes.map((s) => requestedRatings.get(shape.canonical(s))).filter((a): a is RequestedScope => !!a);
    return { wording: p.wording, scopes: p.scopes, risk: worstOf(assessments.map((a) => a.risk)), rated: assessments.length > 0, assessments };
  });
  const effectiveRisk = worstOf([...kept.map((s) => s.risk), ...extra.map((p) => p.risk), ...revealed.map((p) => p.risk)]);
  return { comparison, extra, revealed, unticked, effectiveRisk };
}

/** The scopes the service worker is asked to rate: only what the page lists beyond the request. */
export function scopesToRate(comparison: ConsentPageComparison): string[] {
  return [...new Set([...comparison.extra, ...comparison.revealed].flatMap((p) => p.scopes))].slice(0, 32);
}
