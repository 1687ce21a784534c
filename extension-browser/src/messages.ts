/**
 * Every message between the extension's parts, by name, with its payload and answer. The service worker
 * dispatches them through one map of handlers (background/handlers.ts); a handler's failure comes back as
 * a named error in the answer, so one bad message never takes down the worker.
 */
import type { ExtensionOptions } from './model/options.js';
import type { AuthorizationRecord } from './model/record.js';
import type { GitHubAuditReport } from './github/audit.js';
import type { OAuthProviderId, PolicyIssue, PolicyProblem, ScopeAssessment, ScopeRisk } from './core-api.js';
import type { GrantsAuditReport, GrantsProvider } from './grants/report.js';

/** What the content script needs to draw the banner for its tab. */
export interface BannerView {
  record: AuthorizationRecord;
  bannerMinRisk: ScopeRisk;
}

export interface PolicyStateView {
  /** A managed policy is present (its values are locked on the options page). */
  managed: boolean;
  managedDocument: unknown;
  managedOrigin: string;
  userDocument: unknown;
  problems: (PolicyProblem & { text: string })[];
  /** The effective OAuth rules and where each value came from. */
  effective: { rules: unknown; audit: unknown; provenance: Record<string, { source: string; origin: string }> };
}

export interface Messages {
  'tab-request': { payload: Record<string, never>; answer: BannerView | null };
  'app-name': { payload: { name: string }; answer: null };
  'recent-requests': { payload: { limit: number }; answer: AuthorizationRecord[] };
  history: { payload: Record<string, never>; answer: AuthorizationRecord[] };
  'history-clear': { payload: Record<string, never>; answer: null };
  record: { payload: { id: string }; answer: AuthorizationRecord | null };
  'policy-state': { payload: Record<string, never>; answer: PolicyStateView };
  'options-get': { payload: Record<string, never>; answer: { options: ExtensionOptions; corrected: string[]; genericPermission: boolean } };
  'options-set': { payload: Partial<Omit<ExtensionOptions, 'version' | 'userPolicy'>>; answer: ExtensionOptions };
  'user-policy-set': { payload: { text: string }; answer: { ok: boolean; issues: PolicyIssue[] } };
  'github-token-set': { payload: { token: string; remember: boolean }; answer: null };
  'github-token-status': { payload: Record<string, never>; answer: { present: boolean; remembered: boolean; redacted?: string } };
  'github-token-clear': { payload: Record<string, never>; answer: null };
  'github-audit': { payload: Record<string, never>; answer: GitHubAuditReport };
  /** Catalog ratings for scope names a consent page lists beyond the request (names only, never page text). */
  'rate-scopes': { payload: { provider: OAuthProviderId; scopes: string[] }; answer: ScopeAssessment[] };
  /** The connector audit beyond GitHub: the pasted token is used for this audit only and never stored. */
  'grants-audit': { payload: { provider: GrantsProvider; token: string }; answer: GrantsAuditReport };
}

export type MessageType = keyof Messages;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Messages[K]['payload'];
}

export type Answer<K extends MessageType> = { ok: true; value: Messages[K]['answer'] } | { ok: false; error: { name: string; message: string } };

/** From the service worker to a tab's content script: the tab's request changed (policy, app name). */
export interface TabPush {
  type: 'request-updated';
  view: BannerView | null;
}

/** A handler in the service worker failed; `errorName` is its error's name. */
export class MessageError extends Error {
  override readonly name = 'MessageError' as const;
  constructor(
    readonly messageType: string,
    message: string,
    readonly errorName: string,
  ) {
    super(`${messageType}: ${message}`);
  }
}

export function isEnvelope(value: unknown): value is Envelope {
  return !!value && typeof value === 'object' && typeof (value as Envelope).type === 'string' && 'payload' in (value as object);
}
