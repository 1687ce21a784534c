import assert from 'node:assert/strict';
import { bearerToken, startLoopbackServer, type EmulatedRequest, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { slackEmulator, type SlackToken } from '../../test/emulators/slack.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';
import { auditSlackToken, installedFromLogs, slackTokenKind, type IntegrationLogPayload } from '../src/grants/slack.js';

/** team.integrationLogs as documented (https://api.slack.com/methods/team.integrationLogs), two pages, admins only. */
const LOGS: IntegrationLogPayload[] = [
  { app_id: 'A0CHATOPS1', app_type: 'app', change_type: 'added', scope: 'channels:history,chat:write', user_name: 'grace', date: '1700000100' },
  { app_id: 'A0GONE0001', app_type: 'app', change_type: 'added', scope: 'admin', user_name: 'grace', date: '1700000110' },
  { app_id: 'A0GONE0001', app_type: 'app', change_type: 'removed', user_name: 'grace', date: '1700000120' },
  { service_id: 99, service_type: 'Google Drive', change_type: 'added', user_name: 'alan', date: '1700000130' },
  { app_id: 'A0CHATOPS1', app_type: 'app', change_type: 'updated', scope: 'files:write', user_name: 'grace', date: '1700000140' },
];
function integrationLogsRoute(admin: string) {
  return (request: EmulatedRequest) => {
    if (!request.url.startsWith('/api/team.integrationLogs')) return undefined;
    if (bearerToken(request) !== admin) return { status: 200, body: { ok: false, error: 'not_allowed_token_type' } };
    const page = Number(new URLSearchParams(request.body).get('page') ?? '1');
    const logs = page === 1 ? LOGS.slice(0, 3) : LOGS.slice(3);
    return { status: 200, body: { ok: true, logs, paging: { count: 3, total: LOGS.length, page, pages: 2 } } };
  };
}

describe('grants audit: Slack (auth.test)', () => {
  const user = synthetic.slackUser();
  const limited = synthetic.slackBot();
  const redirected = synthetic.slackBot();
  const admin = synthetic.slackUser();
  const tokens = new Map<string, SlackToken>([
    [user, { team: 'subarachnoid', user: 'grace', scopes: ['channels:history', 'chat:write', 'users:read'] }],
    [limited, { team: 'subarachnoid', user: 'standup-bot', scopes: ['chat:write'], fault: { kind: 'rate-limited', retryAfterSeconds: 30 } }],
    [admin, { team: 'subarachnoid', user: 'grace', scopes: ['admin', 'users:read'] }],
    [redirected, { team: 'subarachnoid', user: 'standup-bot', scopes: ['chat:write'], fault: { kind: 'redirect', location: 'https://collector.invalid/api/auth.test' } }],
  ]);
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer(integrationLogsRoute(admin), slackEmulator(tokens));
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

  it('an admin token: the apps still installed, rebuilt from every page of the integration log', async () => {
    const report = await auditSlackToken(admin, { baseUrl: server.baseUrl });
    const apps = report.sections.find((s) => s.id === 'workspace-apps')!;
    assert.equal(apps.error, undefined);
    assert.deepEqual(apps.grants!.map((g) => g.app), ['app A0CHATOPS1', 'Google Drive'], 'the removed app is gone');
    assert.deepEqual(apps.grants![0]!.scopes.map((s) => s.scope).sort(), ['channels:history', 'chat:write', 'files:write']);
    assert.equal(apps.grants![0]!.publisher, 'added by grace');
    const rank = { low: 0, medium: 1, high: 2, critical: 3 };
    const worst = [report.token!.risk, ...apps.grants!.map((g) => g.risk)].sort((a, b) => rank[b] - rank[a])[0];
    assert.equal(report.risk, worst, 'the report’s risk covers the workspace’s apps');
    assert.notEqual(apps.grants![0]!.risk, 'low', 'channels:history and files:write are rated by the catalog');
  });

  it('an ordinary token does not call the admin-only log at all', async () => {
    const before = server.requests.length;
    const report = await auditSlackToken(user, { baseUrl: server.baseUrl });
    assert.equal(report.sections.find((s) => s.id === 'workspace-apps'), undefined);
    assert.ok(!server.requests.slice(before).some((r) => r.url.includes('integrationLogs')));
  });

  it('the log replays in date order whatever order it comes in; a disabled app is kept, marked and not rated', () => {
    const apps = installedFromLogs([...LOGS].reverse().concat([{ app_id: 'A0CHATOPS1', change_type: 'disabled', date: '1700000150' }]));
    assert.deepEqual(apps.map((a) => [a.app, a.flags.includes('disabled'), a.risk]), [['app A0CHATOPS1', true, 'low'], ['Google Drive', false, 'low']]);
    assert.equal(apps[0]!.scopes.length, 3, 'its scopes are still listed');
  });

  it('token kinds by prefix', () => {
    assert.deepEqual(slackTokenKind('xoxb-1'), { label: 'Slack bot token', lifetime: 'long-lived' });
    assert.deepEqual(slackTokenKind('xoxe.xoxp-1-abc'), { label: 'Slack rotating token', lifetime: 'short-lived' });
    assert.equal(slackTokenKind('nope').lifetime, 'unknown');
  });
});
