import assert from 'node:assert/strict';
import {
  authorizationRequestJson,
  formatAuthorizationRequestJson,
  overallRisk,
  parseAuthorizationRequest,
  type AuthorizationRequest,
} from '../src/oauth/authorization-request.js';
import { authorizationEndpoints, authorizationHosts, hostMatches } from '../src/oauth/endpoints.js';
import { splitScopeList } from '../src/oauth/scope-list.js';
import { OAUTH_PROVIDERS } from '../src/oauth/types.js';

function parse(url: string): AuthorizationRequest {
  const request = parseAuthorizationRequest(url);
  assert.ok(request, `expected an authorization request: ${url}`);
  return request;
}

const scopeNames = (r: AuthorizationRequest) => r.scopes.map((s) => s.scope);
const riskOf = (r: AuthorizationRequest, scope: string) => r.scopes.find((s) => s.scope === scope)?.risk;

describe('oauth authorization requests', () => {
  it('Google: offline access, Gmail and Drive, forced consent', () => {
    const r = parse(
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=1234-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback' +
        '&response_type=code&scope=openid%20email%20https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive' +
        '&access_type=offline&prompt=consent&state=xyz&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256',
    );
    assert.equal(r.provider, 'google');
    assert.equal(r.generic, false);
    assert.equal(r.clientId, '1234-abc.apps.googleusercontent.com');
    assert.equal(r.redirectUri, 'https://app.example.com/oauth/callback');
    assert.deepEqual(scopeNames(r), ['openid', 'email', 'https://mail.google.com/', 'https://www.googleapis.com/auth/drive']);
    assert.equal(riskOf(r, 'https://mail.google.com/'), 'critical');
    assert.equal(riskOf(r, 'https://www.googleapis.com/auth/drive'), 'high');
    assert.match(r.scopes[3]!.narrower ?? '', /drive\.file/);
    assert.deepEqual(r.longLivedSignals, ['access_type=offline']);
    assert.ok(r.flowRisks.some((f) => f.startsWith('prompt=consent')));
    assert.ok(!r.flowRisks.some((f) => f.startsWith('no PKCE')), 'PKCE is present');
    assert.equal(r.risk, 'critical');
  });

  it('Google v1 endpoint and its account chooser are recognised too', () => {
    assert.equal(parse('https://accounts.google.com/o/oauth2/auth?client_id=a&scope=email').provider, 'google');
    assert.equal(parse('https://accounts.google.com/o/oauth2/auth/oauthchooseaccount?client_id=a&scope=email').provider, 'google');
  });

  it('GitHub: space- or comma-separated scopes, non-expiring OAuth app token', () => {
    const spaced = parse('https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf012345&scope=repo%20admin:org&state=s&redirect_uri=https%3A%2F%2Fci.example.com%2Fauth');
    const commas = parse('https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf012345&scope=repo,admin:org');
    assert.deepEqual(scopeNames(spaced), ['repo', 'admin:org']);
    assert.deepEqual(scopeNames(commas), ['repo', 'admin:org']);
    assert.equal(spaced.provider, 'github');
    assert.equal(spaced.risk, 'critical');
    assert.ok(spaced.longLivedSignals.some((s) => /GitHub OAuth app tokens do not expire/.test(s)));
  });

  it('GitHub App installation page: no scopes in the URL, a note instead', () => {
    const r = parse('https://github.com/apps/octo-ci/installations/new');
    assert.equal(r.provider, 'github');
    assert.equal(r.kind, 'github-app-installation');
    assert.deepEqual(r.scopes, []);
    assert.equal(r.risk, 'low');
    assert.match(r.notes.join('\n'), /"octo-ci" installation: the permissions it requests are listed on the page/);
    assert.deepEqual(r.longLivedSignals, []);
  });

  it('GitHub App user authorization ignores the scope parameter', () => {
    const r = parse('https://github.com/login/oauth/authorize?client_id=Iv23liAbCdEf01234567&scope=repo&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb');
    assert.deepEqual(r.scopes, []);
    assert.match(r.notes.join('\n'), /scope parameter is ignored/);
    assert.equal(r.risk, 'low');
  });

  it('Microsoft v2.0: offline_access raises Mail.ReadWrite; .default and full Graph URLs are rated', () => {
    const r = parse(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code' +
        '&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fauth&response_mode=query' +
        '&scope=offline_access%20Mail.ReadWrite%20https%3A%2F%2Fgraph.microsoft.com%2F.default%20https%3A%2F%2Fgraph.microsoft.com%2FFiles.ReadWrite.All' +
        '&code_challenge=abc&code_challenge_method=S256',
    );
    assert.equal(r.provider, 'microsoft');
    assert.deepEqual(scopeNames(r), ['offline_access', 'Mail.ReadWrite', 'https://graph.microsoft.com/.default', 'https://graph.microsoft.com/Files.ReadWrite.All']);
    assert.equal(riskOf(r, 'Mail.ReadWrite'), 'high');
    assert.equal(riskOf(r, 'https://graph.microsoft.com/.default'), 'medium');
    assert.equal(riskOf(r, 'https://graph.microsoft.com/Files.ReadWrite.All'), 'high');
    assert.deepEqual(r.longLivedSignals, ['offline_access scope']);
    assert.deepEqual(r.flows.map((f) => [f.id, f.risk]), [['redirect-loopback', 'low']], 'localhost over http is fine for a native app (noted, low); PKCE present');
    // high access + explicit refresh token -> one step up.
    assert.equal(r.risk, 'critical');
  });

  it('Microsoft v1 endpoint, implicit flow: flagged and at least medium', () => {
    const r = parse('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?client_id=x&response_type=id_token+token&redirect_uri=https%3A%2F%2Fspa.example.com%2F&scope=User.Read&nonce=n');
    assert.equal(r.provider, 'microsoft');
    assert.equal(r.responseType, 'id_token token');
    assert.ok(r.flowRisks.some((f) => f.startsWith('implicit flow (response_type=id_token token)')));
    assert.equal(riskOf(r, 'User.Read'), 'low');
    assert.equal(r.risk, 'medium');
  });

  it('Slack v2: bot scopes and user_scope (marked user-token), deduplicated in order; workspace subdomains', () => {
    const r = parse('https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=chat:write,channels:history,chat:write&user_scope=search:read&redirect_uri=https%3A%2F%2Fbot.example.com%2Fslack');
    assert.equal(r.provider, 'slack');
    assert.deepEqual(scopeNames(r), ['chat:write', 'channels:history', 'search:read']);
    assert.deepEqual(r.scopes.map((s) => s.userToken ?? false), [false, false, true]);
    assert.equal(r.risk, 'high');
    assert.equal(parse('https://acme.slack.com/oauth/v2/authorize?client_id=1&scope=chat:write').provider, 'slack');
  });

  it('Salesforce: full + refresh_token, no PKCE; My Domain hosts', () => {
    const r = parse('https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9A2kN3Bn17hu&redirect_uri=https%3A%2F%2Fapp.example.com%2Fsf&scope=full%20refresh_token');
    assert.equal(r.provider, 'salesforce');
    assert.equal(riskOf(r, 'full'), 'critical');
    assert.deepEqual(r.longLivedSignals, ['refresh_token scope']);
    assert.ok(r.flowRisks.some((f) => f.startsWith('no PKCE')));
    assert.equal(r.risk, 'critical');
    assert.equal(parse('https://acme--uat.sandbox.my.salesforce.com/services/oauth2/authorize?response_type=code&client_id=x&scope=api').provider, 'salesforce');
  });

  it('Okta custom authorization server and org server', () => {
    const r = parse('https://dev-123456.okta.com/oauth2/aus1abcdEFGH/v1/authorize?client_id=0oa1xyz&response_type=code&scope=openid%20offline_access%20okta.users.manage&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s&code_challenge=c&code_challenge_method=S256');
    assert.equal(r.provider, 'okta');
    assert.match(r.notes.join('\n'), /custom authorization server "aus1abcdEFGH"/);
    assert.equal(riskOf(r, 'okta.users.manage'), 'critical');
    assert.deepEqual(r.longLivedSignals, ['offline_access scope']);
    assert.equal(parse('https://acme.oktapreview.com/oauth2/v1/authorize?client_id=a&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fa.example%2F').provider, 'okta');
  });

  it('generic OIDC on an unknown host: provider oidc, generic, plain-http redirect flagged', () => {
    const r = parse('https://id.example.org/connect/authorize?client_id=web&response_type=code&redirect_uri=http%3A%2F%2Fapp.example.org%2Fcb&scope=openid%20profile%20offline_access');
    assert.equal(r.provider, 'oidc');
    assert.equal(r.generic, true);
    assert.deepEqual(r.longLivedSignals, ['offline_access scope']);
    assert.ok(r.flowRisks.some((f) => f.startsWith('no PKCE')));
    assert.ok(r.flowRisks.some((f) => f.startsWith('redirect_uri uses plain http (app.example.org)')));
    // Only identity scopes grant access: offline_access alone does not raise the rating.
    assert.equal(r.risk, 'medium');
  });

  it('self-managed GitLab: /oauth/authorize with GitLab-only scopes', () => {
    const r = parse('https://code.acme.internal/oauth/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fci.acme.internal%2Fcb&response_type=code&scope=read_api%20write_repository&code_challenge=x');
    assert.equal(r.provider, 'gitlab');
    assert.equal(r.generic, false);
    assert.match(r.notes.join('\n'), /self-managed GitLab at code\.acme\.internal/);
    // Same path without GitLab scopes or host name: only the generic rule could apply, and it needs response_type.
    assert.equal(parseAuthorizationRequest('https://shop.example.com/oauth/authorize?client_id=abc&scope=read'), undefined);
  });

  const perProvider: [string, string, string[]][] = [
    ['atlassian', 'https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=a&scope=read%3Ajira-work%20write%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fa.example%2F&state=s&response_type=code&prompt=consent', ['read:jira-work', 'write:jira-work', 'offline_access']],
    ['dropbox', 'https://www.dropbox.com/oauth2/authorize?client_id=k&response_type=code&token_access_type=offline&scope=files.content.write%20account_info.read', ['files.content.write', 'account_info.read']],
    ['gitlab', 'https://gitlab.com/oauth/authorize?client_id=a&redirect_uri=https%3A%2F%2Fa.example%2F&response_type=code&scope=api', ['api']],
    ['zoom', 'https://zoom.us/oauth/authorize?response_type=code&client_id=z&redirect_uri=https%3A%2F%2Fa.example%2F', []],
    ['hubspot', 'https://app.hubspot.com/oauth/authorize?client_id=h&scope=crm.objects.contacts.write%20crm.objects.contacts.read&redirect_uri=https%3A%2F%2Fa.example%2F', ['crm.objects.contacts.write', 'crm.objects.contacts.read']],
    ['hubspot', 'https://app-eu1.hubspot.com/oauth/12345678/authorize?client_id=h&scope=oauth&redirect_uri=https%3A%2F%2Fa.example%2F', ['oauth']],
    ['notion', 'https://api.notion.com/v1/oauth/authorize?client_id=n&response_type=code&owner=user&redirect_uri=https%3A%2F%2Fa.example%2F', []],
    ['box', 'https://account.box.com/api/oauth2/authorize?response_type=code&client_id=b&redirect_uri=https%3A%2F%2Fa.example%2F&scope=root_readwrite', ['root_readwrite']],
    ['linear', 'https://linear.app/oauth/authorize?client_id=l&redirect_uri=https%3A%2F%2Fa.example%2F&response_type=code&scope=read,write', ['read', 'write']],
    ['bitbucket', 'https://bitbucket.org/site/oauth2/authorize?client_id=b&response_type=code', []],
    ['azure-devops', 'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=A1B2&response_type=Assertion&state=s&scope=vso.code_full%20vso.profile&redirect_uri=https%3A%2F%2Fa.example%2F', ['vso.code_full', 'vso.profile']],
    ['microsoft', 'https://login.live.com/oauth20_authorize.srf?client_id=c&scope=wl.basic&response_type=code&redirect_uri=https%3A%2F%2Fa.example%2F', ['wl.basic']],
  ];
  for (const [provider, url, scopes] of perProvider) {
    it(`${provider}: ${new URL(url).host}${new URL(url).pathname}`, () => {
      const r = parse(url);
      assert.equal(r.provider, provider);
      assert.equal(r.generic, false);
      assert.deepEqual(scopeNames(r), scopes);
    });
  }

  it('Dropbox token_access_type=offline and Atlassian offline_access are long-lived signals', () => {
    assert.deepEqual(parse(perProvider[1]![1]).longLivedSignals, ['token_access_type=offline']);
    const atlassian = parse(perProvider[0]![1]);
    assert.deepEqual(atlassian.longLivedSignals, ['offline_access scope']);
    assert.equal(atlassian.risk, 'critical', 'write:jira-work is high; with a refresh token it is raised');
  });

  it('leftover encoding: double-encoded %2520 and literal + separate scopes', () => {
    const r = parse('https://github.com/login/oauth/authorize?client_id=Ov23li1&scope=repo%2520read%253Aorg');
    assert.deepEqual(scopeNames(r), ['repo', 'read:org']);
    assert.deepEqual(scopeNames(parse('https://github.com/login/oauth/authorize?client_id=Ov23li1&scope=repo%2Bgist')), ['repo', 'gist']);
    assert.deepEqual(scopeNames(parse('https://github.com/login/oauth/authorize?client_id=Ov23li1&scope=read:user+user:email')), ['read:user', 'user:email']);
  });

  it('code_challenge_method=plain and approval_prompt=force are flow risks', () => {
    const r = parse('https://accounts.google.com/o/oauth2/auth?client_id=a&response_type=code&scope=email&code_challenge=abc&code_challenge_method=plain&approval_prompt=force&redirect_uri=https%3A%2F%2Fa.example%2F');
    assert.ok(r.flowRisks.some((f) => f.includes('code_challenge_method=plain')));
    assert.ok(r.flowRisks.some((f) => f.startsWith('approval_prompt=force')));
  });

  it('returns undefined, never throws, for anything that is not an authorization request', () => {
    const inputs: unknown[] = [
      '',
      'not a url',
      'javascript:alert(1)',
      'ftp://github.com/login/oauth/authorize?client_id=a',
      'https://github.com/settings/tokens',
      'https://accounts.google.com/ServiceLogin',
      'https://example.com/?client_id=a',
      'https://okta.com/oauth2/v1/authorize?client_id=a',
      'http://[::1',
      '%%%',
      `https://example.com/${'a'.repeat(40_000)}`,
      null,
      undefined,
      42,
    ];
    for (const input of inputs) assert.equal(parseAuthorizationRequest(input as string), undefined, String(input).slice(0, 60));
  });

  it('the contract JSON starts with provider, clientId, scopes, risk; narrower only when known', () => {
    const r = parse('https://github.com/login/oauth/authorize?client_id=Ov23li9&scope=repo%20read:user');
    const json = JSON.parse(formatAuthorizationRequestJson(r));
    assert.deepEqual(Object.keys(json).slice(0, 4), ['provider', 'clientId', 'scopes', 'risk']);
    assert.equal(json.provider, 'github');
    assert.equal(json.clientId, 'Ov23li9');
    assert.deepEqual(Object.keys(json.scopes[0]).slice(0, 4), ['scope', 'risk', 'reason', 'narrower']);
    assert.equal('narrower' in json.scopes[1], false, 'read:user has no narrower alternative');
    assert.equal(json.risk, 'critical');
    assert.equal(authorizationRequestJson(parse('https://github.com/apps/x/installations/new')).clientId, null);
  });

  it('overallRisk: explicit long-lived access raises medium-or-worse access by one step only', () => {
    const scope = (s: string, risk: 'low' | 'medium' | 'high' | 'critical', longLived = false) => ({ scope: s, risk, reason: '', known: true, ...(longLived ? { longLived } : {}) });
    assert.equal(overallRisk([scope('Calendars.ReadWrite', 'medium'), scope('offline_access', 'medium', true)], true, false), 'high');
    assert.equal(overallRisk([scope('openid', 'low'), scope('offline_access', 'medium', true)], true, false), 'medium');
    assert.equal(overallRisk([scope('Calendars.ReadWrite', 'medium')], false, false), 'medium');
    assert.equal(overallRisk([], false, true), 'medium');
    assert.equal(overallRisk([scope('full', 'critical')], true, false), 'critical');
  });
});

describe('oauth authorization endpoints', () => {
  it('exports host patterns for browser host permissions: exact hosts or *.suffix, every provider endpoint covered', () => {
    for (const host of authorizationHosts) assert.match(host, /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, host);
    for (const expected of ['accounts.google.com', 'github.com', 'login.microsoftonline.com', '*.slack.com', '*.okta.com', '*.my.salesforce.com', 'app.vssps.visualstudio.com']) {
      assert.ok(authorizationHosts.includes(expected), expected);
    }
    const providers = new Set(authorizationEndpoints.map((e) => e.provider));
    assert.deepEqual([...providers].sort(), OAUTH_PROVIDERS.filter((p) => p !== 'oidc').sort(), 'every named provider except generic oidc has an endpoint');
  });

  it('wildcards match subdomains only, never the bare domain or a look-alike', () => {
    assert.equal(hostMatches('acme.okta.com', '*.okta.com'), true);
    assert.equal(hostMatches('okta.com', '*.okta.com'), false);
    assert.equal(hostMatches('evilokta.com', '*.okta.com'), false);
    assert.equal(hostMatches('github.com.evil.example', 'github.com'), false);
  });

  it('splitScopeList keeps offsets', () => {
    assert.deepEqual(splitScopeList('repo, admin:org', 10), [
      { scope: 'repo', start: 10, end: 14 },
      { scope: 'admin:org', start: 16, end: 25 },
    ]);
  });
});
