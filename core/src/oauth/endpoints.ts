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
 * - Microsoft admin consent: https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent (`/{tenant}/v2.0/adminconsent`),
 *   v1 `/{tenant}/adminconsent`: https://learn.microsoft.com/en-us/entra/identity-platform/v2-permissions-and-consent
 * - Discord: https://discord.com/developers/docs/topics/oauth2 (discord.com/oauth2/authorize; the older /api/oauth2/authorize still answers)
 * - Shopify: https://shopify.dev/docs/apps/build/authentication-authorization/get-access-tokens/authorization-code-grant
 *   ({shop}.myshopify.com/admin/oauth/authorize)
 * - Meta: https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow (www.facebook.com/vNN.N/dialog/oauth)
 * - Instagram: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login (www.instagram.com/oauth/authorize)
 * - LinkedIn: https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow (www.linkedin.com/oauth/v2/authorization)
 * - X: https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token (x.com/i/oauth2/authorize, formerly twitter.com)
 * - Intuit: https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0 (appcenter.intuit.com/connect/oauth2)
 * - Xero: https://developer.xero.com/documentation/guides/oauth2/auth-flow (login.xero.com/identity/connect/authorize)
 * - Asana: https://developers.asana.com/docs/oauth (app.asana.com/-/oauth_authorize)
 * - Trello: https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/ (trello.com/1/authorize?key=…)
 * - Airtable: https://airtable.com/developers/web/api/oauth-reference (airtable.com/oauth2/v1/authorize)
 * - Miro: https://developers.miro.com/docs/getting-started-with-oauth (miro.com/oauth/authorize)
 * - Figma: https://www.figma.com/developers/api#oauth2 (www.figma.com/oauth)
 * - Twitch: https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/ (id.twitch.tv/oauth2/authorize)
 * - Spotify: https://developer.spotify.com/documentation/web-api/tutorials/code-flow (accounts.spotify.com/authorize)
 * - Webflow: https://developers.webflow.com/data/reference/oauth-app (webflow.com/oauth/authorize)
 * - Calendly: https://developer.calendly.com/how-to-access-calendly-data-on-behalf-of-authenticated-users (auth.calendly.com/oauth/authorize)
 * - Stripe Connect: https://docs.stripe.com/connect/oauth-reference (connect.stripe.com/oauth/authorize, /express/oauth/authorize)
 * - Square: https://developer.squareup.com/docs/oauth-api/create-urls-for-square-authorization (connect.squareup.com/oauth2/authorize)
 * - PayPal: https://developer.paypal.com/docs/log-in-with-paypal/integrate/ (www.paypal.com/connect; /signin/authorize)
 * - Mailchimp: https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/ (login.mailchimp.com/oauth2/authorize)
 * - Pipedrive: https://pipedrive.readme.io/docs/marketplace-oauth-authorization (oauth.pipedrive.com/oauth/authorize)
 * - Zendesk: https://developer.zendesk.com/documentation/ticketing/working-with-oauth/creating-and-using-oauth-tokens-with-the-api/
 *   ({subdomain}.zendesk.com/oauth/authorizations/new)
 * - Freshworks: the FreshID authorization path apps use ({org}.myfreshworks.com/org/oauth/v2/authorize); not in a public reference we
 *   could reach (see providers/freshdesk.ts)
 * - monday.com: https://developer.monday.com/apps/docs/oauth (auth.monday.com/oauth2/authorize)
 * - ClickUp: https://developer.clickup.com/docs/authentication (app.clickup.com/api?client_id=…&redirect_uri=…)
 * - Smartsheet: https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication (app.smartsheet.com/b/authorize)
 * - DocuSign: https://developers.docusign.com/platform/auth/authcode/authcode-get-token/ (account.docusign.com/oauth/auth, demo account-d)
 * - Adobe: https://developer.adobe.com/developer-console/docs/guides/authentication/UserAuthentication/IMS/ (ims-na1.adobelogin.com/ims/authorize/v2)
 * - Login with Amazon: https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html (www.amazon.com/ap/oa and the
 *   regional na/eu/apac.account.amazon.com)
 * - Apple: https://developer.apple.com/documentation/sign_in_with_apple/request_an_authorization_to_the_sign_in_with_apple_server
 *   (appleid.apple.com/auth/authorize)
 * - Yahoo: https://developer.yahoo.com/oauth2/guide/flows_authcode/ (api.login.yahoo.com/oauth2/request_auth)
 * - Reddit: https://github.com/reddit-archive/reddit/wiki/OAuth2 (www.reddit.com/api/v1/authorize, .compact for mobile)
 * - Pinterest: https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/ (www.pinterest.com/oauth/)
 * - TikTok: https://developers.tiktok.com/doc/login-kit-web (www.tiktok.com/v2/auth/authorize/, `client_key`)
 * - Vimeo: https://developer.vimeo.com/api/authentication (api.vimeo.com/oauth/authorize)
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
  /** One documented authorization path on these hosts (tests and the e2e build example requests from it). */
  example: string;
  kind?: EndpointKind;
  /** The query parameter naming the app when it is not `client_id` (Trello `key`, TikTok `client_key`). */
  clientIdParam?: string;
}

export const authorizationEndpoints: readonly AuthorizationEndpoint[] = [
  {
    provider: 'google',
    name: 'Google',
    hosts: ['accounts.google.com'],
    // `oauthchooseaccount` is the account chooser Google redirects to, with the same query.
    paths: [/^\/o\/oauth2\/(?:v2\/)?auth(?:\/oauthchooseaccount)?\/?$/],
    example: '/o/oauth2/v2/auth',
  },
  { provider: 'github', name: 'GitHub', hosts: ['github.com'], paths: [/^\/login\/oauth\/authorize\/?$/], example: '/login/oauth/authorize' },
  {
    provider: 'github',
    name: 'GitHub',
    hosts: ['github.com'],
    paths: [/^\/apps\/[A-Za-z0-9-]+\/installations\/(?:new|select_target)\/?$/],
    example: '/apps/example-app/installations/new',
    kind: 'github-app-installation',
  },
  {
    provider: 'microsoft',
    name: 'Microsoft identity platform',
    hosts: ['login.microsoftonline.com'],
    // `adminconsent` (v2.0 and v1) is the tenant-wide admin consent endpoint; `flows.ts` rates it.
    paths: [/^\/[^/]+\/oauth2\/(?:v2\.0\/)?authorize\/?$/, /^\/[^/]+\/(?:v2\.0\/)?adminconsent\/?$/],
    example: '/common/oauth2/v2.0/authorize',
  },
  { provider: 'microsoft', name: 'Microsoft account', hosts: ['login.live.com'], paths: [/^\/oauth20_authorize\.srf$/], example: '/oauth20_authorize.srf' },
  {
    provider: 'slack',
    name: 'Slack',
    hosts: ['slack.com', '*.slack.com'],
    paths: [/^\/oauth\/v2\/authorize\/?$/, /^\/oauth\/authorize\/?$/, /^\/openid\/connect\/authorize\/?$/],
    example: '/oauth/v2/authorize',
  },
  { provider: 'atlassian', name: 'Atlassian', hosts: ['auth.atlassian.com'], paths: [/^\/authorize\/?$/], example: '/authorize' },
  {
    provider: 'salesforce',
    name: 'Salesforce',
    hosts: ['login.salesforce.com', 'test.salesforce.com', '*.my.salesforce.com'],
    paths: [/^\/services\/oauth2\/authorize\/?$/],
    example: '/services/oauth2/authorize',
  },
  { provider: 'dropbox', name: 'Dropbox', hosts: ['www.dropbox.com', 'dropbox.com'], paths: [/^\/oauth2\/authorize\/?$/], example: '/oauth2/authorize' },
  { provider: 'gitlab', name: 'GitLab', hosts: ['gitlab.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  {
    provider: 'okta',
    name: 'Okta',
    hosts: ['*.okta.com', '*.oktapreview.com'],
    paths: [/^\/oauth2\/(?:[^/]+\/)?v1\/authorize\/?$/],
    example: '/oauth2/v1/authorize',
  },
  { provider: 'zoom', name: 'Zoom', hosts: ['zoom.us'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  {
    provider: 'hubspot',
    name: 'HubSpot',
    hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
    paths: [/^\/oauth\/(?:\d+\/)?authorize\/?$/],
    example: '/oauth/authorize',
  },
  { provider: 'notion', name: 'Notion', hosts: ['api.notion.com'], paths: [/^\/v1\/oauth\/authorize\/?$/], example: '/v1/oauth/authorize' },
  { provider: 'box', name: 'Box', hosts: ['account.box.com', 'ent.box.com'], paths: [/^\/api\/oauth2\/authorize\/?$/], example: '/api/oauth2/authorize' },
  { provider: 'linear', name: 'Linear', hosts: ['linear.app'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  { provider: 'bitbucket', name: 'Bitbucket', hosts: ['bitbucket.org'], paths: [/^\/site\/oauth2\/authorize\/?$/], example: '/site/oauth2/authorize' },
  { provider: 'azure-devops', name: 'Azure DevOps', hosts: ['app.vssps.visualstudio.com'], paths: [/^\/oauth2\/authorize\/?$/], example: '/oauth2/authorize' },
  {
    provider: 'discord',
    name: 'Discord',
    hosts: ['discord.com', 'discordapp.com', 'canary.discord.com', 'ptb.discord.com'],
    paths: [/^\/(?:api\/(?:v\d+\/)?)?oauth2\/authorize\/?$/],
    example: '/oauth2/authorize',
  },
  { provider: 'shopify', name: 'Shopify', hosts: ['*.myshopify.com'], paths: [/^\/admin\/oauth\/authorize\/?$/], example: '/admin/oauth/authorize' },
  {
    provider: 'facebook',
    name: 'Meta (Facebook Login)',
    hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
    paths: [/^\/(?:v\d+\.\d+\/)?dialog\/oauth\/?$/],
    example: '/v19.0/dialog/oauth',
  },
  { provider: 'instagram', name: 'Instagram', hosts: ['www.instagram.com', 'instagram.com', 'api.instagram.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  { provider: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com', 'linkedin.com'], paths: [/^\/oauth\/v2\/authorization\/?$/], example: '/oauth/v2/authorization' },
  { provider: 'x', name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], paths: [/^\/i\/oauth2\/authorize\/?$/], example: '/i/oauth2/authorize' },
  { provider: 'intuit', name: 'Intuit', hosts: ['appcenter.intuit.com'], paths: [/^\/connect\/oauth2\/?$/], example: '/connect/oauth2' },
  { provider: 'xero', name: 'Xero', hosts: ['login.xero.com'], paths: [/^\/identity\/connect\/authorize\/?$/], example: '/identity/connect/authorize' },
  { provider: 'asana', name: 'Asana', hosts: ['app.asana.com'], paths: [/^\/-\/oauth_authorize\/?$/], example: '/-/oauth_authorize' },
  { provider: 'trello', name: 'Trello', hosts: ['trello.com'], paths: [/^\/1\/authorize\/?$/], example: '/1/authorize', clientIdParam: 'key' },
  { provider: 'airtable', name: 'Airtable', hosts: ['airtable.com'], paths: [/^\/oauth2\/v1\/authorize\/?$/], example: '/oauth2/v1/authorize' },
  { provider: 'miro', name: 'Miro', hosts: ['miro.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  { provider: 'figma', name: 'Figma', hosts: ['www.figma.com', 'figma.com'], paths: [/^\/oauth\/?$/], example: '/oauth' },
  { provider: 'twitch', name: 'Twitch', hosts: ['id.twitch.tv'], paths: [/^\/oauth2\/authorize\/?$/], example: '/oauth2/authorize' },
  { provider: 'spotify', name: 'Spotify', hosts: ['accounts.spotify.com'], paths: [/^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?authorize\/?$/], example: '/authorize' },
  { provider: 'webflow', name: 'Webflow', hosts: ['webflow.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  { provider: 'calendly', name: 'Calendly', hosts: ['auth.calendly.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  {
    provider: 'stripe',
    name: 'Stripe Connect',
    hosts: ['connect.stripe.com'],
    paths: [/^\/(?:express\/)?oauth\/authorize\/?$/],
    example: '/oauth/authorize',
  },
  {
    provider: 'square',
    name: 'Square',
    hosts: ['connect.squareup.com', 'connect.squareupsandbox.com'],
    paths: [/^\/oauth2\/authorize\/?$/],
    example: '/oauth2/authorize',
  },
  {
    provider: 'paypal',
    name: 'PayPal',
    hosts: ['www.paypal.com', 'www.sandbox.paypal.com'],
    paths: [/^\/connect\/?$/, /^\/signin\/authorize\/?$/],
    example: '/connect',
  },
  { provider: 'mailchimp', name: 'Mailchimp', hosts: ['login.mailchimp.com'], paths: [/^\/oauth2\/authorize\/?$/], example: '/oauth2/authorize' },
  { provider: 'pipedrive', name: 'Pipedrive', hosts: ['oauth.pipedrive.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
  { provider: 'zendesk', name: 'Zendesk', hosts: ['*.zendesk.com'], paths: [/^\/oauth\/authorizations\/new\/?$/], example: '/oauth/authorizations/new' },
  { provider: 'freshdesk', name: 'Freshworks', hosts: ['*.myfreshworks.com'], paths: [/^\/org\/oauth\/v2\/authorize\/?$/], example: '/org/oauth/v2/authorize' },
  { provider: 'monday', name: 'monday.com', hosts: ['auth.monday.com'], paths: [/^\/oauth2\/authorize\/?$/], example: '/oauth2/authorize' },
  { provider: 'clickup', name: 'ClickUp', hosts: ['app.clickup.com'], paths: [/^\/api\/?$/], example: '/api' },
  { provider: 'smartsheet', name: 'Smartsheet', hosts: ['app.smartsheet.com', 'app.smartsheet.eu'], paths: [/^\/b\/authorize\/?$/], example: '/b/authorize' },
  { provider: 'docusign', name: 'DocuSign', hosts: ['account.docusign.com', 'account-d.docusign.com'], paths: [/^\/oauth\/auth\/?$/], example: '/oauth/auth' },
  {
    provider: 'adobe',
    name: 'Adobe',
    hosts: ['ims-na1.adobelogin.com', 'ims-na1-stg1.adobelogin.com'],
    paths: [/^\/ims\/authorize(?:\/v[1-3])?\/?$/],
    example: '/ims/authorize/v2',
  },
  {
    provider: 'amazon',
    name: 'Login with Amazon',
    hosts: ['www.amazon.com', 'na.account.amazon.com', 'eu.account.amazon.com', 'apac.account.amazon.com'],
    paths: [/^\/ap\/oa\/?$/],
    example: '/ap/oa',
  },
  { provider: 'apple', name: 'Sign in with Apple', hosts: ['appleid.apple.com'], paths: [/^\/auth\/authorize\/?$/], example: '/auth/authorize' },
  { provider: 'yahoo', name: 'Yahoo', hosts: ['api.login.yahoo.com'], paths: [/^\/oauth2\/request_auth\/?$/], example: '/oauth2/request_auth' },
  {
    provider: 'reddit',
    name: 'Reddit',
    hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'ssl.reddit.com'],
    paths: [/^\/api\/v1\/authorize(?:\.compact)?\/?$/],
    example: '/api/v1/authorize',
  },
  { provider: 'pinterest', name: 'Pinterest', hosts: ['www.pinterest.com', 'pinterest.com'], paths: [/^\/oauth\/?$/], example: '/oauth/' },
  { provider: 'tiktok', name: 'TikTok', hosts: ['www.tiktok.com'], paths: [/^\/v2\/auth\/authorize\/?$/], example: '/v2/auth/authorize/', clientIdParam: 'client_key' },
  { provider: 'vimeo', name: 'Vimeo', hosts: ['api.vimeo.com'], paths: [/^\/oauth\/authorize\/?$/], example: '/oauth/authorize' },
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
  /** The query parameter naming the app, when it is not `client_id`. */
  clientIdParam?: string;
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
      const match: EndpointMatch = { provider: endpoint.provider, name: endpoint.name, kind, pathMatched: true };
      if (endpoint.clientIdParam) match.clientIdParam = endpoint.clientIdParam;
      return match;
    }
    hostOnly ??= { provider: endpoint.provider, name: endpoint.name, kind: 'oauth', pathMatched: false };
  }
  return hostOnly;
}

/** Display names for providers recognised without a known endpoint (generic OIDC, self-managed GitLab). */
export function providerDisplayName(provider: OAuthProviderId): string {
  return authorizationEndpoints.find((e) => e.provider === provider)?.name ?? 'OAuth 2.0 / OpenID Connect';
}
