import assert from 'node:assert/strict';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { randomOf } from '../../test/emulators/synthetic-tokens.js';
import { graphEmulator, type GraphEmulatorTokens } from '../../test/e2e-browser/support/graph-emulator.js';
import { assessPermissionGrant, auditMicrosoftGrants, GRAPH_APP_ID } from '../src/grants/microsoft.js';

/** A Graph access token is a JWT: three base64url parts (synthetic, random). */
const jwtLike = () => `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 160)}.${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 86)}`;

describe('grants audit: Microsoft Graph', () => {
  const tokens: GraphEmulatorTokens = { good: jwtLike(), limited: jwtLike(), leaky: jwtLike() };
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer(graphEmulator(tokens, () => server.baseUrl));
  });
  after(() => server.close());

  it('lists delegated grants (all pages) and app role assignments, resolves apps, rates with the catalog, worst first', async () => {
    const report = await auditMicrosoftGrants(tokens.good, { baseUrl: server.baseUrl });
    assert.equal(report.error, undefined);
    assert.equal(report.identity, 'grace@contoso.example');
    const grants = report.sections.find((s) => s.id === 'delegated-grants')!.grants!;
    assert.deepEqual(grants.map((g) => [g.app, g.risk, g.audience]), [
      ['Acme Directory Sync', 'critical', 'everyone in the tenant'],
      ['Contoso Mailer', 'high', 'you'],
      ['Wiki Reader', 'low', 'you'],
    ]);
    const sync = grants[0]!;
    assert.ok(sync.flags.some((f) => /^Directory\.ReadWrite\.All \(critical\)/.test(f)));
    assert.ok(sync.flags.some((f) => /every user in the tenant \(admin consent\)/.test(f)));
    assert.equal(sync.publisher, 'Acme Corporation');
    assert.equal(sync.verifiedPublisher, true);
    const mailer = grants[1]!;
    assert.ok(mailer.flags.some((f) => /offline_access: it holds a refresh token/.test(f)));
    assert.ok(mailer.flags.some((f) => /publisher is not verified/.test(f)));
    assert.deepEqual(mailer.scopes.map((s) => s.scope).slice(0, 2).sort(), ['Mail.ReadWrite', 'Mail.Send']);
    assert.equal(grants[2]!.resource, 'Contoso Wiki API');
    assert.equal(grants[2]!.scopes[0]!.known, false, 'a non-Graph API’s permission is not rated by the Graph catalog');
    const roles = report.sections.find((s) => s.id === 'app-roles')!.grants!;
    assert.deepEqual(roles.map((g) => [g.app, g.scopes[0]!.scope, g.risk]), [['Contoso Wiki API', 'Wiki.Admin', 'high'], ['Wiki Reader', 'default access', 'low']]);
    assert.equal(report.risk, 'critical');
    assert.ok(server.requests.some((r) => r.url.includes('$skiptoken=page2')), 'the second page was read');
    assert.ok(server.requests.every((r) => r.headers.authorization === `Bearer ${tokens.good}`), 'the token goes in the Authorization header');
    assert.ok(!JSON.stringify(report).includes(tokens.good), 'the report holds the token only redacted');
  });

  it('a 403 on the grants list is explained in its section; the rest of the audit carries on', async () => {
    const report = await auditMicrosoftGrants(tokens.limited, { baseUrl: server.baseUrl });
    const grants = report.sections.find((s) => s.id === 'delegated-grants')!;
    assert.equal(grants.error?.kind, 'forbidden');
    assert.match(grants.error!.message, /DelegatedPermissionGrant\.Read\.All/);
    assert.match(grants.error!.providerMessage!, /^Authorization_RequestDenied: Insufficient privileges/);
    assert.equal(report.sections.find((s) => s.id === 'app-roles')!.grants!.length, 2);
  });

  it('a nextLink to another host is not followed (the token never leaves the API)', async () => {
    const before = server.requests.length;
    const report = await auditMicrosoftGrants(tokens.leaky, { baseUrl: server.baseUrl });
    assert.equal(report.sections[0]!.grants!.length, 3);
    assert.ok(!server.requests.slice(before).some((r) => r.url.includes('steal')));
  });

  it('a rejected token is a fatal, explained error; an unreachable API too', async () => {
    const refused = await auditMicrosoftGrants(jwtLike(), { baseUrl: server.baseUrl });
    assert.equal(refused.error?.kind, 'unauthorized');
    assert.match(refused.error!.providerMessage!, /^InvalidAuthenticationToken/);
    assert.deepEqual(refused.sections, []);
    const down = await auditMicrosoftGrants(tokens.good, { baseUrl: 'http://127.0.0.1:9' });
    assert.equal(down.error?.kind, 'network');
  });

  it('admin consent makes a grant one step worse; low stays low', () => {
    const graph = { appId: GRAPH_APP_ID, displayName: 'Microsoft Graph' };
    const mine = assessPermissionGrant({ consentType: 'Principal', scope: 'Mail.Read' }, undefined, graph);
    const everyone = assessPermissionGrant({ consentType: 'AllPrincipals', scope: 'Mail.Read' }, undefined, graph);
    assert.notEqual(mine.risk, everyone.risk);
    assert.equal(assessPermissionGrant({ consentType: 'AllPrincipals', scope: 'User.Read' }, undefined, graph).risk, 'low');
  });
});
