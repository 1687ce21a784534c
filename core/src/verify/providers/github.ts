/**
 * GitHub: who a token acts as, its classic scopes and its expiry, from the least intrusive read.
 * - `GET /user` (https://docs.github.com/en/rest/users/users#get-the-authenticated-user) answers for
 *   classic and fine-grained PATs, OAuth app and GitHub App user tokens. Classic scopes come back in
 *   `X-OAuth-Scopes` (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps);
 *   fine-grained PATs send none. Expiring tokens carry `GitHub-Authentication-Token-Expiration`
 *   (https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api).
 * - Installation tokens (`ghs_`) cannot read `/user`; `GET /installation/repositories?per_page=1`
 *   (https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation) can.
 * - Revocation with the credential alone: `POST /credentials/revoke`, unauthenticated (an authenticated
 *   request gets 403), for ghp_/github_pat_/gho_/ghu_/ghr_ (https://docs.github.com/en/rest/credentials/revoke);
 *   an installation token revokes itself with `DELETE /installation/token`
 *   (https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token).
 * Rate limits: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (403 or 429
 * with `x-ratelimit-remaining: 0` is a rate limit, not a verdict).
 */
import { githubTokenFacts } from '../../tokens/github.js';
import { invalidAnswer, objectBody, scopeList, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, ApiResponse, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const NAME = 'GitHub';

/** GitHub requires a User-Agent; the API version pins the documented behaviour. */
function headers(token?: string): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'secret-hygiene',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

const KINDS: Record<string, string> = {
  'github-classic-pat': 'classic PAT',
  'github-fine-grained-pat': 'fine-grained PAT',
  'github-oauth-token': 'OAuth app token',
  'github-user-to-server-token': 'GitHub App user token',
  'github-installation-token': 'GitHub App installation token',
  'github-refresh-token': 'GitHub App refresh token',
};

/** Tokens GitHub issues without an expiry unless the owner chose one: no header means "never expires". */
const NEVER_EXPIRE_WITHOUT_HEADER = new Set(['github-classic-pat', 'github-fine-grained-pat', 'github-oauth-token']);

function rateLimited(response: ApiResponse): boolean {
  return response.status === 429 || (response.status === 403 && response.headers['x-ratelimit-remaining'] === '0');
}

function expiry(credential: Credential, response: ApiResponse): string | null | undefined {
  const facts = githubTokenFacts(credential.secret, response.headers['github-authentication-token-expiration'], credential.now);
  if (facts.expiresAt) return facts.expiresAt;
  return NEVER_EXPIRE_WITHOUT_HEADER.has(credential.ruleId) ? null : undefined;
}

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const kind = KINDS[credential.ruleId] ?? 'token';
  if (credential.ruleId === 'github-refresh-token') {
    // A refresh token is only accepted by the token endpoint together with the app's client secret.
    return { status: 'unknown', kind, error: 'a refresh token cannot be checked without its app\'s client secret (it can be revoked)' };
  }
  const installation = credential.ruleId === 'github-installation-token';
  const response = await call({ method: 'GET', path: installation ? '/installation/repositories?per_page=1' : '/user', headers: headers(credential.secret) });
  if (rateLimited(response)) return unknownAnswer({ ...response, status: 429 }, NAME);
  if (response.status === 401) return { ...invalidAnswer(NAME, response), kind };
  const expiresAt = expiry(credential, response);
  if (response.status === 403) {
    // Authenticated, but this read is refused (SAML SSO not authorised, IP allow list): the token works.
    const reason = stringField(objectBody(response), 'message')?.slice(0, 120) ?? 'forbidden';
    // GitHub sends X-OAuth-Scopes on every authenticated reply, refused ones included.
    const held = response.headers['x-oauth-scopes'];
    return { status: 'live', kind, ...(held !== undefined ? { scopes: scopeList(held) } : {}), ...(expiresAt !== undefined ? { expiresAt } : {}), error: `${NAME} refused the read (HTTP 403: ${reason})` };
  }
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  const answer: VerifyAnswer = { status: 'live', kind };
  if (installation) {
    const total = body?.total_count;
    const owner = stringField((body?.repositories as unknown[] | undefined)?.[0], 'full_name')?.split('/')[0];
    answer.identity = `installation${owner ? ` on ${owner}` : ''}${typeof total === 'number' ? ` (${total} repositor${total === 1 ? 'y' : 'ies'})` : ''}`;
  } else {
    const login = stringField(body, 'login');
    if (login) answer.identity = login;
  }
  const scopes = response.headers['x-oauth-scopes'];
  // Present (possibly empty: no scopes) for classic PATs and OAuth tokens; absent for fine-grained ones.
  if (scopes !== undefined) answer.scopes = scopeList(scopes);
  if (expiresAt !== undefined) answer.expiresAt = expiresAt;
  return answer;
}

async function revoke(credential: Credential, call: ApiCall): Promise<RevocationOutcome> {
  if (credential.ruleId === 'github-installation-token') {
    const response = await call({ method: 'DELETE', path: '/installation/token', headers: headers(credential.secret) });
    if (response.status === 204) return { status: 'revoked', message: 'GitHub revoked the installation token' };
    if (response.status === 401) return { status: 'already-invalid', message: 'GitHub no longer accepts this installation token' };
    return { status: 'failed', message: `GitHub did not revoke the installation token (HTTP ${response.status})` };
  }
  const response = await call({
    method: 'POST',
    path: '/credentials/revoke',
    // Unauthenticated on purpose: the documented endpoint answers 403 to authenticated requests.
    headers: { ...headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ credentials: [credential.secret] }),
  });
  if (response.status === 202) return { status: 'revoked', message: 'GitHub accepted the token for revocation (the owner is notified)' };
  if (response.status === 422) return { status: 'failed', message: 'GitHub refused the revocation request (validation failed or the endpoint is rate limited: 60 requests an hour)' };
  return { status: 'failed', message: `GitHub did not accept the revocation (HTTP ${response.status})` };
}

export const githubVerifier: VerifierSpec = {
  id: 'github',
  name: NAME,
  ruleIds: Object.keys(KINDS),
  hosts: ['https://api.github.com'],
  docs: [
    'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
    'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps',
    'https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api',
    'https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation',
    'https://docs.github.com/en/rest/credentials/revoke',
    'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
  ],
  verify,
  revoke,
};
