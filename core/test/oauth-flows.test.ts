/** Issue 19 item 2: flows, not only scopes. One test per flow finding, and the rules that score them. */
import assert from 'node:assert/strict';
import { authorizationRequestJson, parseAuthorizationRequest, type AuthorizationRequest } from '../src/oauth/authorization-request.js';
import { FLOW_IDS, type FlowId } from '../src/oauth/flows.js';
import { DISCORD_PERMISSIONS, discordPermissions } from '../src/oauth/providers/discord.js';

const CB = 'redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb';
const PKCE = 'code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';
const seen = new Set<FlowId>();

function parse(url: string): AuthorizationRequest {
  const request = parseAuthorizationRequest(url);
  assert.ok(request, `expected an authorization request: ${url}`);
  for (const flow of request.flows) seen.add(flow.id);
  return request;
}

const ids = (r: AuthorizationRequest) => r.flows.map((f) => f.id);
const flow = (r: AuthorizationRequest, id: FlowId) => r.flows.find((f) => f.id === id);

describe('flow findings', () => {
  describe('Microsoft admin consent', () => {
    it('the v2.0 adminconsent endpoint is recognised and critical whatever it asks for', () => {
      const r = parse(`https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&${CB}&state=12345`);
      assert.equal(r.provider, 'microsoft');
      assert.equal(r.generic, false);
      assert.equal(r.flows[0]?.id, 'microsoft-admin-consent', 'the most serious finding comes first');
      assert.equal(r.flows[0]?.risk, 'critical');
      assert.match(r.flows[0]!.message, /every user in the tenant/);
      assert.equal(r.risk, 'critical');
      assert.equal(r.flowRisks[0], r.flows[0]!.message, 'flowRisks carries the same sentences for the banner');
    });

    it('the v1 adminconsent endpoint and prompt=admin_consent on the authorize endpoint too', () => {
      const v1 = parse(`https://login.microsoftonline.com/common/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&${CB}&state=s`);
      assert.equal(flow(v1, 'microsoft-admin-consent')?.risk, 'critical');
      assert.equal(v1.risk, 'critical');
      const prompted = parse(`https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c&response_type=code&${CB}&scope=User.Read&prompt=admin_consent&state=s&${PKCE}`);
      assert.match(flow(prompted, 'microsoft-admin-consent')!.message, /prompt=admin_consent/);
      assert.equal(prompted.risk, 'critical');
    });

    it('an ordinary Microsoft sign-in is not admin consent, nor is prompt=admin_consent elsewhere', () => {
      const plain = parse(`https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c&response_type=code&${CB}&scope=User.Read&state=s&${PKCE}`);
      assert.deepEqual(ids(plain), []);
      assert.equal(plain.risk, 'low');
      const google = parse(`https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&${CB}&scope=email&prompt=admin_consent&state=s&${PKCE}`);
      assert.equal(flow(google, 'microsoft-admin-consent'), undefined);
    });
  });

  it('Google Workspace administration scopes hint at domain-wide reach', () => {
    const r = parse(`https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&${CB}&state=s&${PKCE}&hd=acme.example&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fadmin.directory.user.readonly%20email`);
    const hint = flow(r, 'google-workspace-admin');
    assert.equal(hint?.risk, 'high');
    assert.match(hint!.message, /admin\.directory\.user\.readonly\) for acme\.example/);
    assert.match(hint!.message, /domain-wide delegation/);
    assert.equal(flow(parse(`https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&${CB}&state=s&${PKCE}&scope=email`), 'google-workspace-admin'), undefined);
  });

  it('Atlassian grants are site-wide; manage: scopes make that high', () => {
    const read = parse(`https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=a&scope=read%3Ajira-work&${CB}&state=s&response_type=code`);
    assert.equal(flow(read, 'atlassian-site-wide')?.risk, 'low');
    const manage = parse(`https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=a&scope=manage%3Ajira-configuration&${CB}&state=s&response_type=code`);
    assert.equal(flow(manage, 'atlassian-site-wide')?.risk, 'high');
  });

  describe('Discord bot invites', () => {
    const invite = (permissions: string, scope = 'bot%20applications.commands') => parse(`https://discord.com/oauth2/authorize?client_id=1187000000000000001&scope=${scope}&permissions=${permissions}`);

    it('permissions=8 is Administrator: critical', () => {
      const r = invite('8');
      const bot = flow(r, 'discord-bot-permissions')!;
      assert.equal(bot.risk, 'critical');
      assert.match(bot.message, /0x8: Administrator \(critical: every permission in every channel/);
      assert.equal(r.risk, 'critical');
    });

    it('Manage Roles (bit 28) alone is critical too; ordinary chat bits are low and listed', () => {
      assert.equal(flow(invite(String(1 << 28)), 'discord-bot-permissions')?.risk, 'critical');
      const chat = flow(invite(String((1 << 10) | (1 << 11))), 'discord-bot-permissions')!;
      assert.equal(chat.risk, 'medium', 'View Channels reads every message as it arrives');
      assert.match(chat.message, /0xc00: View Channels .*; Send Messages/);
      const mixed = flow(invite(String((1 << 2) | (1 << 11) | (1 << 6))), 'discord-bot-permissions')!;
      assert.match(mixed.message, /Ban Members .*; and 2 lower-risk permissions$/);
    });

    it('bits past 2^53 are decoded exactly; unknown bits are medium; junk and 0 are handled', () => {
      const high = discordPermissions((1n << 60n | 8n).toString())!;
      assert.deepEqual(high.map((p) => p.bit), [3, 60]);
      assert.equal(high[1]!.risk, 'medium');
      assert.equal(discordPermissions('0x8'), undefined);
      assert.equal(flow(invite('abc'), 'discord-bot-permissions')?.risk, 'medium');
      assert.equal(flow(invite('0'), 'discord-bot-permissions')?.risk, 'low');
      assert.equal(flow(invite('8', 'identify'), 'discord-bot-permissions'), undefined, 'no bot scope: the permissions value grants nothing');
      assert.deepEqual(ids(invite('8')), ['discord-bot-permissions'], 'a bot invite has no callback, so no missing-state finding');
    });

    it('the permission table has unique bits and names, each rated', () => {
      assert.equal(new Set(DISCORD_PERMISSIONS.map((p) => p.bit)).size, DISCORD_PERMISSIONS.length);
      assert.equal(new Set(DISCORD_PERMISSIONS.map((p) => p.name)).size, DISCORD_PERMISSIONS.length);
      assert.equal(DISCORD_PERMISSIONS.find((p) => p.bit === 3)?.name, 'Administrator');
    });
  });

  it('Slack user_scope asks for a user token besides the bot: rated by its worst user scope', () => {
    const r = parse(`https://slack.com/oauth/v2/authorize?client_id=1.2&scope=chat:write&user_scope=search:read&${CB}&state=s`);
    const user = flow(r, 'slack-user-token')!;
    assert.equal(user.risk, 'high');
    assert.match(user.message, /\(search:read\): it acts as you/);
    assert.equal(flow(parse(`https://slack.com/oauth/v2/authorize?client_id=1.2&scope=chat:write&${CB}&state=s`), 'slack-user-token'), undefined);
  });

  describe('providers whose scopes live in the app console', () => {
    it('Dropbox with token_access_type=offline and no scope is high, not low (the issue’s case)', () => {
      const r = parse(`https://www.dropbox.com/oauth2/authorize?client_id=k&response_type=code&token_access_type=offline&${CB}&state=s&${PKCE}`);
      assert.deepEqual(r.scopes, []);
      const console = flow(r, 'scopes-not-in-request')!;
      assert.equal(console.risk, 'medium');
      assert.match(console.message, /App Console/);
      assert.deepEqual(r.longLivedSignals, ['token_access_type=offline']);
      assert.equal(r.risk, 'high');
    });

    it('without offline access it is medium; with scopes in the URL the scopes decide', () => {
      assert.equal(parse(`https://www.dropbox.com/oauth2/authorize?client_id=k&response_type=code&${CB}&state=s&${PKCE}`).risk, 'medium');
      const scoped = parse(`https://www.dropbox.com/oauth2/authorize?client_id=k&response_type=code&scope=account_info.read&${CB}&state=s&${PKCE}`);
      assert.equal(flow(scoped, 'scopes-not-in-request'), undefined);
      assert.equal(scoped.risk, 'low');
      assert.equal(parse(`https://api.notion.com/v1/oauth/authorize?client_id=n&response_type=code&owner=user&${CB}&state=s`).risk, 'medium');
    });

    it('a provider whose URL always names its scopes has no such finding', () => {
      assert.equal(flow(parse(`https://accounts.spotify.com/authorize?response_type=code&client_id=s&${CB}&state=s`), 'scopes-not-in-request'), undefined);
    });
  });

  describe('grant type, PKCE and state', () => {
    it('implicit flow is medium', () => {
      const r = parse(`https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c&response_type=token&${CB}&scope=User.Read&state=s`);
      assert.equal(flow(r, 'implicit-flow')?.risk, 'medium');
      assert.equal(r.risk, 'medium');
    });

    it('a code flow without code_challenge is missing PKCE; plain PKCE is flagged', () => {
      assert.equal(flow(parse(`https://gitlab.com/oauth/authorize?client_id=a&${CB}&response_type=code&scope=read_user&state=s`), 'missing-pkce')?.risk, 'low');
      const plain = parse(`https://gitlab.com/oauth/authorize?client_id=a&${CB}&response_type=code&scope=read_user&state=s&code_challenge=abc&code_challenge_method=plain`);
      assert.deepEqual(ids(plain), ['pkce-plain']);
    });

    it('no state, no PKCE and no nonce is missing state; any of them is enough', () => {
      assert.equal(flow(parse(`https://gitlab.com/oauth/authorize?client_id=a&${CB}&response_type=code&scope=read_user`), 'missing-state')?.risk, 'low');
      assert.equal(flow(parse(`https://gitlab.com/oauth/authorize?client_id=a&${CB}&response_type=code&scope=read_user&${PKCE}`), 'missing-state'), undefined);
      assert.equal(flow(parse(`https://gitlab.com/oauth/authorize?client_id=a&${CB}&response_type=id_token&scope=openid&nonce=n`), 'missing-state'), undefined);
    });

    it('prompt=consent and approval_prompt=force are forced re-consent', () => {
      const r = parse(`https://accounts.google.com/o/oauth2/auth?client_id=a&response_type=code&scope=email&${CB}&state=s&${PKCE}&prompt=select_account%20consent&approval_prompt=force`);
      assert.deepEqual(ids(r), ['forced-consent', 'forced-consent']);
      assert.equal(r.risk, 'low', 'forced consent alone does not raise an identity-only request');
    });
  });

  describe('redirect URIs', () => {
    const to = (redirect: string) => parse(`https://gitlab.com/oauth/authorize?client_id=a&redirect_uri=${encodeURIComponent(redirect)}&response_type=code&scope=read_user&state=s&${PKCE}`);

    it('loopback (localhost, 127.0.0.1, [::1]) is noted as low, whatever the scheme', () => {
      for (const redirect of ['http://localhost:8080/cb', 'http://127.0.0.1:53682/', 'http://[::1]:3000/cb', 'https://dev.localhost/cb']) {
        assert.deepEqual(to(redirect).flows.map((f) => [f.id, f.risk]), [['redirect-loopback', 'low']], redirect);
      }
    });

    it('a raw IP is medium; plain http on a real host is medium; both when both', () => {
      assert.deepEqual(ids(to('https://203.0.113.7/cb')), ['redirect-ip']);
      assert.deepEqual(ids(to('http://app.example.org/cb')), ['redirect-plain-http']);
      assert.deepEqual(ids(to('http://203.0.113.7/cb')), ['redirect-ip', 'redirect-plain-http']);
      assert.equal(to('http://203.0.113.7/cb').risk, 'medium');
    });

    it('custom schemes and https hosts are not judged', () => {
      assert.deepEqual(ids(to('com.example.app:/oauth2redirect')), []);
      assert.deepEqual(ids(to('https://app.example.com/cb')), []);
    });
  });

  describe('offline and refresh-token requests, per provider', () => {
    const cases: [string, string[]][] = [
      [`https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&${CB}&scope=email&access_type=offline&state=s`, ['access_type=offline']],
      [`https://www.dropbox.com/oauth2/authorize?client_id=k&response_type=code&token_access_type=offline&scope=account_info.read&${CB}`, ['token_access_type=offline']],
      [`https://www.reddit.com/api/v1/authorize?client_id=r&response_type=code&state=s&${CB}&duration=permanent&scope=identity`, ['duration=permanent']],
      ['https://trello.com/1/authorize?expiration=never&scope=read&response_type=token&key=k&return_url=https%3A%2F%2Fapp.example.com%2F', ['expiration=never']],
      [`https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c&response_type=code&${CB}&scope=offline_access%20User.Read&state=s`, ['offline_access scope']],
      [`https://x.com/i/oauth2/authorize?response_type=code&client_id=M1&${CB}&scope=tweet.read%20offline.access&state=s&${PKCE}`, ['offline.access scope']],
      [`https://account.docusign.com/oauth/auth?response_type=code&scope=signature%20extended&client_id=d&${CB}&state=s`, ['extended scope']],
    ];
    for (const [url, signals] of cases) {
      it(`${new URL(url).host}: ${signals.join(', ')}`, () => assert.deepEqual(parse(url).longLivedSignals, signals));
    }

    it('a provider-specific parameter means nothing on another provider', () => {
      assert.deepEqual(parse(`https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&${CB}&scope=email&duration=permanent&expiration=never&state=s`).longLivedSignals, []);
      assert.deepEqual(parse('https://trello.com/1/authorize?expiration=30days&scope=read&response_type=token&key=k').longLivedSignals, []);
    });

    it('standing access raises medium-or-worse access by one step (Reddit private messages, permanent)', () => {
      const temporary = parse(`https://www.reddit.com/api/v1/authorize?client_id=r&response_type=code&state=s&${CB}&duration=temporary&scope=privatemessages`);
      const permanent = parse(`https://www.reddit.com/api/v1/authorize?client_id=r&response_type=code&state=s&${CB}&duration=permanent&scope=privatemessages`);
      assert.deepEqual([temporary.risk, permanent.risk], ['high', 'critical']);
    });
  });

  it('the JSON output lists the flows with id, risk and message', () => {
    const json = authorizationRequestJson(parse(`https://login.microsoftonline.com/common/v2.0/adminconsent?client_id=c&${CB}&state=s`));
    const flows = json.flows as { id: string; risk: string; message: string }[];
    assert.deepEqual(Object.keys(flows[0]!), ['id', 'risk', 'message']);
    assert.equal(flows[0]!.id, 'microsoft-admin-consent');
  });

  it('GitHub App installation pages and App authorizations have no flow findings (nothing in the URL to judge)', () => {
    assert.deepEqual(parse('https://github.com/apps/octo-ci/installations/new').flows, []);
    assert.deepEqual(parse('https://github.com/login/oauth/authorize?client_id=Iv23liAbCdEf01234567&redirect_uri=http%3A%2F%2F203.0.113.7%2Fcb').flows, []);
  });

  after(() => {
    // Every flow id is exercised by at least one test above (a new id needs a test).
    assert.deepEqual(FLOW_IDS.filter((id) => !seen.has(id)), []);
  });
});
