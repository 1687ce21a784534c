/**
 * Issue 19 item 1: every catalogued provider's authorization endpoint is recognised, its scopes rated from
 * its own catalog, and the request's overall risk is what the catalog and the flow rules say.
 */
import assert from 'node:assert/strict';
import { parseAuthorizationRequest, type AuthorizationRequest } from '../src/oauth/authorization-request.js';
import { assessScope } from '../src/oauth/catalog.js';
import { authorizationEndpoints, matchAuthorizationEndpoint } from '../src/oauth/endpoints.js';
import type { OAuthProviderId, ScopeRisk } from '../src/oauth/types.js';

const CB = 'redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb';
const PKCE = 'code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';

function parse(url: string): AuthorizationRequest {
  const request = parseAuthorizationRequest(url);
  assert.ok(request, `expected an authorization request: ${url}`);
  return request;
}

/** A concrete host for an endpoint's host pattern (`*.myshopify.com` -> `acme.myshopify.com`). */
const concrete = (pattern: string) => pattern.replace(/^\*\./, 'acme.');

describe('every authorization endpoint, from the endpoint table', () => {
  it('each endpoint’s documented example path matches its own path patterns', () => {
    const problems = authorizationEndpoints.filter((e) => !e.paths.some((p) => p.test(e.example))).map((e) => `${e.provider} ${e.example}`);
    assert.deepEqual(problems, []);
  });

  it('every host of every endpoint, with its example path, names that provider', () => {
    const problems: string[] = [];
    for (const endpoint of authorizationEndpoints) {
      for (const pattern of endpoint.hosts) {
        const match = matchAuthorizationEndpoint(new URL(`https://${concrete(pattern)}${endpoint.example}?client_id=c`));
        if (match?.provider !== endpoint.provider || !match.pathMatched) problems.push(`${pattern}${endpoint.example}: ${match?.provider ?? 'nothing'}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('a look-alike host or another path on the host is not an endpoint', () => {
    assert.equal(matchAuthorizationEndpoint(new URL('https://myshopify.com/admin/oauth/authorize?client_id=c')), undefined);
    assert.equal(matchAuthorizationEndpoint(new URL('https://acme.myshopify.com.evil.example/admin/oauth/authorize')), undefined);
    assert.equal(matchAuthorizationEndpoint(new URL('https://discord.com/channels/@me'))?.pathMatched, false);
    assert.equal(parseAuthorizationRequest('https://www.facebook.com/groups/feed/'), undefined);
    assert.equal(parseAuthorizationRequest('https://app.clickup.com/api/v2/team'), undefined);
  });
});

interface ProviderCase {
  provider: OAuthProviderId;
  url: string;
  scopes: string[];
  risk: ScopeRisk;
  /** Per-scope ratings worth pinning (the catalog's judgement of that provider's broad grant). */
  rated?: Record<string, ScopeRisk>;
  clientId?: string;
  longLived?: RegExp;
  /** Scopes left to the heuristic (not catalogued). */
  unknown?: string[];
}

const CASES: ProviderCase[] = [
  { provider: 'discord', url: 'https://discord.com/oauth2/authorize?client_id=1187000000000000001&scope=bot%20applications.commands&permissions=8', scopes: ['bot', 'applications.commands'], risk: 'critical' },
  { provider: 'discord', url: `https://discordapp.com/api/oauth2/authorize?client_id=1&response_type=code&${CB}&scope=identify%20guilds.join&state=s`, scopes: ['identify', 'guilds.join'], risk: 'high', rated: { 'guilds.join': 'high' } },
  { provider: 'shopify', url: `https://acme-store.myshopify.com/admin/oauth/authorize?client_id=a1b2&scope=read_orders,write_products&${CB}&state=s`, scopes: ['read_orders', 'write_products'], risk: 'high', longLived: /Shopify offline access tokens/ },
  { provider: 'shopify', url: `https://acme-store.myshopify.com/admin/oauth/authorize?client_id=a1b2&scope=write_themes&${CB}&state=s`, scopes: ['write_themes'], risk: 'critical', longLived: /Shopify offline/ },
  { provider: 'facebook', url: `https://www.facebook.com/v19.0/dialog/oauth?client_id=1234&${CB}&state=s&scope=email,ads_management`, scopes: ['email', 'ads_management'], risk: 'critical', rated: { email: 'low' } },
  { provider: 'facebook', url: `https://m.facebook.com/dialog/oauth?client_id=1234&${CB}&state=s&scope=public_profile`, scopes: ['public_profile'], risk: 'low' },
  { provider: 'instagram', url: `https://www.instagram.com/oauth/authorize?client_id=9&${CB}&response_type=code&scope=instagram_business_basic,instagram_business_manage_messages&state=s`, scopes: ['instagram_business_basic', 'instagram_business_manage_messages'], risk: 'high' },
  { provider: 'linkedin', url: `https://www.linkedin.com/oauth/v2/authorization?response_type=code&client_id=78&${CB}&state=s&scope=openid%20profile%20w_member_social`, scopes: ['openid', 'profile', 'w_member_social'], risk: 'medium' },
  { provider: 'x', url: `https://x.com/i/oauth2/authorize?response_type=code&client_id=M1&${CB}&scope=tweet.read%20dm.read%20offline.access&state=s&${PKCE}`, scopes: ['tweet.read', 'dm.read', 'offline.access'], risk: 'critical', longLived: /offline\.access scope/ },
  { provider: 'x', url: `https://twitter.com/i/oauth2/authorize?response_type=code&client_id=M1&${CB}&scope=tweet.read%20users.read&state=s&${PKCE}`, scopes: ['tweet.read', 'users.read'], risk: 'low' },
  { provider: 'intuit', url: `https://appcenter.intuit.com/connect/oauth2?client_id=AB&response_type=code&scope=com.intuit.quickbooks.accounting%20openid&${CB}&state=s`, scopes: ['com.intuit.quickbooks.accounting', 'openid'], risk: 'critical', longLived: /Intuit returns a refresh token/ },
  { provider: 'xero', url: `https://login.xero.com/identity/connect/authorize?response_type=code&client_id=X&${CB}&scope=openid%20offline_access%20accounting.transactions.read&state=s`, scopes: ['openid', 'offline_access', 'accounting.transactions.read'], risk: 'critical', longLived: /offline_access scope/ },
  { provider: 'asana', url: `https://app.asana.com/-/oauth_authorize?client_id=1&${CB}&response_type=code&state=s&scope=default`, scopes: ['default'], risk: 'critical' },
  { provider: 'asana', url: `https://app.asana.com/-/oauth_authorize?client_id=1&${CB}&response_type=code&state=s&scope=tasks:read%20projects:read&${PKCE}`, scopes: ['tasks:read', 'projects:read'], risk: 'medium' },
  { provider: 'trello', url: 'https://trello.com/1/authorize?expiration=never&name=Sync&scope=read,write&response_type=token&key=0123abcd&return_url=https%3A%2F%2Fapp.example.com%2Fcb', scopes: ['read', 'write'], risk: 'critical', clientId: '0123abcd', longLived: /expiration=never/ },
  { provider: 'airtable', url: `https://airtable.com/oauth2/v1/authorize?client_id=a&${CB}&response_type=code&scope=data.records:read%20schema.bases:read&state=s&${PKCE}`, scopes: ['data.records:read', 'schema.bases:read'], risk: 'medium' },
  { provider: 'miro', url: `https://miro.com/oauth/authorize?response_type=code&client_id=345&${CB}`, scopes: [], risk: 'medium', longLived: /Miro access tokens do not expire/ },
  { provider: 'figma', url: `https://www.figma.com/oauth?client_id=f&${CB}&scope=files:read&state=s&response_type=code`, scopes: ['files:read'], risk: 'high', rated: { 'files:read': 'high' } },
  { provider: 'twitch', url: 'https://id.twitch.tv/oauth2/authorize?response_type=token&client_id=t&redirect_uri=http%3A%2F%2Flocalhost%3A3000&scope=channel:read:stream_key%20chat:read&state=s', scopes: ['channel:read:stream_key', 'chat:read'], risk: 'critical' },
  { provider: 'spotify', url: `https://accounts.spotify.com/authorize?response_type=code&client_id=s&scope=user-read-email%20playlist-modify-private&${CB}&state=s`, scopes: ['user-read-email', 'playlist-modify-private'], risk: 'medium' },
  { provider: 'spotify', url: `https://accounts.spotify.com/en/authorize?response_type=code&client_id=s&scope=user-top-read&${CB}&state=s`, scopes: ['user-top-read'], risk: 'low' },
  { provider: 'webflow', url: 'https://webflow.com/oauth/authorize?response_type=code&client_id=w&scope=sites:read%20custom_code:write', scopes: ['sites:read', 'custom_code:write'], risk: 'critical' },
  { provider: 'calendly', url: 'https://auth.calendly.com/oauth/authorize?client_id=c&response_type=code&redirect_uri=https%3A%2F%2Fmy.site.com%2Fauth%2Fcalendly', scopes: [], risk: 'medium', longLived: /Calendly refresh tokens/ },
  { provider: 'stripe', url: 'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_ExampleClient000000000000000000&scope=read_write&state=s', scopes: ['read_write'], risk: 'critical', longLived: /secret key and does not expire/ },
  { provider: 'stripe', url: 'https://connect.stripe.com/express/oauth/authorize?client_id=ca_ExampleClient000000000000000000&state=s', scopes: [], risk: 'high', longLived: /Stripe Connect access token/ },
  { provider: 'square', url: 'https://connect.squareup.com/oauth2/authorize?client_id=sq0idp-Example&scope=PAYMENTS_WRITE+MERCHANT_PROFILE_READ&session=false&state=s', scopes: ['PAYMENTS_WRITE', 'MERCHANT_PROFILE_READ'], risk: 'critical', longLived: /Square refresh tokens/ },
  { provider: 'paypal', url: `https://www.paypal.com/connect?flowEntry=static&client_id=p&response_type=code&scope=openid%20https%3A%2F%2Furi.paypal.com%2Fservices%2Fpayments%2Ffuturepayments&${CB}&state=s`, scopes: ['openid', 'https://uri.paypal.com/services/payments/futurepayments'], risk: 'critical' },
  { provider: 'mailchimp', url: `https://login.mailchimp.com/oauth2/authorize?response_type=code&client_id=m&${CB}`, scopes: [], risk: 'high', longLived: /Mailchimp access tokens do not expire/ },
  { provider: 'pipedrive', url: `https://oauth.pipedrive.com/oauth/authorize?client_id=p&${CB}&state=s`, scopes: [], risk: 'medium' },
  { provider: 'zendesk', url: `https://acme.zendesk.com/oauth/authorizations/new?response_type=code&${CB}&client_id=z&scope=read%20write&state=s`, scopes: ['read', 'write'], risk: 'high' },
  { provider: 'zendesk', url: `https://acme.zendesk.com/oauth/authorizations/new?response_type=code&${CB}&client_id=z&scope=impersonate&state=s`, scopes: ['impersonate'], risk: 'critical' },
  { provider: 'freshdesk', url: `https://acme.myfreshworks.com/org/oauth/v2/authorize?response_type=code&client_id=f&scope=openid%20email&${CB}&state=s`, scopes: ['openid', 'email'], risk: 'low' },
  { provider: 'monday', url: `https://auth.monday.com/oauth2/authorize?client_id=m&${CB}&state=s&scope=boards:read%20boards:write`, scopes: ['boards:read', 'boards:write'], risk: 'high', longLived: /monday\.com access tokens/ },
  { provider: 'clickup', url: 'https://app.clickup.com/api?client_id=c&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb', scopes: [], risk: 'high', longLived: /ClickUp access tokens do not expire/ },
  { provider: 'smartsheet', url: 'https://app.smartsheet.com/b/authorize?response_type=code&client_id=s&scope=READ_SHEETS%20ADMIN_USERS&state=s', scopes: ['READ_SHEETS', 'ADMIN_USERS'], risk: 'critical' },
  { provider: 'docusign', url: `https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=d&${CB}`, scopes: ['signature', 'impersonation'], risk: 'critical' },
  { provider: 'adobe', url: `https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=a&scope=openid,AdobeID,offline_access,cc_files&response_type=code&${CB}&state=s`, scopes: ['openid', 'AdobeID', 'offline_access', 'cc_files'], risk: 'critical', longLived: /offline_access scope/ },
  { provider: 'amazon', url: `https://www.amazon.com/ap/oa?client_id=amzn1.application-oa2-client.example&scope=profile&response_type=code&${CB}&state=s`, scopes: ['profile'], risk: 'low' },
  { provider: 'amazon', url: `https://eu.account.amazon.com/ap/oa?client_id=amzn1.application-oa2-client.example&scope=advertising%3A%3Acampaign_management&response_type=code&${CB}&state=s`, scopes: ['advertising::campaign_management'], risk: 'critical' },
  { provider: 'apple', url: `https://appleid.apple.com/auth/authorize?client_id=com.example.web&${CB}&response_type=code%20id_token&scope=name%20email&response_mode=form_post&state=s`, scopes: ['name', 'email'], risk: 'low' },
  { provider: 'yahoo', url: `https://api.login.yahoo.com/oauth2/request_auth?client_id=y&${CB}&response_type=code&scope=openid%20mail-r&state=s`, scopes: ['openid', 'mail-r'], risk: 'high' },
  { provider: 'reddit', url: `https://www.reddit.com/api/v1/authorize?client_id=r&response_type=code&state=s&${CB}&duration=permanent&scope=identity%20privatemessages`, scopes: ['identity', 'privatemessages'], risk: 'critical', longLived: /duration=permanent/ },
  { provider: 'reddit', url: `https://www.reddit.com/api/v1/authorize.compact?client_id=r&response_type=code&state=s&${CB}&duration=temporary&scope=identity%20read`, scopes: ['identity', 'read'], risk: 'low' },
  { provider: 'pinterest', url: `https://www.pinterest.com/oauth/?client_id=p&${CB}&response_type=code&scope=boards:read,pins:read&state=s`, scopes: ['boards:read', 'pins:read'], risk: 'low' },
  { provider: 'tiktok', url: `https://www.tiktok.com/v2/auth/authorize/?client_key=tk&response_type=code&scope=user.info.basic,video.publish&${CB}&state=s`, scopes: ['user.info.basic', 'video.publish'], risk: 'high', clientId: 'tk' },
  { provider: 'vimeo', url: `https://api.vimeo.com/oauth/authorize?response_type=code&client_id=v&${CB}&state=s&scope=public%20private%20video_files`, scopes: ['public', 'private', 'video_files'], risk: 'high', longLived: /Vimeo access tokens do not expire/ },
  { provider: 'zoom', url: `https://zoom.us/oauth/authorize?response_type=code&client_id=z&${CB}&scope=cloud_recording:read:list_user_recordings:admin%20meeting:read:summary:admin`, scopes: ['cloud_recording:read:list_user_recordings:admin', 'meeting:read:summary:admin'], risk: 'critical', rated: { 'meeting:read:summary:admin': 'high' }, unknown: ['meeting:read:summary:admin'] },
];

describe('each new provider’s authorization request', () => {
  for (const c of CASES) {
    it(`${c.provider}: ${new URL(c.url).host}${new URL(c.url).pathname} is ${c.risk}`, () => {
      const r = parse(c.url);
      assert.equal(r.provider, c.provider);
      assert.equal(r.generic, false);
      assert.deepEqual(r.scopes.map((s) => s.scope), c.scopes);
      for (const s of r.scopes) assert.equal(s.known, !c.unknown?.includes(s.scope), `${s.scope} known`);
      for (const [scope, risk] of Object.entries(c.rated ?? {})) assert.equal(r.scopes.find((s) => s.scope === scope)?.risk, risk, scope);
      assert.equal(r.risk, c.risk, `overall: ${JSON.stringify({ scopes: r.scopes.map((s) => `${s.scope}=${s.risk}`), flows: r.flows.map((f) => `${f.id}=${f.risk}`), longLived: r.longLivedSignals })}`);
      if (c.clientId) assert.equal(r.clientId, c.clientId);
      if (c.longLived) assert.ok(r.longLivedSignals.some((s) => c.longLived!.test(s)), `long-lived: ${r.longLivedSignals.join(' | ')}`);
      else assert.deepEqual(r.longLivedSignals, []);
    });
  }

  it('every named provider has at least one case here or in oauth-request.test.ts', () => {
    const covered = new Set(CASES.map((c) => c.provider));
    const older = ['google', 'github', 'microsoft', 'slack', 'atlassian', 'salesforce', 'dropbox', 'gitlab', 'okta', 'hubspot', 'notion', 'box', 'linear', 'bitbucket', 'azure-devops'];
    const missing = [...new Set(authorizationEndpoints.map((e) => e.provider))].filter((p) => !covered.has(p) && !older.includes(p));
    assert.deepEqual(missing, []);
  });

  it('Shopify online (per-user) tokens are not reported as long-lived', () => {
    const r = parse(`https://acme-store.myshopify.com/admin/oauth/authorize?client_id=a1b2&scope=read_products&${CB}&state=s&grant_options[]=per-user`);
    assert.deepEqual(r.longLivedSignals, []);
  });

  it('catalogued risks of the broad grants each provider is known for', () => {
    const expect: [OAuthProviderId, string, ScopeRisk][] = [
      ['asana', 'default', 'critical'],
      ['stripe', 'read_write', 'critical'],
      ['docusign', 'impersonation', 'critical'],
      ['facebook', 'business_management', 'critical'],
      ['reddit', '*', 'critical'],
      ['xero', 'accounting.transactions', 'critical'],
      ['square', 'PAYMENTS_WRITE', 'critical'],
      ['apple', 'email', 'low'],
      ['spotify', 'streaming', 'low'],
    ];
    for (const [provider, scope, risk] of expect) {
      const assessment = assessScope(provider, scope);
      assert.equal(assessment.known, true, `${provider} ${scope}`);
      assert.equal(assessment.risk, risk, `${provider} ${scope}`);
    }
    assert.match(assessScope('asana', 'default').narrower ?? '', /granular/);
  });
});
