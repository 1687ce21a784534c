/** Shapes shared by the scope catalog, the authorization-request parser and scope findings in code. */

export const SCOPE_RISKS = ['critical', 'high', 'medium', 'low'] as const;
export type ScopeRisk = (typeof SCOPE_RISKS)[number];

/**
 * Provider ids, in display order. `oidc` is the generic OAuth 2.0 / OpenID Connect provider on any host.
 * `catalog.ts` keys its catalogs by this list (a `Record`), so the compiler rejects an id without a
 * catalog and a catalog without an id: the list and the catalogs cannot disagree.
 */
export const OAUTH_PROVIDERS = [
  'google',
  'github',
  'microsoft',
  'slack',
  'atlassian',
  'salesforce',
  'dropbox',
  'gitlab',
  'okta',
  'zoom',
  'hubspot',
  'notion',
  'box',
  'linear',
  'bitbucket',
  'azure-devops',
  'discord',
  'shopify',
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'intuit',
  'xero',
  'asana',
  'trello',
  'airtable',
  'miro',
  'figma',
  'twitch',
  'spotify',
  'webflow',
  'calendly',
  'stripe',
  'square',
  'paypal',
  'mailchimp',
  'pipedrive',
  'zendesk',
  'freshdesk',
  'monday',
  'clickup',
  'smartsheet',
  'docusign',
  'adobe',
  'amazon',
  'apple',
  'yahoo',
  'reddit',
  'pinterest',
  'tiktok',
  'vimeo',
  'oidc',
] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];

/** One catalogued scope or permission, as its provider documents it. */
export interface ScopeEntry {
  /** The scope exactly as it appears in a request (`https://www.googleapis.com/auth/drive`, `repo`, `Mail.Read`). */
  scope: string;
  risk: ScopeRisk;
  /** One line: what it grants. */
  grants: string;
  /** The narrower alternative, where one exists (`drive.file`, fine-grained `contents:read` on named repos). */
  narrower?: string;
  /** The grant outlives the session (a refresh token / offline access). */
  longLived?: boolean;
}

/** A provider's catalog: one file per provider under `oauth/providers/`, facts cited from its docs. */
export interface ScopeCatalog {
  provider: OAuthProviderId;
  /** Display name ("Microsoft Graph"). */
  name: string;
  /** Provider documentation the entries come from. */
  sources: string[];
  scopes: ScopeEntry[];
  /**
   * Turns a scope as written in a request into the catalog's spelling, when the provider accepts
   * several (Google's short `drive` vs full URL, Graph's `https://graph.microsoft.com/Mail.Read`).
   */
  normalize?: (scope: string) => string;
  /**
   * What a request that names no scope gets, for providers where the URL need not say: the app's
   * permissions are set in the provider's developer console (Dropbox, Notion, Zoom, Miro), or the
   * provider has no scopes and a token can do what the user can (Mailchimp, ClickUp).
   */
  unscoped?: UnscopedRequest;
  /** Why this provider's grants outlive the session whatever the request says (GitHub OAuth app tokens never expire). */
  longLivedByDefault?: string;
}

/** A request without scopes is rated by what is visible, never `low` by default. */
export interface UnscopedRequest {
  /** One sentence: what decides the access instead of the URL. */
  why: string;
  risk: Exclude<ScopeRisk, 'low'>;
}

/** A scope rated for display: the catalog's entry, or a heuristic guess marked `known: false`. */
export interface ScopeAssessment {
  scope: string;
  risk: ScopeRisk;
  /** What it grants (catalog), or why the heuristic rated it so. */
  reason: string;
  narrower?: string;
  longLived?: boolean;
  known: boolean;
}
