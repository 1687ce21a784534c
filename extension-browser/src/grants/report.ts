/**
 * The connector audit beyond GitHub (Microsoft, Google, Slack, Atlassian): what a pasted token of the
 * user's own shows about the grants already given, each rated with core's catalog. One report shape for
 * every provider, so one page renders them all. Plain data: no token in it, only its redacted form.
 */
import type { ScopeAssessment, ScopeRisk } from '../core-api.js';

export const GRANTS_PROVIDERS = ['microsoft', 'google', 'slack', 'atlassian'] as const;
export type GrantsProvider = (typeof GRANTS_PROVIDERS)[number];

/**
 * The API host each audit calls. They are optional host permissions (manifest.ts): the audit page asks
 * for the chosen provider's origin when the user runs it, so adding an audit never disables the
 * extension on update until the user accepts a new warning.
 */
export const GRANTS_API_ORIGIN: Readonly<Record<GrantsProvider, string>> = {
  microsoft: 'https://graph.microsoft.com/*',
  google: 'https://oauth2.googleapis.com/*',
  slack: 'https://slack.com/*',
  atlassian: 'https://api.atlassian.com/*',
};
export const GRANTS_API_ORIGINS: readonly string[] = GRANTS_PROVIDERS.map((p) => GRANTS_API_ORIGIN[p]);

export type ApiErrorKind = 'unauthorized' | 'forbidden' | 'rate-limited' | 'not-found' | 'network' | 'server' | 'bad-answer' | 'other';

export interface ExplainedApiError {
  kind: ApiErrorKind;
  status?: number;
  /** One or two sentences for the report. */
  message: string;
  /** The provider's own error code or message, verbatim and length-capped (never contains the token). */
  providerMessage?: string;
}

/** One grant: an app (or site) and what it may do. */
export interface GrantAssessment {
  id: string;
  /** The app's (or site's) name as the provider reports it. */
  app: string;
  appId?: string;
  publisher?: string;
  /** Microsoft: whether the publisher is verified. */
  verifiedPublisher?: boolean;
  /** Who it acts for: `you`, or `everyone in the tenant` (admin consent). */
  audience?: string;
  /** The API it reaches (Microsoft Graph, a site URL). */
  resource?: string;
  scopes: ScopeAssessment[];
  risk: ScopeRisk;
  /** Why it is over-scoped, each with what to do instead. Empty = fine. */
  flags: string[];
}

export interface GrantsSection {
  id: string;
  title: string;
  grants?: GrantAssessment[];
  error?: ExplainedApiError;
}

export interface TokenAssessment {
  /** `Slack user token`, `Google access token`. */
  label: string;
  lifetime: 'long-lived' | 'short-lived' | 'unknown';
  expiresAt?: string;
  scopes: ScopeAssessment[];
  risk: ScopeRisk;
}

export interface GrantsAuditReport {
  provider: GrantsProvider;
  providerName: string;
  time: string;
  redactedToken: string;
  /** Who the token belongs to (an email, `grace on Acme workspace`). */
  identity?: string;
  token?: TokenAssessment;
  sections: GrantsSection[];
  /** What the provider's API cannot show, and where the user can see it instead. */
  cannotList: { text: string; link?: string }[];
  /** Fatal: the token was refused or the API unreachable; the sections are empty. */
  error?: ExplainedApiError;
  /** Worst risk anywhere in the report. */
  risk: ScopeRisk;
}

export interface GrantsAuditOptions {
  /** The API root; production uses the provider's host (tests point it at a loopback emulator). */
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}
