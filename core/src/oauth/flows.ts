/**
 * Flows, not only scopes: what the shape of an authorization request says beyond its scope list. Each
 * finding has a stable id, a risk and one sentence. Pure: URL parameters in, findings out.
 *
 * Sources:
 * - Microsoft admin consent: https://learn.microsoft.com/en-us/entra/identity-platform/v2-admin-consent,
 *   `prompt=admin_consent`: https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#request-an-authorization-code
 * - Google domain-wide delegation: https://support.google.com/a/answer/162106 (an administrator grants a service account
 *   Workspace scopes for every user of the domain)
 * - Atlassian 3LO: https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo (the user picks a site;
 *   the grant covers that site with the user's permissions)
 * - Discord bot invites and permissions: https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow,
 *   https://discord.com/developers/docs/topics/permissions
 * - Slack `user_scope`: https://docs.slack.dev/authentication/installing-with-oauth
 * - Refresh tokens: Google `access_type=offline` https://developers.google.com/identity/protocols/oauth2/web-server#offline;
 *   Dropbox `token_access_type=offline` https://dropbox.tech/developers/using-oauth-2-0-with-offline-access;
 *   Reddit `duration=permanent` https://github.com/reddit-archive/reddit/wiki/OAuth2;
 *   Trello `expiration=never` https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/;
 *   Shopify online vs offline tokens (`grant_options[]=per-user`):
 *   https://shopify.dev/docs/apps/build/authentication-authorization/access-token-types/online-access-tokens
 * - Implicit grant, PKCE, state, redirect URIs: RFC 6749 §4.2 and §10.12, RFC 7636, RFC 8252 §7.3 (loopback redirects),
 *   RFC 9700 (OAuth 2.0 Security Best Current Practice) §2.1, §4.1 and §4.7
 * - `prompt=consent`: OpenID Connect Core §3.1.2.1
 */
import { worstRisk } from './catalog.js';
import { discordPermissions } from './providers/discord.js';
import type { OAuthProviderId, ScopeAssessment, ScopeRisk, UnscopedRequest } from './types.js';

export const FLOW_IDS = [
  'microsoft-admin-consent',
  'google-workspace-admin',
  'atlassian-site-wide',
  'discord-bot-permissions',
  'slack-user-token',
  'scopes-not-in-request',
  'implicit-flow',
  'missing-pkce',
  'pkce-plain',
  'missing-state',
  'forced-consent',
  'redirect-plain-http',
  'redirect-loopback',
  'redirect-ip',
] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export interface FlowFinding {
  id: FlowId;
  risk: ScopeRisk;
  /** One sentence, shown as it is by the CLI and the banner. */
  message: string;
  /** Stands for access the scope list does not show (an unscoped request): the long-lived raise applies to it. */
  access?: boolean;
}

/** What the flow checks need to know about the request besides its parameters. */
export interface FlowContext {
  provider: OAuthProviderId;
  path: string;
  params: URLSearchParams;
  scopes: readonly (ScopeAssessment & { userToken?: boolean })[];
  /** The catalog's rule for a request that names no scope, when the provider has one. */
  unscoped?: UnscopedRequest;
}

/** `id_token token` -> ['id_token', 'token'] (space-separated per OAuth 2.0 Multiple Response Types). */
export function responseTypes(responseType: string | null | undefined): string[] {
  return (responseType ?? '').toLowerCase().split(/[\s+]+/).filter(Boolean);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

function microsoftAdminConsent({ provider, path, params }: FlowContext): FlowFinding[] {
  if (provider !== 'microsoft') return [];
  const endpoint = /\/adminconsent\/?$/.test(path);
  const prompted = (params.get('prompt') ?? '').toLowerCase().split(/\s+/).includes('admin_consent');
  if (!endpoint && !prompted) return [];
  const how = endpoint ? 'the adminconsent endpoint' : 'prompt=admin_consent';
  return [{
    id: 'microsoft-admin-consent',
    risk: 'critical',
    message: `admin consent (${how}): an administrator grants these permissions for every user in the tenant at once, and application permissions work with no user signed in; judge each as granted to the whole organisation`,
  }];
}

const GOOGLE_ADMIN_SCOPE = /^(?:https:\/\/www\.googleapis\.com\/auth\/)?admin\./;

function googleWorkspaceAdmin({ provider, scopes, params }: FlowContext): FlowFinding[] {
  if (provider !== 'google') return [];
  const admin = scopes.filter((s) => GOOGLE_ADMIN_SCOPE.test(s.scope));
  if (!admin.length) return [];
  const domain = params.get('hd');
  return [{
    id: 'google-workspace-admin',
    risk: 'high',
    message: `Google Workspace administration scopes (${admin.map((s) => s.scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, '')).join(', ')})${domain ? ` for ${domain}` : ''}: approved by an administrator, or granted to a service account through domain-wide delegation, they act on every user of the domain`,
  }];
}

function atlassianSiteWide({ provider, scopes }: FlowContext): FlowFinding[] {
  if (provider !== 'atlassian' || !scopes.length) return [];
  const manage = scopes.some((s) => /^manage:|(^|:)admin/.test(s.scope));
  return [{
    id: 'atlassian-site-wide',
    risk: manage ? 'high' : 'low',
    message: manage
      ? 'site-wide: the grant covers the whole Atlassian site you pick, and manage: scopes change that site’s configuration for everyone'
      : 'site-wide: the grant covers the whole Atlassian site you pick, every project and space you can open there',
  }];
}

function discordBot({ provider, scopes, params }: FlowContext): FlowFinding[] {
  if (provider !== 'discord' || !scopes.some((s) => s.scope === 'bot')) return [];
  const raw = params.get('permissions')?.trim() ?? '';
  if (!raw || raw === '0') {
    return [{ id: 'discord-bot-permissions', risk: 'low', message: 'bot invite without role permissions (permissions=0): the bot gets only what the server’s @everyone role allows' }];
  }
  const permissions = discordPermissions(raw);
  if (!permissions) return [{ id: 'discord-bot-permissions', risk: 'medium', message: `bot invite with an unreadable permissions value (${raw.slice(0, 40)}): the invite page decides what the bot gets` }];
  const risk = worstRisk(permissions.map((p) => p.risk));
  const serious = permissions.filter((p) => p.risk === 'critical' || p.risk === 'high');
  const shown = (serious.length ? serious : permissions).map((p) => `${p.name} (${p.risk}: ${p.grants})`);
  const rest = permissions.length - (serious.length ? serious.length : permissions.length);
  const hex = `0x${BigInt(raw).toString(16)}`;
  return [{
    id: 'discord-bot-permissions',
    risk,
    message: `bot invite asks for server permissions ${hex}: ${shown.join('; ')}${rest > 0 ? `; and ${rest} lower-risk permission${rest === 1 ? '' : 's'}` : ''}`,
  }];
}

function slackUserToken({ provider, scopes }: FlowContext): FlowFinding[] {
  if (provider !== 'slack') return [];
  const user = scopes.filter((s) => s.userToken);
  if (!user.length) return [];
  return [{
    id: 'slack-user-token',
    risk: worstRisk(user.map((s) => s.risk)),
    message: `user_scope asks for a user token besides the bot token (${user.map((s) => s.scope).join(', ')}): it acts as you in every conversation you can see, not only where the bot is invited`,
  }];
}

function unscopedRequest({ scopes, unscoped }: FlowContext): FlowFinding[] {
  if (!unscoped || scopes.length) return [];
  return [{ id: 'scopes-not-in-request', risk: unscoped.risk, access: true, message: `${unscoped.why}; this request does not show what the app gets` }];
}

function grantType({ params }: FlowContext): FlowFinding[] {
  const findings: FlowFinding[] = [];
  const responseType = params.get('response_type')?.trim();
  const types = responseTypes(responseType);
  if (types.includes('token')) {
    findings.push({ id: 'implicit-flow', risk: 'medium', message: `implicit flow (response_type=${types.join(' ')}): the access token comes back in the redirect URL, where history, logs and referrers can leak it; use the authorization code flow with PKCE` });
  }
  if (types.includes('code') && !params.has('code_challenge')) {
    findings.push({ id: 'missing-pkce', risk: 'low', message: 'no PKCE (code flow without code_challenge): an intercepted authorization code can be redeemed by someone else' });
  }
  if (params.get('code_challenge_method')?.toLowerCase() === 'plain') {
    findings.push({ id: 'pkce-plain', risk: 'low', message: 'PKCE with code_challenge_method=plain protects nothing once the challenge is seen; use S256' });
  }
  // Only a request with a callback can have it forged (a Discord bot invite without redirect_uri has none).
  const callback = params.has('redirect_uri') || params.has('return_url');
  if (callback && !params.get('state') && !params.has('code_challenge') && !params.has('nonce')) {
    findings.push({ id: 'missing-state', risk: 'low', message: 'no state (and no PKCE or nonce): nothing ties the answer to this browser session, so a forged callback can log you in to someone else’s account (CSRF)' });
  }
  return findings;
}

function forcedConsent({ params }: FlowContext): FlowFinding[] {
  const prompt = params.get('prompt')?.toLowerCase().split(/\s+/) ?? [];
  const findings: FlowFinding[] = [];
  if (prompt.includes('consent')) findings.push({ id: 'forced-consent', risk: 'low', message: 'prompt=consent forces the consent screen again, typically to mint a fresh refresh token' });
  if (params.get('approval_prompt')?.toLowerCase() === 'force') findings.push({ id: 'forced-consent', risk: 'low', message: 'approval_prompt=force forces re-consent, typically to mint a fresh refresh token' });
  return findings;
}

function redirectTarget({ params }: FlowContext): FlowFinding[] {
  const redirect = params.get('redirect_uri') ?? params.get('return_url');
  if (!redirect) return [];
  let target: URL;
  try {
    target = new URL(redirect);
  } catch {
    return []; // relative or malformed: the provider will refuse it
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return []; // custom schemes are native apps' own (RFC 8252 §7.1)
  const host = target.hostname.toLowerCase();
  if (isLoopback(host)) {
    return [{ id: 'redirect-loopback', risk: 'low', message: `redirect_uri on this computer (${target.host}): the code goes to whatever program listens there; expected for a CLI or desktop app you started, not for a website` }];
  }
  const findings: FlowFinding[] = [];
  if (isIpLiteral(host)) findings.push({ id: 'redirect-ip', risk: 'medium', message: `redirect_uri is a raw IP address (${target.host}): no domain name ties the code’s destination to the app’s owner` });
  if (target.protocol === 'http:') findings.push({ id: 'redirect-plain-http', risk: 'medium', message: `redirect_uri uses plain http (${target.host}): the code or token crosses the network unencrypted` });
  return findings;
}

const CHECKS: readonly ((context: FlowContext) => FlowFinding[])[] = [
  microsoftAdminConsent,
  googleWorkspaceAdmin,
  atlassianSiteWide,
  discordBot,
  slackUserToken,
  unscopedRequest,
  grantType,
  forcedConsent,
  redirectTarget,
];

/** Every flow finding of one request, most serious first (stable within a risk). */
export function flowFindings(context: FlowContext): FlowFinding[] {
  const findings = CHECKS.flatMap((check) => check(context));
  const rank: Record<ScopeRisk, number> = { critical: 0, high: 1, medium: 2, low: 3 };
  return findings.map((f, i) => [f, i] as const).sort((a, b) => rank[a[0].risk] - rank[b[0].risk] || a[1] - b[1]).map(([f]) => f);
}

/**
 * Parameters that ask for a grant that outlives the session, per provider (scopes that do so are
 * marked `longLived` in the catalogs). `when` is the value that asks for it.
 */
const LONG_LIVED_PARAMETERS: readonly { param: string; when: string; providers?: readonly OAuthProviderId[] }[] = [
  { param: 'access_type', when: 'offline' }, // Google, and providers that copied it (Yahoo)
  { param: 'token_access_type', when: 'offline' }, // Dropbox
  { param: 'duration', when: 'permanent', providers: ['reddit'] },
  { param: 'expiration', when: 'never', providers: ['trello'] },
];

/** Why this request's grant outlives the session, from its parameters and its scopes. */
export function explicitLongLivedSignals(provider: OAuthProviderId, params: URLSearchParams, scopes: readonly ScopeAssessment[], isRefreshScope: (scope: string) => boolean): string[] {
  const signals: string[] = [];
  for (const { param, when, providers } of LONG_LIVED_PARAMETERS) {
    if (providers && !providers.includes(provider)) continue;
    if (params.get(param)?.trim().toLowerCase() === when) signals.push(`${param}=${when}`);
  }
  for (const scope of scopes) if (scope.longLived || isRefreshScope(scope.scope)) signals.push(`${scope.scope} scope`);
  return signals;
}

/** Shopify issues an offline (non-expiring) token unless the request asks for an online one. */
export function shopifyOnlineToken(params: URLSearchParams): boolean {
  return params.getAll('grant_options[]').some((v) => v.trim().toLowerCase() === 'per-user');
}
