/**
 * Lists of records as the popup and the history page show them: filtered by provider, sorted by risk
 * (worst first; the newest first among equals) or by time. Pure, so both pages agree and tests can check.
 */
import type { AuthorizationRecord } from './record.js';
import { riskRank } from './risk-style.js';

export type RecordOrder = 'risk' | 'time';

export function byProvider(records: readonly AuthorizationRecord[], provider: string): AuthorizationRecord[] {
  return provider ? records.filter((r) => r.provider === provider) : [...records];
}

/** Blocked before warned before allowed at the same risk: what policy stopped matters most. */
const VERDICT_RANK = { block: 2, warn: 1, allow: 0 } as const;

export function sortRecords(records: readonly AuthorizationRecord[], order: RecordOrder): AuthorizationRecord[] {
  const newest = (a: AuthorizationRecord, b: AuthorizationRecord) => b.time.localeCompare(a.time);
  if (order === 'time') return [...records].sort(newest);
  return [...records].sort((a, b) => riskRank(b.risk) - riskRank(a.risk) || VERDICT_RANK[b.verdict.action] - VERDICT_RANK[a.verdict.action] || newest(a, b));
}

/** The providers present, by display name, for a filter menu. */
export function providersOf(records: readonly AuthorizationRecord[]): { id: string; name: string; count: number }[] {
  const seen = new Map<string, { id: string; name: string; count: number }>();
  for (const r of records) {
    const entry = seen.get(r.provider) ?? { id: r.provider, name: r.providerName, count: 0 };
    entry.count++;
    seen.set(r.provider, entry);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The popup's list: the provider's most recent requests, then the worst first. */
export function popupRecords(records: readonly AuthorizationRecord[], provider: string, limit: number): AuthorizationRecord[] {
  return sortRecords(sortRecords(byProvider(records, provider), 'time').slice(0, limit), 'risk');
}
