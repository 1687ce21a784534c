import assert from 'node:assert/strict';
import { auditBackoffMs, auditBatchBody, auditOutcomeOfStatus } from '../src/audit/delivery.js';
import { brokerAuditEvent } from '../src/broker/audit.js';
import { GitHubAppError, githubAppJwtClaims, installationTokenRequest, jwtSigningInput, readInstallationTokenAnswer } from '../src/broker/github-app.js';
import { parseBrokerReference, type GitHubAppReference } from '../src/broker/references.js';

const ref = parseBrokerReference('github-app://42/7?permissions=contents:read&repositories=a') as GitHubAppReference;
const now = new Date('2026-12-06T00:00:00Z');

describe('broker: GitHub App token requests (pure)', () => {
  it('JWT claims: iat a minute back, exp under ten minutes ahead, iss the App id', () => {
    const claims = githubAppJwtClaims('42', 1_000_000);
    assert.deepEqual(claims, { iat: 999_940, exp: 1_000_540, iss: '42' });
    const [header, payload] = jwtSigningInput(claims).split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header!, 'base64url').toString()), { alg: 'RS256', typ: 'JWT' });
    assert.deepEqual(JSON.parse(Buffer.from(payload!, 'base64url').toString()), claims);
  });

  it('the token request narrows to the reference', () => {
    assert.deepEqual(installationTokenRequest(ref), { method: 'POST', path: '/app/installations/7/access_tokens', body: { permissions: { contents: 'read' }, repositories: ['a'] } });
    const all = parseBrokerReference('github-app://42/7?permissions=metadata:read') as GitHubAppReference;
    assert.deepEqual(installationTokenRequest(all).body, { permissions: { metadata: 'read' } });
  });

  it('reads answers: 201, and 401/403/404/422/5xx as clear errors', () => {
    const token = `ghs_${'x'.repeat(36)}`;
    const ok = readInstallationTokenAnswer(ref, 201, JSON.stringify({ token, expires_at: '2026-12-06T01:00:00Z' }), now, 60);
    assert.deepEqual(ok, { token, expiresAt: '2026-12-06T01:00:00.000Z' });
    const cases: [number, RegExp][] = [
      [401, /rejected the App's JWT \(401: bad\)/],
      [403, /refused the token \(403: bad\)/],
      [404, /no installation 7 of App 42 \(404\)/],
      [422, /refused the requested permissions or repositories \(422: bad\)/],
      [502, /GitHub is unavailable \(502\); no token was minted/],
    ];
    for (const [status, pattern] of cases) {
      assert.throws(() => readInstallationTokenAnswer(ref, status, JSON.stringify({ message: 'bad' }), now, 60), (e: Error) => e instanceof GitHubAppError && pattern.test(e.message));
    }
    assert.throws(() => readInstallationTokenAnswer(ref, 201, '{}', now, 60), /no token or expires_at/);
    assert.throws(() => readInstallationTokenAnswer(ref, 201, 'not json', now, 60), /not JSON/);
  });

  it('a token that would outlive the policy is refused (the caller revokes it)', () => {
    const body = JSON.stringify({ token: 'ghs_y', expires_at: '2026-12-06T01:00:00Z' });
    assert.throws(() => readInstallationTokenAnswer(ref, 201, body, now, 30), (e: Error) => /longer than 30 minutes; it was revoked/.test(e.message) && !e.message.includes('ghs_y'));
  });
});

describe('broker: audit events (pure)', () => {
  it('events carry names and outcomes only; the batch uses the browser extension envelope', () => {
    const event = brokerAuditEvent({ type: 'broker.resolution', scheme: 'keychain', reference: 'keychain://a/b', variable: 'T', command: 'node', outcome: 'resolved', ...({ value: 'leak' } as object) }, now);
    assert.deepEqual(Object.keys(event).sort(), ['command', 'outcome', 'reference', 'scheme', 'time', 'type', 'variable']);
    assert.deepEqual(JSON.parse(auditBatchBody('secret-hygiene-cli', { version: '1.0' }, [event])), { schema: 'secret-hygiene.audit/v1', source: 'secret-hygiene-cli', version: '1.0', events: [{ ...event }] });
  });

  it('delivery outcomes and backoff follow the extension queue', () => {
    assert.deepEqual(auditOutcomeOfStatus(204), { ok: true });
    assert.deepEqual(auditOutcomeOfStatus(503, '3'), { ok: false, retry: true, status: 503, retryAfterMs: 3000 });
    assert.deepEqual(auditOutcomeOfStatus(400), { ok: false, retry: false, status: 400 });
    assert.deepEqual(auditOutcomeOfStatus(429), { ok: false, retry: true, status: 429 });
    assert.equal(auditBackoffMs(1, 500, 4000, () => 0), 250);
    assert.equal(auditBackoffMs(5, 500, 4000, () => 1), 4000);
  });
});
