/** History export: JSON (the records as kept) and CSV (one row per request, RFC 4180). */
import type { AuthorizationRecord } from './record.js';

export const EXPORT_FORMAT_VERSION = 1;

export function historyToJson(records: readonly AuthorizationRecord[], now: Date): string {
  return `${JSON.stringify({ version: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), records }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'time',
  'provider',
  'host',
  'path',
  'client_id',
  'app_name',
  'risk',
  'verdict',
  'policy_source',
  'scopes',
  'long_lived',
  'flow_risks',
  'reasons',
] as const;

/**
 * A cell as spreadsheet software will read it: quoted when needed, and never a formula. App names
 * come from web pages, so a leading `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function historyToCsv(records: readonly AuthorizationRecord[]): string {
  const rows = records.map((r) => [
    r.time,
    r.provider,
    r.host,
    r.path,
    r.clientId ?? '',
    r.appName ?? '',
    r.risk,
    r.verdict.action,
    r.verdict.source ? `${r.verdict.source.source}: ${r.verdict.source.origin}` : '',
    r.scopes.map((s) => `${s.scope} (${s.risk})`).join('; '),
    r.longLivedSignals.join('; '),
    r.flowRisks.join('; '),
    r.verdict.reasons.join('; '),
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
