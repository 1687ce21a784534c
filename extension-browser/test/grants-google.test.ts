import assert from 'node:assert/strict';
import { googleEmulator, type GoogleAccessToken } from '../../test/emulators/google.js';
import { startLoopbackServer, type LoopbackServer } from '../../test/emulators/loopback-server.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';
import { auditGoogleToken, GOOGLE_CONNECTIONS_PAGE } from '../src/grants/google.js';

describe('grants audit: Google (tokeninfo)', () => {
  const token = synthetic.googleAccessToken();
  const exp = Math.floor(Date.UTC(2030, 0, 1) / 1000);
  const tokens = new Map<string, GoogleAccessToken>([[token, { clientId: '123-abc.apps.googleusercontent.com', email: 'grace@example.com', exp, scopes: ['openid', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/userinfo.email'] }]]);
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer(googleEmulator(new Map(), tokens));
  });
  after(() => server.close());

  it('the token’s scopes rated with the catalog, its app, expiry and owner; a link to the apps list Google has no API for', async () => {
    const report = await auditGoogleToken(token, { baseUrl: server.baseUrl });
    assert.equal(report.error, undefined);
    assert.equal(report.identity, 'grace@example.com');
    assert.deepEqual(report.token!.scopes.map((s) => [s.scope, s.risk]), [['https://www.googleapis.com/auth/drive', 'high'], ['openid', 'low'], ['https://www.googleapis.com/auth/userinfo.email', 'low']]);
    assert.equal(report.token!.lifetime, 'short-lived');
    assert.equal(report.token!.expiresAt, '2030-01-01T00:00:00.000Z');
    const app = report.sections[0]!.grants![0]!;
    assert.equal(app.appId, '123-abc.apps.googleusercontent.com');
    assert.match(app.flags[0]!, /^https:\/\/www\.googleapis\.com\/auth\/drive \(high\).*narrower: .*drive\.file/);
    assert.equal(report.risk, 'high');
    assert.ok(report.cannotList.some((c) => c.link === GOOGLE_CONNECTIONS_PAGE));
    const call = server.requests.at(-1)!;
    assert.equal(call.method, 'POST');
    assert.ok(!call.url.includes(token), 'the token is in the body, never the URL');
  });

  it('an unknown token: 400 invalid_token explained; a refresh token is not sent at all', async () => {
    const unknown = await auditGoogleToken(synthetic.googleAccessToken(), { baseUrl: server.baseUrl });
    assert.equal(unknown.error?.kind, 'unauthorized');
    assert.match(unknown.error!.message, /expired \(access tokens last an hour\)/);
    const before = server.requests.length;
    const refresh = await auditGoogleToken(`1//0g${'a'.repeat(90)}`, { baseUrl: server.baseUrl });
    assert.match(refresh.error!.message, /refresh token/);
    assert.equal(server.requests.length, before, 'nothing was sent');
  });
});
