/**
 * Policy reasons grouped: core's verdict gives one reason per scope ("slack: scope chat:write is medium
 * risk, above the maximum low", one line each), which repeats the same rule for every scope. Shown to a
 * person, the reasons of one rule become one sentence naming every scope it caught, the riskiest first.
 * The formats are core's (core/src/policy/evaluate.ts); a reason in any other shape is kept as it is.
 */
import type { ScopeRisk } from '../core-api.js';
import { riskRank } from './risk-style.js';

export interface ReasonGroup {
  /** `github`, `all providers`. */
  rule: string;
  kind: 'blocked' | 'above-maximum' | 'other';
  /** The scopes the rule caught, riskiest first (empty for `other`). */
  scopes: { scope: string; risk?: ScopeRisk }[];
  /** For `above-maximum`: the rule's maximum. */
  maximum?: ScopeRisk;
  /** One sentence. */
  text: string;
  /** The reasons it stands for, as core wrote them (one alone keeps its wording). */
  reasons: string[];
}

const BLOCKED = /^(.{1,80}?): scope (\S{1,400}) is blocked$/;
const ABOVE = /^(.{1,80}?): scope (\S{1,400}) is (critical|high|medium|low) risk, above the maximum (critical|high|medium|low)$/;

function list(scopes: ReasonGroup['scopes'], withRisk: boolean): string {
  return scopes.map((s) => (withRisk && s.risk ? `${s.scope} (${s.risk})` : s.scope)).join(', ');
}

export function groupReasons(reasons: readonly string[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  const order: ReasonGroup[] = [];
  for (const reason of reasons) {
    const blocked = reason.length <= 600 ? BLOCKED.exec(reason) : null;
    const above = !blocked && reason.length <= 600 ? ABOVE.exec(reason) : null;
    if (!blocked && !above) {
      order.push({ rule: reason.split(':')[0] ?? '', kind: 'other', scopes: [], text: reason, reasons: [reason] });
      continue;
    }
    const rule = (blocked ?? above)![1]!;
    const key = blocked ? `${rule}\u0000blocked` : `${rule}\u0000above\u0000${above![4]}`;
    let group = groups.get(key);
    if (!group) {
      group = blocked ? { rule, kind: 'blocked', scopes: [], text: '', reasons: [] } : { rule, kind: 'above-maximum', scopes: [], maximum: above![4] as ScopeRisk, text: '', reasons: [] };
      groups.set(key, group);
      order.push(group);
    }
    group.reasons.push(reason);
    group.scopes.push(blocked ? { scope: blocked[2]! } : { scope: above![2]!, risk: above![3] as ScopeRisk });
  }
  for (const group of groups.values()) {
    group.scopes.sort((a, b) => (b.risk ? riskRank(b.risk) : 0) - (a.risk ? riskRank(a.risk) : 0));
    const n = group.scopes.length;
    if (n === 1) {
      group.text = group.reasons[0]!;
      continue;
    }
    group.text =
      group.kind === 'blocked'
        ? `${group.rule}: ${n} scopes are blocked: ${list(group.scopes, false)}`
        : `${group.rule}: ${n} scopes are above the maximum ${group.maximum}: ${list(group.scopes, true)}`;
  }
  return order;
}

/** The grouped reasons as sentences. */
export function groupedReasonTexts(reasons: readonly string[]): string[] {
  return groupReasons(reasons).map((g) => g.text);
}
