/**
 * Every group-A verifier against its loopback emulator: live (with identity, scopes, expiry as the
 * provider reports them), invalid, and unknown (429, 5xx, a slow reply past the timeout), plus the
 * revocation paths. The emulators refuse any request the real API would refuse (`problems`).
 */
import assert from 'node:assert/strict';
import { verifierById } from '../src/verify/registry.js';
import { runRevocation, runVerification } from '../src/verify/run.js';
import type { Credential, Verification } from '../src/verify/types.js';
import { anthropicEmulator, type AnthropicKey } from '../../test/emulators/anthropic.js';
import { problems } from '../../test/emulators/faults.js';
import { githubEmulator, type GitHubToken } from '../../test/emulators/github.js';
import { gitlabEmulator, type GitLabToken } from '../../test/emulators/gitlab.js';
import { googleEmulator, type GoogleAccessToken, type GoogleApiKey } from '../../test/emulators/google.js';
import { huggingfaceEmulator, type HuggingFaceToken } from '../../test/emulators/huggingface.js';
import { loopbackCall } from '../../test/emulators/loopback-call.js';
import { startLoopbackServer, type LoopbackServer, type Route } from '../../test/emulators/loopback-server.js';
import { npmEmulator, type NpmToken } from '../../test/emulators/npm.js';
import { openaiEmulator, type OpenAIKey } from '../../test/emulators/openai.js';
import { slackEmulator, type SlackToken } from '../../test/emulators/slack.js';
import { stripeEmulator, type StripeKey } from '../../test/emulators/stripe.js';
import { synthetic } from '../../test/emulators/synthetic-tokens.js';

const NOW = new Date('2026-12-06T00:00:00Z');
const servers: LoopbackServer[] = [];

async function serve(route: Route): Promise<string> {
  const server = await startLoopbackServer(route);
  servers.push(server);
  return server.baseUrl;
}

function credential(ruleId: string, secret: string): Credential {
  return { ruleId, secret, companions: {}, now: NOW };
}

async function check(provider: string, base: string, ruleId: string, secret: string, timeoutMs = 2000): Promise<Verification> {
  const verification = await runVerification(verifierById(provider)!, credential(ruleId, secret), loopbackCall(base, timeoutMs));
  assert.ok(!JSON.stringify(verification).includes(secret), `${provider}: the secret must not appear in the result`);
  return verification;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

afterEach(() => {
  assert.deepEqual(problems.splice(0), [], 'every request must be one the real API accepts');
});

describe('verify: GitHub', () => {
  const tokens = new Map<string, GitHubToken>();
  const route = githubEmulator(tokens);
  let base = '';
  before(async () => (base = await serve(route)));

  it('a classic PAT: live, login, scopes from X-OAuth-Scopes, never expires, repo rated critical', async () => {
    const token = synthetic.githubClassic();
    tokens.set(token, { login: 'octo-dev', scopes: ['repo', 'read:org'] });
    const v = await check('github', base, 'github-classic-pat', token);
    assert.equal(v.status, 'live');
    assert.equal(v.identity, 'octo-dev');
    assert.deepEqual(v.scopes, ['repo', 'read:org']);
    assert.equal(v.expiresAt, null);
    assert.equal(v.overScope?.risk, 'critical');
    assert.match(v.overScope?.narrower ?? '', /fine-grained/);
  });

  it('a fine-grained PAT: no scopes header, expiry from GitHub-Authentication-Token-Expiration', async () => {
    const token = synthetic.githubFineGrained();
    tokens.set(token, { login: 'octo-dev', expiration: '2027-01-31 00:00:00 UTC' });
    const v = await check('github', base, 'github-fine-grained-pat', token);
    assert.equal(v.status, 'live');
    assert.equal(v.kind, 'fine-grained PAT');
    assert.equal(v.scopes, undefined);
    assert.equal(v.expiresAt, '2027-01-31T00:00:00.000Z');
  });

  it('an installation token: read through /installation/repositories', async () => {
    const token = synthetic.githubInstallation();
    tokens.set(token, { login: '', installation: { owner: 'acme', repositories: 3 }, expiration: '2026-12-06 01:00:00 UTC' });
    const v = await check('github', base, 'github-installation-token', token);
    assert.equal(v.status, 'live');
    assert.equal(v.identity, 'installation on acme (3 repositories)');
    assert.equal(v.expiresAt, '2026-12-06T01:00:00.000Z');
  });

  it('an unknown token is invalid; 429 and 503 are unknown', async () => {
    assert.equal((await check('github', base, 'github-classic-pat', synthetic.githubClassic())).status, 'invalid');
    const limited = synthetic.githubClassic();
    tokens.set(limited, { login: 'x', fault: { kind: 'rate-limited', retryAfterSeconds: 30 } });
    const v = await check('github', base, 'github-classic-pat', limited);
    assert.equal(v.status, 'unknown');
    assert.match(v.error!, /rate limit/);
    const failing = synthetic.githubClassic();
    tokens.set(failing, { login: 'x', fault: { kind: 'server-error', status: 502 } });
    assert.match((await check('github', base, 'github-classic-pat', failing)).error!, /server error \(HTTP 502\)/);
  });

  it('a 403 (SAML SSO not authorised) still proves the token live, with the reason', async () => {
    const token = synthetic.githubOauth();
    tokens.set(token, { login: 'x', scopes: ['repo'], forbidden: true });
    const v = await check('github', base, 'github-oauth-token', token);
    assert.equal(v.status, 'live');
    assert.match(v.error!, /refused the read \(HTTP 403: Resource not accessible/);
    assert.deepEqual(v.scopes, ['repo']);
  });

  it('a slow reply past the timeout is unknown, saying so without the token', async () => {
    const slow = synthetic.githubClassic();
    tokens.set(slow, { login: 'x', fault: { kind: 'slow', delayMs: 1500 } });
    const v = await check('github', base, 'github-classic-pat', slow, 200);
    assert.equal(v.status, 'unknown');
    assert.match(v.error!, /could not be reached \(timed out/);
  });

  it('revokes through the credential revocation API, unauthenticated', async () => {
    const token = synthetic.githubClassic();
    tokens.set(token, { login: 'octo-dev', scopes: [] });
    const outcome = await runRevocation(verifierById('github')!, credential('github-classic-pat', token), loopbackCall(base));
    assert.equal(outcome.status, 'revoked');
    assert.deepEqual(route.revoked.slice(-1), [token]);
    assert.equal((await check('github', base, 'github-classic-pat', token)).status, 'invalid');
  });

  it('revokes an installation token with DELETE /installation/token', async () => {
    const token = synthetic.githubInstallation();
    tokens.set(token, { login: '', installation: { owner: 'acme', repositories: 1 } });
    const outcome = await runRevocation(verifierById('github')!, credential('github-installation-token', token), loopbackCall(base));
    assert.equal(outcome.status, 'revoked');
  });
});

describe('verify: GitLab', () => {
  const tokens = new Map<string, GitLabToken>();
  const route = gitlabEmulator(tokens);
  let base = '';
  before(async () => (base = await serve(route)));

  it('live with scopes and expires_at; api rated critical', async () => {
    const token = synthetic.gitlab();
    tokens.set(token, { id: 7, name: 'ci', userId: 42, scopes: ['api', 'read_user'], expiresAt: '2027-06-01' });
    const v = await check('gitlab', base, 'gitlab-pat', token);
    assert.equal(v.status, 'live');
    assert.deepEqual(v.scopes, ['api', 'read_user']);
    assert.equal(v.expiresAt, '2027-06-01T00:00:00.000Z');
    assert.equal(v.identity, 'user #42, token "ci"');
    assert.equal(v.overScope?.risk, 'critical');
  });

  it('invalid on 401, unknown on 429', async () => {
    assert.equal((await check('gitlab', base, 'gitlab-pat', synthetic.gitlab())).status, 'invalid');
    const token = synthetic.gitlab();
    tokens.set(token, { id: 1, name: 'x', userId: 1, scopes: [], expiresAt: null, fault: { kind: 'rate-limited', retryAfterSeconds: 5 } });
    assert.equal((await check('gitlab', base, 'gitlab-pat', token)).status, 'unknown');
  });

  it('self-revokes; a second revoke finds it already invalid', async () => {
    const token = synthetic.gitlab();
    tokens.set(token, { id: 9, name: 'leak', userId: 1, scopes: ['read_api'], expiresAt: null });
    const spec = verifierById('gitlab')!;
    assert.equal((await runRevocation(spec, credential('gitlab-pat', token), loopbackCall(base))).status, 'revoked');
    assert.equal((await runRevocation(spec, credential('gitlab-pat', token), loopbackCall(base))).status, 'already-invalid');
  });
});

describe('verify: Slack', () => {
  const tokens = new Map<string, SlackToken>();
  const route = slackEmulator(tokens);
  let base = '';
  before(async () => (base = await serve(route)));

  it('auth.test: live, user in team, scopes from x-oauth-scopes', async () => {
    const token = synthetic.slackBot();
    tokens.set(token, { team: 'acme', user: 'deploy-bot', scopes: ['chat:write', 'channels:history'] });
    const v = await check('slack', base, 'slack-bot-token', token);
    assert.equal(v.status, 'live');
    assert.equal(v.identity, 'deploy-bot in acme');
    assert.deepEqual(v.scopes, ['chat:write', 'channels:history']);
    assert.equal(v.expiresAt, null);
  });

  it('ok:false invalid_auth is invalid (HTTP 200); 429 is unknown; 5xx is unknown', async () => {
    assert.equal((await check('slack', base, 'slack-bot-token', synthetic.slackBot())).status, 'invalid');
    const limited = synthetic.slackUser();
    tokens.set(limited, { team: 'a', user: 'b', scopes: [], fault: { kind: 'rate-limited', retryAfterSeconds: 1 } });
    assert.equal((await check('slack', base, 'slack-user-token', limited)).status, 'unknown');
    const failing = synthetic.slackUser();
    tokens.set(failing, { team: 'a', user: 'b', scopes: [], fault: { kind: 'server-error' } });
    assert.equal((await check('slack', base, 'slack-user-token', failing)).status, 'unknown');
  });

  it('auth.revoke revokes; the token is then invalid', async () => {
    const token = synthetic.slackUser();
    tokens.set(token, { team: 'acme', user: 'me', scopes: ['chat:write'] });
    assert.equal((await runRevocation(verifierById('slack')!, credential('slack-user-token', token), loopbackCall(base))).status, 'revoked');
    assert.equal((await check('slack', base, 'slack-user-token', token)).status, 'invalid');
  });
});

describe('verify: npm, Hugging Face, OpenAI, Anthropic, Stripe', () => {
  const npm = new Map<string, NpmToken>();
  const hf = new Map<string, HuggingFaceToken>();
  const openai = new Map<string, OpenAIKey>();
  const anthropic = new Map<string, AnthropicKey>();
  const stripe = new Map<string, StripeKey>();
  const bases: Record<string, string> = {};
  before(async () => {
    bases.npm = await serve(npmEmulator(npm));
    bases.huggingface = await serve(huggingfaceEmulator(hf));
    bases.openai = await serve(openaiEmulator(openai));
    bases.anthropic = await serve(anthropicEmulator(anthropic));
    bases.stripe = await serve(stripeEmulator(stripe));
  });

  it('npm whoami: live with the username; invalid; 503 unknown; a non-npm_ token is not sent', async () => {
    const token = synthetic.npm();
    npm.set(token, { username: 'publisher' });
    const v = await check('npm', bases.npm!, 'npm-access-token', token);
    assert.deepEqual([v.status, v.identity], ['live', 'publisher']);
    assert.equal((await check('npm', bases.npm!, 'npm-access-token', synthetic.npm())).status, 'invalid');
    const failing = synthetic.npm();
    npm.set(failing, { username: 'x', fault: { kind: 'server-error' } });
    assert.equal((await check('npm', bases.npm!, 'npm-access-token', failing)).status, 'unknown');
    const other = await check('npm', 'http://127.0.0.1:9', 'npmrc-auth-token', '0123456789abcdef0123456789');
    assert.equal(other.status, 'unknown');
    assert.match(other.error!, /another registry/);
  });

  it('Hugging Face whoami-v2: role and fine-grained permissions per entity', async () => {
    const write = synthetic.huggingface();
    hf.set(write, { name: 'ml-dev', role: 'write' });
    const v = await check('huggingface', bases.huggingface!, 'huggingface-access-token', write);
    assert.deepEqual([v.status, v.identity, v.kind, v.scopes], ['live', 'ml-dev', 'write token', ['write']]);
    assert.equal(v.overScope?.risk, 'high');
    const fine = synthetic.huggingface();
    hf.set(fine, { name: 'ml-dev', role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'model', name: 'ml-dev/bert' }, permissions: ['repo.content.read'] }], global: ['discussion.write'] } });
    const f = await check('huggingface', bases.huggingface!, 'huggingface-access-token', fine);
    assert.deepEqual(f.scopes, ['discussion.write', 'repo.content.read (model:ml-dev/bert)']);
    assert.equal((await check('huggingface', bases.huggingface!, 'huggingface-access-token', synthetic.huggingface())).status, 'invalid');
  });

  it('OpenAI: live with the organization; restricted key live with an error; out of quota live; invalid; rate limited unknown', async () => {
    const key = synthetic.openaiProject();
    openai.set(key, { organization: 'org-acme' });
    const v = await check('openai', bases.openai!, 'openai-project-key', key);
    assert.deepEqual([v.status, v.identity], ['live', 'organization org-acme']);
    const restricted = synthetic.openaiProject();
    openai.set(restricted, { organization: 'org-acme', restricted: true });
    const r = await check('openai', bases.openai!, 'openai-project-key', restricted);
    assert.equal(r.status, 'live');
    assert.match(r.error!, /restricted/);
    const broke = synthetic.openaiProject();
    openai.set(broke, { organization: 'org-acme', outOfQuota: true });
    assert.equal((await check('openai', bases.openai!, 'openai-project-key', broke)).status, 'live');
    const admin = synthetic.openaiAdmin();
    openai.set(admin, { organization: 'org-acme', admin: true });
    const a = await check('openai', bases.openai!, 'openai-admin-key', admin);
    assert.equal(a.status, 'live');
    assert.equal(a.overScope?.fullAccess, true);
    assert.equal((await check('openai', bases.openai!, 'openai-project-key', synthetic.openaiProject())).status, 'invalid');
    const limited = synthetic.openaiProject();
    openai.set(limited, { organization: 'o', fault: { kind: 'rate-limited', retryAfterSeconds: 2 } });
    assert.equal((await check('openai', bases.openai!, 'openai-project-key', limited)).status, 'unknown');
  });

  it('Anthropic: live; admin key names the organization; invalid; 529 overloaded unknown', async () => {
    const key = synthetic.anthropic();
    anthropic.set(key, { organization: 'Acme' });
    assert.equal((await check('anthropic', bases.anthropic!, 'anthropic-api-key', key)).status, 'live');
    const admin = synthetic.anthropicAdmin();
    anthropic.set(admin, { organization: 'Acme', admin: true });
    assert.equal((await check('anthropic', bases.anthropic!, 'anthropic-admin-key', admin)).identity, 'organization Acme');
    assert.equal((await check('anthropic', bases.anthropic!, 'anthropic-api-key', synthetic.anthropic())).status, 'invalid');
    const overloaded = synthetic.anthropic();
    anthropic.set(overloaded, { organization: 'A', fault: { kind: 'server-error', status: 529 } });
    assert.equal((await check('anthropic', bases.anthropic!, 'anthropic-api-key', overloaded)).status, 'unknown');
  });

  it('Stripe: a live secret key has full access; a restricted key without Account read is live; invalid', async () => {
    const key = synthetic.stripeLive();
    stripe.set(key, { account: 'acct_1Acme', name: 'Acme' });
    const v = await check('stripe', bases.stripe!, 'stripe-live-secret-key', key);
    assert.deepEqual([v.status, v.identity, v.overScope?.risk], ['live', 'acct_1Acme (Acme)', 'critical']);
    assert.match(v.overScope!.narrower!, /restricted key/);
    const restricted = synthetic.stripeRestricted();
    stripe.set(restricted, { account: 'acct_1Acme', noAccountPermission: true });
    const r = await check('stripe', bases.stripe!, 'stripe-live-restricted-key', restricted);
    assert.deepEqual([r.status, r.kind], ['live', 'live restricted key']);
    assert.equal((await check('stripe', bases.stripe!, 'stripe-live-secret-key', synthetic.stripeLive())).status, 'invalid');
  });
});

describe('verify: Google', () => {
  const keys = new Map<string, GoogleApiKey>();
  const tokens = new Map<string, GoogleAccessToken>();
  const route = googleEmulator(keys, tokens);
  let base = '';
  before(async () => (base = await serve(route)));

  it('an API key: live; live with an error when the API is off in its project; invalid', async () => {
    const key = synthetic.googleApiKey();
    keys.set(key, {});
    assert.equal((await check('google', base, 'gcp-api-key', key)).status, 'live');
    const disabled = synthetic.googleApiKey();
    keys.set(disabled, { serviceDisabled: true });
    const d = await check('google', base, 'google-ai-studio-key', disabled);
    assert.equal(d.status, 'live');
    assert.match(d.error!, /SERVICE_DISABLED/);
    assert.equal((await check('google', base, 'gcp-api-key', synthetic.googleApiKey())).status, 'invalid');
  });

  it('an access token: tokeninfo scopes, email and expiry; drive rated with its narrower scope', async () => {
    const token = synthetic.googleAccessToken();
    const exp = Math.floor(NOW.getTime() / 1000) + 3000;
    tokens.set(token, { clientId: '123.apps.googleusercontent.com', email: 'dev@example.com', scopes: ['https://www.googleapis.com/auth/drive', 'openid'], exp });
    const v = await check('google', base, 'gcp-oauth-access-token', token);
    assert.deepEqual([v.status, v.identity, v.expiresAt], ['live', 'dev@example.com', new Date(exp * 1000).toISOString()]);
    assert.equal(v.overScope?.risk, 'high');
    assert.match(v.overScope!.narrower!, /drive\.file/);
    assert.equal((await check('google', base, 'gcp-oauth-access-token', synthetic.googleAccessToken())).status, 'invalid');
  });

  it('revokes an access token with the form-encoded revoke endpoint; a second time it is already invalid', async () => {
    const token = synthetic.googleAccessToken();
    tokens.set(token, { clientId: 'c', scopes: ['openid'], exp: 4102444800 });
    const spec = verifierById('google')!;
    assert.equal((await runRevocation(spec, credential('gcp-oauth-access-token', token), loopbackCall(base))).status, 'revoked');
    assert.equal((await runRevocation(spec, credential('gcp-oauth-access-token', token), loopbackCall(base))).status, 'already-invalid');
  });

  it('a provider without a revocation path says so', async () => {
    const outcome = await runRevocation(verifierById('openai')!, credential('openai-project-key', synthetic.openaiProject()), loopbackCall(base));
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.message, /no way to revoke/);
  });
});
