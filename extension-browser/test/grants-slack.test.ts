import assert from 'node:assert/strict';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { slackEmulator, type SlackToken } from '../../test/emulators/slack.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';
import { auditSlackToken, slackTokenKind } from '../src/grants/slack.js';

describe('grants audit: Slack (auth.test)', () => {
  const user = synthetic.slackUser();
  const limited = synthetic.slackBot();
  const redirected = synthetic.slackBot();
  const tokens = new Map<string, SlackToken>([
    [user, { team: 'subarachnoid', user: 'grace', scopes: ['channels:history', 'chat:write', 'users:read'] }],
    [limited, { team: 'subarachnoid', user: 'standup-bot', scopes: ['chat:write'], fault: { kind: 'rate-limited', retryAfterSeconds: 30 } }],
    [redirected, { team: 'subarachnoid', user: 'standup-bot', scopes: ['chat:write'], fault: { kind: 'redirect', location: 'https://collector.invalid/api/auth.test' } }],
  ]);
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer(slackEmulator(tokens));
  });
  after(() => server.close());

  it('who, which workspace, the scopes from x-oauth-scopes rated with the catalog; says what Slack cannot list', async () => {
    const report = await auditSlackToken(user, { baseUrl: server.baseUrl });
    assert.equal(report.error, undefined);
    assert.equal(report.identity, 'grace on subarachnoid');
    assert.equal(report.token!.label, 'Slack user token');
    assert.equal(report.token!.lifetime, 'long-lived');
    assert.deepEqual(report.token!.scopes.map((s) => s.scope).sort(), ['channels:history', 'chat:write', 'users:read']);
    assert.equal(report.token!.scopes[0]!.scope, 'channels:history', 'worst first');
    const grant = report.sections[0]!.grants![0]!;
    assert.ok(grant.flags.some((f) => /does not expire/.test(f)));
    assert.ok(report.cannotList.some((c) => /no way to list the apps installed/.test(c.text)));
    assert.ok(report.cannotList.some((c) => c.link === 'https://subarachnoid.slack.com/apps/manage'));
    assert.equal(server.requests.at(-1)!.method, 'POST');
  });

  it('ok:false answers are errors: invalid_auth, ratelimited', async () => {
    const invalid = await auditSlackToken(synthetic.slackUser(), { baseUrl: server.baseUrl });
    assert.equal(invalid.error?.kind, 'unauthorized');
    assert.equal(invalid.error?.providerMessage, 'invalid_auth');
    const limitedReport = await auditSlackToken(limited, { baseUrl: server.baseUrl });
    assert.equal(limitedReport.error?.kind, 'rate-limited');
    assert.match(limitedReport.error!.message, /retry after 30 seconds/);
  });

  it('a redirect is not followed: the token’s request never goes elsewhere', async () => {
    const report = await auditSlackToken(redirected, { baseUrl: server.baseUrl });
    assert.equal(report.error?.kind, 'network');
    assert.ok(!report.error!.message.includes(redirected));
  });

  it('token kinds by prefix', () => {
    assert.deepEqual(slackTokenKind('xoxb-1'), { label: 'Slack bot token', lifetime: 'long-lived' });
    assert.deepEqual(slackTokenKind('xoxe.xoxp-1-abc'), { label: 'Slack rotating token', lifetime: 'short-lived' });
    assert.equal(slackTokenKind('nope').lifetime, 'unknown');
  });
});
