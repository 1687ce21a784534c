/**
 * Where each provider's authorization (consent) endpoint lives: host patterns and path shapes.
 * The browser extension asks for host permissions from `authorizationHosts`; the parser in
 * `authorization-request.ts` uses `matchAuthorizationEndpoint` to name the provider.
 *
 * Sources (where each host and path is documented or shown):
 * - Google: https://developers.google.com/accounts/docs/OAuth (web-server flow), v1 `/o/oauth2/auth` vs v2 `/o/oauth2/v2/auth`:
 *   https://github.com/golang/oauth2/issues/789
 * - GitHub: https://docs.github.com/enterprise/2.1/developer/v3/oauth (GET https://github.com/login/oauth/authorize); App
 *   installation URL `/apps/<app name>/installations/new`: https://docs.github.com/en/enterprise-server@3.0/apps/installing-github-apps;
 *   GitHub Apps ignore `scope`: https://www.npmjs.com/package/@octokit/oauth-authorization-url
 * - Microsoft: https://learn.microsoft.com/ar-sa/azure/active-directory/develop/active-directory-v2-protocols-oauth-code
 *   (`/{tenant}/oauth2/v2.0/authorize`), v1 `/{tenant}/oauth2/authorize`:
 *   https://learn.microsoft.com/es-es/azure/active-directory/azuread-dev/v1-protocols-oauth-code; consumer accounts
 *   login.live.com/oauth20_authorize.srf: https://pkg.go.dev/github.com/cking/pixiv_oauth2/microsoft
 * - Slack: https://docs.slack.dev/authentication/installing-with-oauth (/oauth/v2/authorize), legacy /oauth/authorize:
 *   https://api.slack.com/docs/oauth, Sign in with Slack /openid/connect/authorize: https://api.slack.com/docs/sign-in-with-slack
 * - Atlassian: https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo (auth.atlassian.com/authorize)
 * - Salesforce: https://logto.io/oauth-providers-explorer/salesforce (login.salesforce.com/services/oauth2/authorize); My Domain
 *   login hosts (MyDomainName.my.salesforce.com): https://developer.salesforce.com/docs/atlas.en-us.242.0.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_web_flow.htm
 * - Dropbox: https://github.com/Shopify/react-native-app-auth/blob/main/docs/config-examples/dropbox.md (www.dropbox.com/oauth2/authorize)
 * - GitLab: https://docs.gitlab.com/api/oauth2 (`/oauth/authorize` on gitlab.com and every self-managed host)
 * - Okta: https://developer.okta.com/docs/concepts/auth-servers (org server `/oauth2/v1/authorize`, custom `/oauth2/{authServerId}/v1/authorize`)
 * - Zoom: https://raw.githubusercontent.com/anthropics/knowledge-work-plugins/main/partner-built/zoom-plugin/skills/oauth/RUNBOOK.md
 *   (authorize URL https://zoom.us/oauth/authorize)
 * - HubSpot: https://developers.hubspot.com/docs/apps/legacy-apps/authentication/working-with-oauth.md (app.hubspot.com/oauth/authorize,
 *   or with the account id between `/oauth/` and `/authorize`); `app-eu1.hubspot.com` is HubSpot's EU app host (not verified here)
 * - Notion: https://developers.notion.com/reference/authorization (api.notion.com/v1/oauth/authorize)
 * - Box: https://developer.box.com/reference/get-authorize/ (account.box.com/api/oauth2/authorize; ent.box.com for Box Verified
 *   Enterprise: https://developer.box.com/guides/authentication/oauth2/without-sdk/)
 * - Linear: https://linear.app/developers/oauth-2-0-authentication (linear.app/oauth/authorize)
 * - Bitbucket Cloud: https://docs.rs/crate/oauth2-bitbucket/latest/source/src/lib.rs (bitbucket.org/site/oauth2/authorize)
 * - Azure DevOps: https://www.visualstudio.com/en-us/docs/integrate/get-started/auth/oauth (app.vssps.visualstudio.com/oauth2/authorize,
 *   response_type=Assertion)
 */
import type { OAuthProviderId } from './types.js';

/** What kind of page the endpoint is: an OAuth consent request, or GitHub's App installation page (no scopes in its URL). */
export type EndpointKind = 'oauth' | 'github-app-installation';

export interface AuthorizationEndpoint {
  provider: OAuthProviderId;
  /** Display name of the authorization server. */
  name: string;
  /** Exact hosts, or `*.example.com` for any subdomain (never the bare domain). Lowercase. */
  hosts: readonly string[];
  /** Paths (anchored) that are authorization requests on those hosts. */
  paths: readonly RegExp[];
  kind?: EndpointKind;
}

export const authorizationEndpoints: readonly AuthorizationEndpoint[] = [
  {
    provider: 'google',
    name: 'Google',
    hosts: ['accounts.google.com'],
    // `oauthchooseaccount` is the account chooser Google redirects to, with the same query.
    paths: [/^\/o\/oauth2\/(?:v2\/)?auth(?:\/oauthchooseaccount)?\/?$/],
  },
  { provider: 'github', name: 'GitHub', hosts: ['github.com'], paths: [/^\/login\/oauth\/authorize\/?$/] },
  {
    provider: 'github',
    name: 'GitHub',
    hosts: ['github.com'],
    paths: [/^\/apps\/[A-Za-z0-9-]+\/installations\/(?:new|select_target)\/?$/],
    kind: 'github-app-installation',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft identity platform',
    hosts: ['login.microsoftonline.com'],
    paths: [/^\/[^/]+\/oauth2\/(?:v2\.0\/)?authorize\/?$/],
  },
  { provider: 'microsoft', name: 'Microsoft account', hosts: ['login.live.com'], paths: [/^\/oauth20_authorize\.srf$/] },
  {
    provider: 'slack',
    name: 'Slack',
    hosts: ['slack.com', '*.slack.com'],
    paths: [/^\/oauth\/v2\/authorize\/?$/, /^\/oauth\/authorize\/?$/, /^\/openid\/connect\/authorize\/?$/],
  },
  { provider: 'atlassian', name: 'Atlassian', hosts: ['auth.atlassian.com'], paths: [/^\/authorize\/?$/] },
  {
    provider: 'salesforce',
    name: 'Salesforce',
    hosts: ['login.salesforce.com', 'test.salesforce.com', '*.my.salesforce.com'],
    paths: [/^\/services\/oauth2\/authorize\/?$/],
  },
  { provider: 'dropbox', name: 'Dropbox', hosts: ['www.dropbox.com', 'dropbox.com'], paths: [/^\/oauth2\/authorize\/?$/] },
  { provider: 'gitlab', name: 'GitLab', hosts: ['gitlab.com'], paths: [/^\/oauth\/authorize\/?$/] },
  {
    provider: 'okta',
    name: 'Okta',
    hosts: ['*.okta.com', '*.oktapreview.com'],
    paths: [/^\/oauth2\/(?:[^/]+\/)?v1\/authorize\/?$/],
  },
  { provider: 'zoom', name: 'Zoom', hosts: ['zoom.us'], paths: [/^\/oauth\/authorize\/?$/] },
  {
    provider: 'hubspot',
    name: 'HubSpot',
    hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
    paths: [/^\/oauth\/(?:\d+\/)?authorize\/?$/],
  },
  { provider: 'notion', name: 'Notion', hosts: ['api.notion.com'], paths: [/^\/v1\/oauth\/authorize\/?$/] },
  { provider: 'box', name: 'Box', hosts: ['account.box.com', 'ent.box.com'], paths: [/^\/api\/oauth2\/authorize\/?$/] },
  { provider: 'linear', name: 'Linear', hosts: ['linear.app'], paths: [/^\/oauth\/authorize\/?$/] },
  { provider: 'bitbucket', name: 'Bitbucket', hosts: ['bitbucket.org'], paths: [/^\/site\/oauth2\/authorize\/?$/] },
  { provider: 'azure-devops', name: 'Azure DevOps', hosts: ['app.vssps.visualstudio.com'], paths: [/^\/oauth2\/authorize\/?$/] },
];

/** Every host pattern above, deduplicated, for the browser extension's host permissions (`https://<host>/*`). */
export const authorizationHosts: readonly string[] = [...new Set(authorizationEndpoints.flatMap((e) => e.hosts))];

export function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const suffix = pattern.slice(1); // ".okta.com"
  return host.length > suffix.length && host.endsWith(suffix);
}

export interface EndpointMatch {
  provider: OAuthProviderId;
  name: string;
  kind: EndpointKind;
  /** The path matched an authorization endpoint (false: only the host is the provider's). */
  pathMatched: boolean;
}

/**
 * The provider whose authorization endpoint `url` is. A URL on a provider's host but another path
 * still names the provider (`pathMatched: false`) so a caller that recognises an OAuth request by its
 * parameters can attribute it.
 */
export function matchAuthorizationEndpoint(url: URL): EndpointMatch | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  let hostOnly: EndpointMatch | undefined;
  for (const endpoint of authorizationEndpoints) {
    if (!endpoint.hosts.some((pattern) => hostMatches(host, pattern))) continue;
    const kind = endpoint.kind ?? 'oauth';
    if (endpoint.paths.some((path) => path.test(url.pathname))) {
      return { provider: endpoint.provider, name: endpoint.name, kind, pathMatched: true };
    }
    hostOnly ??= { provider: endpoint.provider, name: endpoint.name, kind: 'oauth', pathMatched: false };
  }
  return hostOnly;
}

/** Display names for providers recognised without a known endpoint (generic OIDC, self-managed GitLab). */
export function providerDisplayName(provider: OAuthProviderId): string {
  return authorizationEndpoints.find((e) => e.provider === provider)?.name ?? 'OAuth 2.0 / OpenID Connect';
}
