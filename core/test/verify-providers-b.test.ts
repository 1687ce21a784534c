/**
 * Group B verifiers (AWS, SendGrid, Twilio, Datadog, Sentry, Linear, Notion) against loopback emulators
 * that check each request as the provider does (AWS: the SigV4 signature recomputed independently with
 * node:crypto). Every provider: live, invalid, and unknown for 429, 5xx and a reply slower than the
 * call's timeout; revocation where the provider allows it; no secret in any answer. Tokens are
 * synthetic random strings in each provider's documented format.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { Scanner, builtinRules, scanDocument } from '../src/index.js';
import { verifiers } from '../src/verify/registry.js';
import { runRevocation, runVerification } from '../src/verify/run.js';
import { amzDate, signV4, signingKey } from '../src/verify/sigv4.js';
import { toHex } from '../src/engine/hash.js';
import type { Credential, VerifierSpec } from '../src/verify/types.js';
import { awsVerifier } from '../src/verify/providers/aws.js';
import { sendgridVerifier } from '../src/verify/providers/sendgrid.js';
import { twilioVerifier } from '../src/verify/providers/twilio.js';
import { DATADOG_SITES, datadogVerifier } from '../src/verify/providers/datadog.js';
import { sentryVerifier } from '../src/verify/providers/sentry.js';
import { linearVerifier } from '../src/verify/providers/linear.js';
import { notionVerifier } from '../src/verify/providers/notion.js';
import { startLoopbackServer, type LoopbackServer, type Route } from '../../test/emulators/loopback-server.js';
import { loopbackCall } from '../../test/emulators/loopback-call.js';
import type { OutageSwitch } from '../../test/emulators/outages.js';
import { awsStsEmulator, type AwsEmulatorState } from '../../test/emulators/aws-sts.js';
import { sendgridEmulator } from '../../test/emulators/sendgrid.js';
import { twilioEmulator } from '../../test/emulators/twilio.js';
import { datadogEmulator } from '../../test/emulators/datadog.js';
import { sentryEmulator } from '../../test/emulators/sentry.js';
import { linearEmulator } from '../../test/emulators/linear.js';
import { notionEmulator } from '../../test/emulators/notion.js';

// Synthetic tokens in each provider's format.
const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const HEX = '0123456789abcdef';
const hex = (n: number) => pick(HEX, n);
const alnum = (n: number) => pick(ALNUM, n);
/** Mixed case plus digits and `/+`, as AWS secret keys are (the rule wants all three classes). */
const awsSecret = () => `${pick(UPPER, 3)}${pick('abcdefghijklmnopqrstuvwxyz', 3)}7/${pick(`${ALNUM}+/`, 32)}`;
const awsKeyId = (prefix: 'AKIA' | 'ASIA') => prefix + pick(`${UPPER}234567`, 16);
const base64url = (n: number) => pick(`${ALNUM}-_`, n);

const credentialFor = (ruleId: string, secret: string, companions: Record<string, string> = {}): Credential => ({ ruleId, secret, companions, now: new Date() });

/** Nothing a verifier returns may carry the secret or a companion value. */
function assertNoSecret(answer: unknown, credential: Credential): void {
  const text = JSON.stringify(answer);
  for (const value of [credential.secret, ...Object.values(credential.companions)]) assert.ok(!text.includes(value), `answer leaks a credential value: ${text}`);
}

async function withEmulator(route: Route, body: (server: LoopbackServer) => Promise<void>): Promise<void> {
  const server = await startLoopbackServer(route);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

/**
 * The three ways a provider says nothing: 429, a server error, a reply slower than the call's timeout
 * (the call rejects; runVerification, the path every host takes, turns that into `unknown`).
 */
function itReportsUnknownOutages(name: string, setup: () => { state: OutageSwitch; route: Route; spec: VerifierSpec; credential: Credential; rateLimitWord: RegExp }): void {
  for (const outage of ['rate-limited', 'server-error', 'slow'] as const) {
    it(`${name}: ${outage} → unknown, saying why`, async () => {
      const { state, route, spec, credential, rateLimitWord } = setup();
      state.outage = outage;
      state.slowMs = 1500;
      await withEmulator(route, async (server) => {
        const answer = await runVerification(spec, credential, loopbackCall(server.baseUrl, 250));
        assert.equal(answer.status, 'unknown', JSON.stringify(answer));
        assert.match(answer.error ?? '', outage === 'rate-limited' ? rateLimitWord : outage === 'server-error' ? /server error|ServiceUnavailable|HTTP 5\d\d/ : /timed out/);
        assertNoSecret(answer, credential);
      });
    });
  }
}

describe('verify providers, group B: registry and formats', () => {
  const groupB = [awsVerifier, sendgridVerifier, twilioVerifier, datadogVerifier, sentryVerifier, linearVerifier, notionVerifier];

  it('every group B spec is registered, names existing rules, official HTTPS hosts and its documentation', () => {
    const ruleIds = new Set(builtinRules.map((rule) => rule.id));
    for (const spec of groupB) {
      assert.ok(verifiers.includes(spec), `${spec.id} registered`);
      for (const id of [...spec.ruleIds, ...(spec.companions ?? []).flatMap((c) => c.ruleIds)]) assert.ok(ruleIds.has(id), `${spec.id}: rule ${id} exists`);
      for (const host of spec.hosts) assert.match(host, /^https:\/\/[a-z0-9.-]+$/, `${spec.id}: ${host}`);
      assert.ok(spec.docs.length > 0 && spec.docs.every((url) => url.startsWith('https://')), `${spec.id} cites its docs`);
    }
  });

  it('the synthetic tokens below are found by the rules the specs verify', () => {
    const scanner = new Scanner(builtinRules);
    const samples: [string, string][] = [
      [`aws_access_key_id = ${awsKeyId('AKIA')}\naws_secret_access_key = ${awsSecret()}\n`, 'aws-secret-access-key'],
      [`SENDGRID_API_KEY=SG.${base64url(22)}.${base64url(43)}\n`, 'sendgrid-api-key'],
      [`TWILIO_ACCOUNT_SID=AC${hex(32)}\nTWILIO_AUTH_TOKEN=${hex(32)}\n`, 'twilio-auth-token'],
      [`DD_API_KEY=${hex(32)}\n`, 'datadog-api-key'],
      [`SENTRY_AUTH_TOKEN=sntryu_${hex(64)}\n`, 'sentry-user-token'],
      [`LINEAR_API_KEY=lin_api_${alnum(40)}\n`, 'linear-api-key'],
      [`NOTION_TOKEN=ntn_${pick('0123456789', 11)}${alnum(35)}\n`, 'notion-api-token'],
    ];
    for (const [text, ruleId] of samples) {
      const found = scanDocument(scanner, text, { path: '.env', now: new Date() }).findings.map((f) => f.ruleId);
      assert.ok(found.includes(ruleId), `${ruleId} in ${JSON.stringify(found)}`);
    }
  });
});

describe('SigV4 signer (AWS documented examples)', () => {
  // Example values from AWS's Signature Version 4 documentation ("Examples of how to derive a signing key",
  // https://docs.aws.amazon.com/general/latest/gr/signature-v4-examples.html, and the signed IAM ListUsers
  // requests of https://docs.aws.amazon.com/general/latest/gr/sigv4-create-canonical-request.html and
  // https://docs.aws.amazon.com/general/latest/gr/sigv4-signed-request-examples.html).
  const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
  const keys = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: EXAMPLE_SECRET };

  it('derives the documented signing key', () => {
    assert.equal(toHex(signingKey(EXAMPLE_SECRET, { date: '20120215', region: 'us-east-1', service: 'iam' })), 'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('signs the documented GET ListUsers request', () => {
    const signed = signV4(
      { method: 'GET', path: '/', query: 'Version=2010-05-08&Action=ListUsers', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Host: 'iam.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' }, body: '' },
      keys,
      { date: '20150830', region: 'us-east-1', service: 'iam' },
      '20150830T123600Z',
    );
    assert.equal(signed.stringToSign.split('\n')[3], 'f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59');
    assert.equal(signed.authorization, 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
  });

  it('signs the documented POST ListUsers request (form body, as GetCallerIdentity is sent)', () => {
    const signed = signV4(
      { method: 'POST', path: '/', query: '', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: 'iam.amazonaws.com', 'x-amz-date': '20110909T233600Z' }, body: 'Action=ListUsers&Version=2010-05-08' },
      keys,
      { date: '20110909', region: 'us-east-1', service: 'iam' },
      '20110909T233600Z',
    );
    assert.equal(signed.stringToSign.split('\n')[3], '3511de7e95d28ecd39e9513b642aee07e54f4941150d8df8bf94b328ef7e55e2');
    assert.equal(signed.signature, 'ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c');
  });

  it('formats x-amz-date in ISO 8601 basic form', () => {
    assert.equal(amzDate(new Date('2026-12-06T01:02:03.456Z')), '20261206T010203Z');
  });
});

describe('AWS verifier against the STS/IAM emulator', () => {
  const userKeyId = awsKeyId('AKIA');
  const userSecret = awsSecret();
  const sessionKeyId = awsKeyId('ASIA');
  const sessionSecret = awsSecret();
  const sessionToken = `IQoJb3JpZ2luX2Vj${pick(`${ALNUM}+/`, 300)}`;
  const state = (): AwsEmulatorState => ({
    keys: {
      [userKeyId]: { secretAccessKey: userSecret, arn: 'arn:aws:iam::123456789012:user/ci-deployer', maySelfManage: true },
      [sessionKeyId]: { secretAccessKey: sessionSecret, arn: 'arn:aws:sts::123456789012:assumed-role/deploy/session-1', sessionToken },
    },
  });
  const userCredential = () => credentialFor('aws-secret-access-key', userSecret, { accessKeyId: userKeyId });

  it('a live long-term key: the ARN as identity, one signed POST to STS', async () => {
    await withEmulator(awsStsEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const credential = userCredential();
      const answer = await awsVerifier.verify(credential, call);
      assert.deepEqual(answer, { status: 'live', identity: 'arn:aws:iam::123456789012:user/ci-deployer', kind: 'IAM user access key' });
      assert.equal(server.requests.length, 1);
      const [request] = server.requests;
      assert.equal(request!.method, 'POST');
      assert.equal(request!.body, 'Action=GetCallerIdentity&Version=2011-06-15');
      assert.equal(request!.headers.host, 'sts.amazonaws.com', 'the signed host is the official one the request is for');
      assert.match(request!.headers.authorization!, new RegExp(`^AWS4-HMAC-SHA256 Credential=${userKeyId}/\\d{8}/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$`));
      assertNoSecret(answer, credential);
    });
  });

  it('temporary credentials: the session token is signed and sent; the session token finding verifies too', async () => {
    await withEmulator(awsStsEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const bySecret = credentialFor('aws-secret-access-key', sessionSecret, { accessKeyId: sessionKeyId, sessionToken });
      const byToken = credentialFor('aws-session-token', sessionToken, { accessKeyId: sessionKeyId, secretAccessKey: sessionSecret });
      for (const credential of [bySecret, byToken]) {
        const answer = await awsVerifier.verify(credential, call);
        assert.equal(answer.status, 'live', JSON.stringify(answer));
        assert.equal(answer.kind, 'assumed-role session credentials');
        assertNoSecret(answer, credential);
      }
      assert.match(server.requests[0]!.headers.authorization!, /SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,/);
    });
  });

  it('a wrong secret is SignatureDoesNotMatch → invalid; an unknown key id is InvalidClientTokenId → invalid', async () => {
    await withEmulator(awsStsEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const wrongSecret = credentialFor('aws-secret-access-key', awsSecret(), { accessKeyId: userKeyId });
      const unknownId = credentialFor('aws-secret-access-key', userSecret, { accessKeyId: awsKeyId('AKIA') });
      const a = await awsVerifier.verify(wrongSecret, call);
      const b = await awsVerifier.verify(unknownId, call);
      assert.equal(a.status, 'invalid');
      assert.match(a.error!, /SignatureDoesNotMatch/);
      assert.equal(b.status, 'invalid');
      assert.match(b.error!, /InvalidClientTokenId/);
      assertNoSecret(a, wrongSecret);
      assertNoSecret(b, unknownId);
    });
  });

  it('an expired session is invalid; a clock far off is unknown (signature expired), not invalid', async () => {
    const expired = state();
    expired.keys[sessionKeyId]!.sessionExpired = true;
    await withEmulator(awsStsEmulator(expired), async (server) => {
      const answer = await awsVerifier.verify(credentialFor('aws-session-token', sessionToken, { accessKeyId: sessionKeyId, secretAccessKey: sessionSecret }), loopbackCall(server.baseUrl));
      assert.equal(answer.status, 'invalid');
      assert.match(answer.error!, /ExpiredToken/);
    });
    await withEmulator(awsStsEmulator({ ...state(), now: () => new Date(Date.now() + 3600_000) }), async (server) => {
      const answer = await awsVerifier.verify(userCredential(), loopbackCall(server.baseUrl));
      assert.equal(answer.status, 'unknown');
      assert.match(answer.error!, /clock/);
    });
  });

  it('without the companions it needs, nothing is sent and the answer says what is missing', async () => {
    await withEmulator(awsStsEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const noId = await awsVerifier.verify(credentialFor('aws-secret-access-key', userSecret), call);
      const noToken = await awsVerifier.verify(credentialFor('aws-secret-access-key', sessionSecret, { accessKeyId: sessionKeyId }), call);
      assert.equal(noId.status, 'unknown');
      assert.match(noId.error!, /access key id/);
      assert.equal(noToken.status, 'unknown');
      assert.match(noToken.error!, /session token/);
      assert.equal(server.requests.length, 0);
    });
  });

  itReportsUnknownOutages('AWS', () => {
    const s = state();
    return { state: s, route: awsStsEmulator(s), spec: awsVerifier, credential: userCredential(), rateLimitWord: /Throttling/ };
  });

  it('revoke deactivates a long-term key through IAM UpdateAccessKey; afterwards it verifies invalid', async () => {
    const s = state();
    await withEmulator(awsStsEmulator(s), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const credential = userCredential();
      const outcome = await awsVerifier.revoke!(credential, call);
      assert.equal(outcome.status, 'revoked', outcome.message);
      assert.equal(s.keys[userKeyId]!.active, false);
      const iam = server.requests.at(-1)!;
      assert.equal(iam.headers.host, 'iam.amazonaws.com');
      assert.equal(iam.body, `Action=UpdateAccessKey&AccessKeyId=${userKeyId}&Status=Inactive&Version=2010-05-08`);
      assert.match(iam.headers.authorization!, /\/us-east-1\/iam\/aws4_request,/);
      assert.ok(!outcome.message.includes(userKeyId), 'the key id is masked in the message');
      assertNoSecret(outcome, credential);
      assert.equal((await awsVerifier.verify(credential, call)).status, 'invalid');
      assert.equal((await awsVerifier.revoke!(credential, call)).status, 'already-invalid');
    });
  });

  it('revoke fails with guidance when the key may not manage itself, and for temporary keys', async () => {
    const s = state();
    s.keys[userKeyId]!.maySelfManage = false;
    await withEmulator(awsStsEmulator(s), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const denied = await awsVerifier.revoke!(userCredential(), call);
      assert.equal(denied.status, 'failed');
      assert.match(denied.message, /AccessDenied.*IAM console/);
      assert.equal(s.keys[userKeyId]!.active, undefined);
      const temporary = await awsVerifier.revoke!(credentialFor('aws-secret-access-key', sessionSecret, { accessKeyId: sessionKeyId, sessionToken }), call);
      assert.equal(temporary.status, 'failed');
      assert.match(temporary.message, /session/);
    });
  });
});

describe('SendGrid verifier', () => {
  const key = `SG.${base64url(22)}.${base64url(43)}`;
  const state = () => ({ keys: { [key]: ['mail.send', 'api_keys.read'] } }) as { keys: Record<string, string[]> } & OutageSwitch;

  it('live: the scopes the key holds; invalid: 401 on both regional hosts', async () => {
    await withEmulator(sendgridEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const credential = credentialFor('sendgrid-api-key', key);
      const live = await sendgridVerifier.verify(credential, call);
      assert.deepEqual(live, { status: 'live', kind: 'API key', scopes: ['mail.send', 'api_keys.read'], expiresAt: null });
      assert.equal(server.requests[0]!.headers.authorization, `Bearer ${key}`);
      const other = credentialFor('sendgrid-api-key', `SG.${base64url(22)}.${base64url(43)}`);
      const invalid = await sendgridVerifier.verify(other, call);
      assert.equal(invalid.status, 'invalid');
      assert.deepEqual(call.sent.slice(1).map((r) => r.host), ['https://api.sendgrid.com', 'https://api.eu.sendgrid.com']);
      assertNoSecret(live, credential);
      assertNoSecret(invalid, other);
    });
  });

  itReportsUnknownOutages('SendGrid', () => {
    const s = state();
    return { state: s, route: sendgridEmulator(s), spec: sendgridVerifier, credential: credentialFor('sendgrid-api-key', key), rateLimitWord: /rate limit.*retry after 7/ };
  });
});

describe('Twilio verifier', () => {
  const sid = `AC${hex(32)}`;
  const token = hex(32);
  const keySid = `SK${hex(32)}`;
  const keySecret = alnum(32);
  const state = () => ({ accounts: { [sid]: { authToken: token, friendlyName: 'Acme Support', apiKeys: { [keySid]: keySecret } } } }) as Parameters<typeof twilioEmulator>[0];

  it('live with the auth token or an API key; the account SID and token are a basic-auth pair', async () => {
    await withEmulator(twilioEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const byToken = credentialFor('twilio-auth-token', token, { accountSid: sid });
      const byKey = credentialFor('twilio-api-key-secret', keySecret, { accountSid: sid, apiKeySid: keySid });
      const a = await twilioVerifier.verify(byToken, call);
      const b = await twilioVerifier.verify(byKey, call);
      assert.deepEqual(a, { status: 'live', identity: 'Acme Support', kind: 'auth token, Full account', expiresAt: null });
      assert.equal(b.status, 'live');
      assert.equal(b.kind, 'API key, Full account');
      assert.equal(server.requests[0]!.url, `/2010-04-01/Accounts/${sid}.json`);
      assert.equal(server.requests[0]!.headers.authorization, `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`);
      assertNoSecret(a, byToken);
      assertNoSecret(b, byKey);
    });
  });

  it('a wrong token is 401 (error 20003) → invalid; without the account SID nothing is sent', async () => {
    await withEmulator(twilioEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const wrong = credentialFor('twilio-account-credentials', hex(32), { accountSid: sid });
      const invalid = await twilioVerifier.verify(wrong, call);
      assert.equal(invalid.status, 'invalid');
      assertNoSecret(invalid, wrong);
      const lonely = await twilioVerifier.verify(credentialFor('twilio-auth-token', token), call);
      assert.equal(lonely.status, 'unknown');
      assert.match(lonely.error!, /Account SID/);
      assert.equal(server.requests.length, 1);
    });
  });

  itReportsUnknownOutages('Twilio', () => {
    const s = state();
    return { state: s, route: twilioEmulator(s), spec: twilioVerifier, credential: credentialFor('twilio-auth-token', token, { accountSid: sid }), rateLimitWord: /rate limit/ };
  });
});

describe('Datadog verifier', () => {
  const apiKey = hex(32);
  const appKey = alnum(40);
  const state = () => ({ apiKeys: new Set([apiKey]), applicationKeys: { [appKey]: apiKey } }) as Parameters<typeof datadogEmulator>[0];

  it('a live API key answers on the first site; an invalid one is asked on every site, then invalid', async () => {
    await withEmulator(datadogEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const credential = credentialFor('datadog-api-key', apiKey);
      const live = await datadogVerifier.verify(credential, call);
      assert.deepEqual(live, { status: 'live', identity: 'Datadog site api.datadoghq.com', kind: 'API key' });
      assert.equal(server.requests[0]!.headers['dd-api-key'], apiKey);
      const other = credentialFor('datadog-api-key', hex(32));
      const invalid = await datadogVerifier.verify(other, call);
      assert.equal(invalid.status, 'invalid');
      assert.deepEqual(call.sent.slice(1).map((r) => r.host), [...DATADOG_SITES]);
      assertNoSecret(live, credential);
      assertNoSecret(invalid, other);
    });
  });

  it('tries the sites in order until one says 200 (a key on the EU site)', async () => {
    await withEmulator(datadogEmulator(state()), async (server) => {
      const forward = loopbackCall(server.baseUrl);
      // Only the EU site knows the key: the other sites answer 403 as Datadog documents.
      const call = async (request: Parameters<typeof forward>[0]) => (request.host === 'https://api.datadoghq.eu' ? forward(request) : { status: 403, headers: {}, body: '{"errors":["Forbidden"]}' });
      const answer = await datadogVerifier.verify(credentialFor('datadog-api-key', apiKey), call);
      assert.equal(answer.identity, 'Datadog site api.datadoghq.eu');
    });
  });

  it('a site that cannot be reached does not end the search; if no site accepts the key, the verdict is unknown', async () => {
    await withEmulator(datadogEmulator(state()), async (server) => {
      const forward = loopbackCall(server.baseUrl);
      const flaky = (request: Parameters<typeof forward>[0]) => (request.host === 'https://api.datadoghq.com' ? Promise.reject(new Error('socket hang up')) : forward(request));
      assert.equal((await datadogVerifier.verify(credentialFor('datadog-api-key', apiKey), flaky)).status, 'live');
      const other = await datadogVerifier.verify(credentialFor('datadog-api-key', hex(32)), flaky);
      assert.equal(other.status, 'unknown');
      assert.match(other.error!, /api\.datadoghq\.com could not be reached/);
    });
  });

  it('an application key is checked with its API key on that site; alone it is unknown', async () => {
    await withEmulator(datadogEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const live = await datadogVerifier.verify(credentialFor('datadog-access-token', appKey, { apiKey }), call);
      assert.equal(live.status, 'live');
      assert.equal(live.kind, 'application key');
      const last = server.requests.at(-1)!;
      assert.equal(last.url, '/api/v2/validate_keys');
      assert.equal(last.headers['dd-application-key'], appKey);
      assert.equal((await datadogVerifier.verify(credentialFor('datadog-access-token', alnum(40), { apiKey }), call)).status, 'invalid');
      assert.equal((await datadogVerifier.verify(credentialFor('datadog-access-token', appKey), call)).status, 'unknown');
    });
  });

  itReportsUnknownOutages('Datadog', () => {
    const s = state();
    return { state: s, route: datadogEmulator(s), spec: datadogVerifier, credential: credentialFor('datadog-api-key', apiKey), rateLimitWord: /rate limit/ };
  });
});

describe('Sentry verifier', () => {
  const userToken = `sntryu_${hex(64)}`;
  const claims = (url: string, region: string) => Buffer.from(JSON.stringify({ iat: 1764979200.5, url, region_url: region, org: 'acme' })).toString('base64');
  const orgToken = `sntrys_${claims('https://sentry.io', 'https://de.sentry.io')}_${pick(`${ALNUM}+/`, 43)}`;
  const state = () => ({ tokens: { [userToken]: { scopes: ['org:read', 'project:write'], user: { username: 'jane', email: 'jane@example.com' } }, [orgToken]: { scopes: ['org:ci'] } } }) as Parameters<typeof sentryEmulator>[0];

  it('a user token: its user and scopes; an organization token: its org, asked at its region', async () => {
    await withEmulator(sentryEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const user = await sentryVerifier.verify(credentialFor('sentry-user-token', userToken), call);
      assert.deepEqual(user, { status: 'live', identity: 'jane', kind: 'user auth token', scopes: ['org:read', 'project:write'] });
      const org = await sentryVerifier.verify(credentialFor('sentry-org-token', orgToken), call);
      assert.deepEqual(org, { status: 'live', identity: 'organization acme', kind: 'organization auth token', scopes: ['org:ci'] });
      assert.deepEqual(call.sent.map((r) => r.host), ['https://sentry.io', 'https://de.sentry.io']);
      assert.equal(server.requests[1]!.headers.authorization, `Bearer ${orgToken}`);
    });
  });

  it('an unknown token is 401 → invalid; a self-hosted organization token is not sent anywhere', async () => {
    await withEmulator(sentryEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const wrong = credentialFor('sentry-legacy-auth-token', hex(64));
      const invalid = await sentryVerifier.verify(wrong, call);
      assert.equal(invalid.status, 'invalid');
      assertNoSecret(invalid, wrong);
      const selfHosted = `sntrys_${claims('https://sentry.internal.example', 'https://sentry.internal.example')}_${pick(ALNUM, 43)}`;
      const answer = await sentryVerifier.verify(credentialFor('sentry-org-token', selfHosted), call);
      assert.equal(answer.status, 'unknown');
      assert.match(answer.error!, /self-hosted/);
      assert.equal(server.requests.length, 1);
    });
  });

  itReportsUnknownOutages('Sentry', () => {
    const s = state();
    return { state: s, route: sentryEmulator(s), spec: sentryVerifier, credential: credentialFor('sentry-user-token', userToken), rateLimitWord: /rate limit.*retry after 3/ };
  });
});

describe('Linear verifier', () => {
  const apiKey = `lin_api_${alnum(40)}`;
  const oauthToken = `lin_oauth_${hex(64)}`;
  const viewer = { id: 'b5f1c2d4-0000-4000-8000-000000000001', name: 'Jane Doe', email: 'jane@example.com' };
  const state = () => ({ users: { [apiKey]: viewer, [oauthToken]: viewer } }) as Parameters<typeof linearEmulator>[0];

  it('a personal key is sent bare, an OAuth token as Bearer; both answer the viewer', async () => {
    await withEmulator(linearEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const key = await linearVerifier.verify(credentialFor('linear-api-key', apiKey), call);
      const oauth = await linearVerifier.verify(credentialFor('linear-oauth-token', oauthToken), call);
      assert.deepEqual(key, { status: 'live', identity: 'Jane Doe <jane@example.com>', kind: 'personal API key' });
      assert.equal(oauth.kind, 'OAuth access token');
      assert.equal(server.requests[0]!.headers.authorization, apiKey);
      assert.equal(server.requests[1]!.headers.authorization, `Bearer ${oauthToken}`);
      assert.match(JSON.parse(server.requests[0]!.body).query, /viewer \{ id name email \}/);
    });
  });

  it('an unknown key is an authentication error → invalid', async () => {
    await withEmulator(linearEmulator(state()), async (server) => {
      const wrong = credentialFor('linear-api-key', `lin_api_${alnum(40)}`);
      const answer = await linearVerifier.verify(wrong, loopbackCall(server.baseUrl));
      assert.equal(answer.status, 'invalid');
      assertNoSecret(answer, wrong);
    });
  });

  itReportsUnknownOutages('Linear', () => {
    const s = state();
    return { state: s, route: linearEmulator(s), spec: linearVerifier, credential: credentialFor('linear-api-key', apiKey), rateLimitWord: /RATELIMITED/ };
  });

  it('revoke: an OAuth token revokes itself (then already invalid); a personal key cannot', async () => {
    const s = state();
    await withEmulator(linearEmulator(s), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const credential = credentialFor('linear-oauth-token', oauthToken);
      const outcome = await linearVerifier.revoke!(credential, call);
      assert.equal(outcome.status, 'revoked');
      assert.equal(server.requests[0]!.url, '/oauth/revoke');
      assert.equal(server.requests[0]!.headers.authorization, `Bearer ${oauthToken}`);
      assert.equal((await linearVerifier.verify(credential, call)).status, 'invalid');
      assert.equal((await linearVerifier.revoke!(credential, call)).status, 'already-invalid');
      const personal = await linearVerifier.revoke!(credentialFor('linear-api-key', apiKey), call);
      assert.equal(personal.status, 'failed');
      assert.match(personal.message, /Settings/);
      assertNoSecret(outcome, credential);
    });
  });
});

describe('Notion verifier', () => {
  const token = `ntn_${pick('0123456789', 11)}${alnum(35)}`;
  const legacy = `secret_${alnum(43)}`;
  const state = () => ({ tokens: { [token]: { name: 'Docs sync', workspace: 'Acme', owner: 'workspace' }, [legacy]: { name: 'Old bot', workspace: 'Acme', owner: 'user' } } }) as Parameters<typeof notionEmulator>[0];

  it('live: the bot and its workspace, with Notion-Version sent', async () => {
    await withEmulator(notionEmulator(state()), async (server) => {
      const call = loopbackCall(server.baseUrl);
      const a = await notionVerifier.verify(credentialFor('notion-api-token', token), call);
      const b = await notionVerifier.verify(credentialFor('notion-legacy-token', legacy), call);
      assert.deepEqual(a, { status: 'live', identity: 'Docs sync (workspace Acme)', kind: 'internal integration token' });
      assert.equal(b.kind, 'public integration token (user-authorized)');
      assert.match(server.requests[0]!.headers['notion-version']!, /^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('an unknown token is 401 unauthorized → invalid', async () => {
    await withEmulator(notionEmulator(state()), async (server) => {
      const wrong = credentialFor('notion-api-token', `ntn_${pick('0123456789', 11)}${alnum(35)}`);
      const answer = await notionVerifier.verify(wrong, loopbackCall(server.baseUrl));
      assert.equal(answer.status, 'invalid');
      assertNoSecret(answer, wrong);
    });
  });

  itReportsUnknownOutages('Notion', () => {
    const s = state();
    return { state: s, route: notionEmulator(s), spec: notionVerifier, credential: credentialFor('notion-api-token', token), rateLimitWord: /rate limit.*retry after 2/ };
  });
});

describe('group B: providers without self-revocation say so by having no revoke', () => {
  it('runRevocation says a provider without self-revocation offers none', async () => {
    const outcome = await runRevocation(notionVerifier, credentialFor('notion-api-token', `ntn_${pick('0123456789', 11)}${alnum(35)}`), async () => assert.fail('nothing is sent'));
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.message, /console/);
  });

  it('only AWS and Linear offer revoke', () => {
    const revocable = [awsVerifier, sendgridVerifier, twilioVerifier, datadogVerifier, sentryVerifier, linearVerifier, notionVerifier].filter((spec) => spec.revoke).map((spec) => spec.id);
    assert.deepEqual(revocable, ['aws', 'linear']);
  });
});

// A network failure never leaks the secret either (the host's error text is scrubbed).
describe('group B: an unreachable provider', () => {
  it('a rejected call whose message quotes the secret is unknown with the secret redacted', async () => {
    const secret = `SG.${base64url(22)}.${base64url(43)}`;
    const credential = credentialFor('sendgrid-api-key', secret);
    const answer = await runVerification(sendgridVerifier, credential, async () => {
      throw new Error(`connect ECONNREFUSED while sending ${secret}`);
    });
    assert.equal(answer.status, 'unknown');
    assert.match(answer.error!, /could not be reached/);
    assertNoSecret(answer, credential);
  });
});
