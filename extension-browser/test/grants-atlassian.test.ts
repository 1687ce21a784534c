import assert from 'node:assert/strict';
import { bearerToken, startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { randomOf } from '../../test/emulators/synthetic-tokens.js';
import { assessSite, auditAtlassianToken, ATLASSIAN_CONNECTED_APPS } from '../src/grants/atlassian.js';

/** Atlassian 3LO access tokens are JWTs (synthetic, random). */
const token = `eyJraWQiOiJhdXRoLmF0bGFzc2lhbi5jb20iLCJhbGciOiJSUzI1NiJ9.${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 200)}.${randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 86)}`;

/** GET /oauth/token/accessible-resources as documented (developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
function atlassianEmulator() {
  return (request: { method: string; url: string; headers: Record<string, string>; body: string }) => {
    if (request.url !== '/oauth/token/accessible-resources') return undefined;
    if (bearerToken(request) !== token) return { status: 401, body: { code: 401, message: 'Unauthorized' } };
    return {
      status: 200,
      body: [
        { id: '1324a887-45db-1bf4-1e99-ef0ff456d421', name: 'acme', url: 'https://acme.atlassian.net', scopes: ['read:jira-work', 'write:jira-work', 'manage:jira-configuration'], avatarUrl: 'https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png' },
        { id: '2435b998-56ec-2cf5-2f00-f00ff567e532', name: 'acme-wiki', url: 'https://acme-wiki.atlassian.net', scopes: ['read:confluence-content.summary'], avatarUrl: 'https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/rocket.png' },
      ],
    };
  };
}

describe('grants audit: Atlassian (accessible-resources)', () => {
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer(atlassianEmulator());
  });
  after(() => server.close());

  it('each site the token reaches with its scopes rated, worst first; a link to Connected apps', async () => {
    const report = await auditAtlassianToken(token, { baseUrl: server.baseUrl });
    assert.equal(report.error, undefined);
    const sites = report.sections[0]!.grants!;
    assert.deepEqual(sites.map((s) => s.app), ['acme', 'acme-wiki']);
    assert.equal(sites[0]!.resource, 'https://acme.atlassian.net');
    assert.ok(['high', 'critical'].includes(sites[0]!.risk), sites[0]!.risk);
    assert.ok(sites[0]!.flags.some((f) => f.startsWith('manage:jira-configuration')));
    assert.equal(report.risk, sites[0]!.risk);
    assert.ok(report.cannotList.some((c) => c.link === ATLASSIAN_CONNECTED_APPS));
  });

  it('a refused token is explained; malformed sites do not break the audit', async () => {
    const refused = await auditAtlassianToken('eyJ.nope.x', { baseUrl: server.baseUrl });
    assert.equal(refused.error?.kind, 'unauthorized');
    assert.equal(refused.error?.providerMessage, 'Unauthorized');
    assert.deepEqual(assessSite({ scopes: 'read:jira-work' }).scopes, []);
    assert.equal(assessSite({ name: 'x', scopes: [1, 'read:jira-work', null] }).scopes.length, 1);
  });
});
