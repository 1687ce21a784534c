/** How a risk looks everywhere (banner chips, popup, badge): one table so the colours agree. */
import type { ScopeRisk } from '../core-api.js';

export const RISK_LABEL: Record<ScopeRisk, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** Badge text (at most 4 characters fit) and background colour; white text passes WCAG AA on each. */
export const RISK_BADGE: Record<ScopeRisk, { text: string; color: string }> = {
  critical: { text: 'CRIT', color: '#a4000f' },
  high: { text: 'HIGH', color: '#b3420e' },
  medium: { text: 'MED', color: '#7a5a00' },
  low: { text: 'LOW', color: '#1e6b34' },
};

export const BLOCKED_BADGE = { text: 'BLK', color: '#a4000f' };

/** Risk order without loading the scope catalogs (the content script and pages stay small). */
const RANK: Record<ScopeRisk, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function riskRank(risk: ScopeRisk): number {
  return RANK[risk];
}

export function worstOf(risks: Iterable<ScopeRisk>): ScopeRisk {
  let worst: ScopeRisk = 'low';
  for (const risk of risks) if (RANK[risk] > RANK[worst]) worst = risk;
  return worst;
}
