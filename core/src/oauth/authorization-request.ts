/**
 * Reads an OAuth 2.0 / OpenID Connect authorization URL (the consent screen's address) and says what the
 * grant would allow: every scope rated, whether it outlives the session, and how the flow itself is weak.
 * Flow facts: RFC 6749 §4.1–4.2 (code vs implicit), RFC 7636 (PKCE), OpenID Connect Core §3.1.2.1 (`prompt`).
 */
import { catalogFor, scopeRiskRank, worstRisk } from './catalog.js';
import { matchAuthorizationEndpoint, providerDisplayName, type EndpointKind } from './endpoints.js';
import { explicitLongLivedSignals, flowFindings, responseTypes, shopifyOnlineToken, type FlowFinding } from './flows.js';
import { assessRequestedScope, isRefreshScope, raiseRisk, scopesOfParameter } from './scope-list.js';
import type { OAuthProviderId, ScopeAssessment, ScopeRisk } from './types.js';

/** A requested scope as rated, plus which token it is for when the provider issues several (Slack). */
export interface RequestedScope extends ScopeAssessment {
  /** Slack `user_scope`: granted to a user token that acts as the installing person, not the bot. */
  userToken?: boolean;
}

export interface AuthorizationRequest {
  provider: OAuthProviderId;
  providerName: string;
  host: string;
  kind: EndpointKind;
  clientId?: string;
  redirectUri?: string;
  responseType?: string;
  /** Deduplicated, in request order. */
  scopes: RequestedScope[];
  /** Why the grant outlives the session (`access_type=offline`, `offline_access scope`, ...). */
  longLivedSignals: string[];
  /** What the flow itself says (admin consent, bot permissions, implicit grant, no PKCE, ...), most serious first. */
  flows: FlowFinding[];
  /** The flows' sentences, in the same order (what the banner and the history show). */
  flowRisks: string[];
  /** Facts the user should know that are not risks (App installation pages, ignored parameters). */
  notes: string[];
  /** See `overallRisk`. */
  risk: ScopeRisk;
  /** Recognised by its OAuth parameters rather than by a known authorization endpoint. */
  generic: boolean;
}

/** Longer than any real authorization URL; bounds the work on hostile input (a page can hand us anything). */
const MAX_URL_LENGTH = 32_768;

/**
 * Scopes that only GitLab defines, so an `/oauth/authorize` request on an unknown host that asks for one
 * is a self-managed GitLab. https://docs.gitlab.com/security/tokens/access_token_scopes/
 */
const GITLAB_ONLY_SCOPES = new Set(['read_api', 'read_repository', 'write_repository', 'read_registry', 'write_registry', 'sudo', 'admin_mode', 'ai_features', 'create_runner', 'manage_runner', 'k8s_proxy']);

/**
 * GitHub App client ids start `Iv` (`Iv1.…`, `Iv23li…`); OAuth app ids are hex or `Ov23li…`. An App's user
 * token gets the App's permissions, not the `scope` parameter: https://www.npmjs.com/package/@octokit/oauth-authorization-url
 */
const GITHUB_APP_CLIENT_ID = /^Iv\d/;

function firstParam(params: URLSearchParams, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function looksLikeOAuthRequest(params: URLSearchParams): boolean {
  return params.has('client_id') && params.has('response_type') && params.has('redirect_uri');
}

interface Identity {
  provider: OAuthProviderId;
  name: string;
  kind: EndpointKind;
  generic: boolean;
  selfManaged?: boolean;
  clientIdParam?: string;
}

/** Which provider a URL belongs to, or undefined when it is not an authorization request at all. */
function identify(url: URL): Identity | undefined {
  const endpoint = matchAuthorizationEndpoint(url);
  if (endpoint?.pathMatched) {
    const identity: Identity = { provider: endpoint.provider, name: endpoint.name, kind: endpoint.kind, generic: false };
    if (endpoint.clientIdParam) identity.clientIdParam = endpoint.clientIdParam;
    return identity;
  }
  const params = url.searchParams;
  if (endpoint) {
    // The provider's own host but another page (an intermediate consent step): attribute it if it is OAuth-shaped.
    return looksLikeOAuthRequest(params) ? { provider: endpoint.provider, name: endpoint.name, kind: 'oauth', generic: true } : undefined;
  }
  if (/^\/oauth\/authorize\/?$/.test(url.pathname) && params.has('client_id')) {
    const scopes = scopesOfParameter(params.get('scope') ?? '');
    if (url.hostname.includes('gitlab') || scopes.some((s) => GITLAB_ONLY_SCOPES.has(s))) {
      return { provider: 'gitlab', name: 'GitLab (self-managed)', kind: 'oauth', generic: false, selfManaged: true };
    }
  }
  if (looksLikeOAuthRequest(params)) return { provider: 'oidc', name: providerDisplayName('oidc'), kind: 'oauth', generic: true };
  return undefined;
}

function requestedScopes(provider: OAuthProviderId, params: URLSearchParams): RequestedScope[] {
  const seen = new Set<string>();
  const scopes: RequestedScope[] = [];
  const add = (scope: string, userToken: boolean) => {
    const key = `${userToken ? 'user' : 'app'}\u0000${scope}`;
    if (seen.has(key)) return;
    seen.add(key);
    const assessment: RequestedScope = assessRequestedScope(provider, scope);
    if (userToken) assessment.userToken = true;
    scopes.push(assessment);
  };
  // `scope` may be repeated by sloppy URL builders; each occurrence is a list.
  for (const value of params.getAll('scope')) for (const scope of scopesOfParameter(value)) add(scope, false);
  if (provider === 'slack') for (const value of params.getAll('user_scope')) for (const scope of scopesOfParameter(value)) add(scope, true);
  return scopes;
}

/**
 * The request's overall risk, by one documented rule:
 * 1. start from the worst scope (low when there are none);
 * 2. when the request explicitly asks for standing access (`access_type=offline`, an `offline_access` or
 *    `refresh_token` scope, `token_access_type=offline`) and the scopes that grant access (not the
 *    refresh-token markers themselves) are medium or worse, raise that by one step: standing write
 *    access is worse than write access while the user is present. A provider's default token lifetime
 *    (GitHub, Slack) is reported but not scored, or every grant there would score the same step higher;
 * 3. an implicit grant (`response_type` containing `token`) is at least medium whatever it asks for;
 * 4. every flow finding counts at its own risk (admin consent is critical whatever the scopes), and one
 *    that stands for access the URL does not show (an unscoped request to a provider whose scopes live in
 *    its app console) counts as access in step 2: Dropbox with `token_access_type=offline` and no
 *    `scope` is high, not low.
 */
export function overallRisk(scopes: readonly RequestedScope[], explicitLongLived: boolean, implicit: boolean, flows: readonly FlowFinding[] = []): ScopeRisk {
  let risk = worstRisk([...scopes.map((s) => s.risk), ...flows.map((f) => f.risk)]);
  const accessRisks = scopes.filter((s) => !s.longLived && !isRefreshScope(s.scope)).map((s) => s.risk);
  const access = worstRisk([...accessRisks, ...flows.filter((f) => f.access).map((f) => f.risk)]);
  if (explicitLongLived && scopeRiskRank(access) >= scopeRiskRank('medium')) risk = worstRisk([risk, raiseRisk(access)]);
  if (implicit) risk = worstRisk([risk, 'medium']);
  return risk;
}

/** Parses an authorization URL; undefined when it is not one. Never throws, whatever the input. */
export function parseAuthorizationRequest(url: string): AuthorizationRequest | undefined {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const identity = identify(parsed);
  if (!identity) return undefined;
  const params = parsed.searchParams;
  const { provider, kind } = identity;
  const clientId = firstParam(params, 'client_id', ...(identity.clientIdParam ? [identity.clientIdParam] : []));
  const notes: string[] = [];
  const githubApp = kind === 'github-app-installation' || (provider === 'github' && !!clientId && GITHUB_APP_CLIENT_ID.test(clientId));
  let scopes: RequestedScope[] = [];
  if (kind === 'github-app-installation') {
    const slug = parsed.pathname.split('/')[2];
    notes.push(`GitHub App "${slug}" installation: the permissions it requests are listed on the page, not in the URL`);
  } else if (githubApp) {
    notes.push('GitHub App user authorization: any scope parameter is ignored; the token gets the App\'s permissions, limited to what you can access');
  } else {
    scopes = requestedScopes(provider, params);
  }
  if (identity.selfManaged) notes.push(`self-managed GitLab at ${parsed.host}`);
  const oktaServer = provider === 'okta' ? /^\/oauth2\/([^/]+)\/v1\//.exec(parsed.pathname)?.[1] : undefined;
  if (oktaServer) notes.push(`Okta custom authorization server "${oktaServer}": its custom scopes are defined by your org, not by Okta`);

  const responseType = firstParam(params, 'response_type');
  const catalog = catalogFor(provider);
  const explicit = explicitLongLivedSignals(provider, params, scopes, isRefreshScope);
  const inherent = githubApp || (provider === 'shopify' && shopifyOnlineToken(params)) ? undefined : catalog?.longLivedByDefault;
  const flows =
    kind === 'oauth' && !githubApp
      ? flowFindings({ provider, path: parsed.pathname, params, scopes, ...(catalog?.unscoped ? { unscoped: catalog.unscoped } : {}) })
      : [];
  const implicit = responseTypes(responseType).includes('token');

  const request: AuthorizationRequest = {
    provider,
    providerName: identity.name,
    host: parsed.host,
    kind,
    scopes,
    longLivedSignals: inherent ? [...explicit, inherent] : explicit,
    flows,
    flowRisks: flows.map((f) => f.message),
    notes,
    risk: overallRisk(scopes, explicit.length > 0, implicit, flows),
    generic: identity.generic,
  };
  if (clientId) request.clientId = clientId;
  const redirectUri = firstParam(params, 'redirect_uri');
  if (redirectUri) request.redirectUri = redirectUri;
  if (responseType) request.responseType = responseType;
  return request;
}

/**
 * The DESIGN contract for `secret-hygiene oauth URL --format json`:
 * `{"provider","clientId","scopes":[{"scope","risk","reason","narrower"?}],"risk"}`, then extra fields.
 */
export function authorizationRequestJson(request: AuthorizationRequest): Record<string, unknown> {
  return {
    provider: request.provider,
    clientId: request.clientId ?? null,
    scopes: request.scopes.map((s) => ({
      scope: s.scope,
      risk: s.risk,
      reason: s.reason,
      ...(s.narrower ? { narrower: s.narrower } : {}),
      known: s.known,
      ...(s.longLived ? { longLived: true } : {}),
      ...(s.userToken ? { userToken: true } : {}),
    })),
    risk: request.risk,
    providerName: request.providerName,
    redirectUri: request.redirectUri ?? null,
    responseType: request.responseType ?? null,
    longLivedSignals: request.longLivedSignals,
    flows: request.flows.map((f) => ({ id: f.id, risk: f.risk, message: f.message })),
    flowRisks: request.flowRisks,
    notes: request.notes,
    generic: request.generic,
  };
}

export function formatAuthorizationRequestJson(request: AuthorizationRequest): string {
  return `${JSON.stringify(authorizationRequestJson(request), null, 2)}\n`;
}
