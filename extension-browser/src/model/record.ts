/**
 * One authorization request as the extension keeps it: what the request asked for, what the policy
 * said, and where it was seen. Plain, serialisable data (storage, messages, export). Never the full
 * URL: `state`, `nonce` and `code_challenge` are no business of a history, so only host and path are kept.
 */
import type { AuthorizationRequest, OAuthVerdict, ProvenanceEntry, RequestedScope, ScopeRisk } from '../core-api.js';

/** Who decided a verdict, as shown to the user ("managed policy", "your rules", "default policy"). */
export interface VerdictSource {
  source: ProvenanceEntry['source'];
  origin: string;
}

export interface RecordVerdict {
  action: OAuthVerdict['action'];
  reasons: string[];
  source?: VerdictSource;
}

/** One finding about the flow itself (admin consent, bot permissions, no PKCE…), as core rates it. */
export interface RecordFlow {
  id: string;
  risk: ScopeRisk;
  message: string;
}

export interface AuthorizationRecord {
  id: string;
  /** ISO time the request was first seen. */
  time: string;
  provider: AuthorizationRequest['provider'];
  providerName: string;
  host: string;
  path: string;
  kind: AuthorizationRequest['kind'];
  clientId?: string;
  /** The app's name as the consent page shows it (untrusted page text, display only). */
  appName?: string;
  /** Only the origin of the redirect URI: where the grant goes, without its query. */
  redirectOrigin?: string;
  scopes: RequestedScope[];
  longLivedSignals: string[];
  /** The flow findings with their risk. Absent on records kept before they were stored (then only `flowRisks`). */
  flows?: RecordFlow[];
  /** The flows' sentences, in the same order (export, and records kept before `flows`). */
  flowRisks: string[];
  notes: string[];
  risk: ScopeRisk;
  generic: boolean;
  verdict: RecordVerdict;
}

export function verdictOf(verdict: OAuthVerdict): RecordVerdict {
  const out: RecordVerdict = { action: verdict.action, reasons: verdict.reasons };
  if (verdict.source) out.source = { source: verdict.source.source, origin: verdict.source.origin };
  return out;
}

function originOf(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  try {
    const url = new URL(uri);
    return url.origin === 'null' ? `${url.protocol}` : url.origin;
  } catch {
    return undefined;
  }
}

export function createRecord(request: AuthorizationRequest, url: URL, verdict: OAuthVerdict, now: Date, id: string): AuthorizationRecord {
  const record: AuthorizationRecord = {
    id,
    time: now.toISOString(),
    provider: request.provider,
    providerName: request.providerName,
    host: request.host,
    path: url.pathname,
    kind: request.kind,
    scopes: request.scopes,
    longLivedSignals: request.longLivedSignals,
    flows: request.flows.map((f) => ({ id: f.id, risk: f.risk, message: f.message })),
    flowRisks: request.flowRisks,
    notes: request.notes,
    risk: request.risk,
    generic: request.generic,
    verdict: verdictOf(verdict),
  };
  if (request.clientId) record.clientId = request.clientId;
  const redirectOrigin = originOf(request.redirectUri);
  if (redirectOrigin) record.redirectOrigin = redirectOrigin;
  return record;
}

/**
 * Two sightings are one request when the same app asks the same provider for the same scopes within
 * a short while (Google's account chooser repeats the query; a reload repeats the whole URL).
 */
export function sameRequest(a: AuthorizationRecord, b: AuthorizationRecord, withinMs = 120_000): boolean {
  if (a.provider !== b.provider || a.clientId !== b.clientId || a.kind !== b.kind) return false;
  if (Math.abs(Date.parse(a.time) - Date.parse(b.time)) > withinMs) return false;
  const scopes = (r: AuthorizationRecord) => r.scopes.map((s) => `${s.userToken ? 'u:' : ''}${s.scope}`).join(' ');
  return scopes(a) === scopes(b) && a.path === b.path;
}

/** A new record id: time-ordered and unique enough for one browser profile. */
export function newRecordId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}
