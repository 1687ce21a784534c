/**
 * GitLab.com personal access tokens: `GET /api/v4/personal_access_tokens/self` answers with the
 * token's own record (name, scopes, expires_at, active, user_id) using only the token, and
 * `DELETE /api/v4/personal_access_tokens/self` revokes it (204).
 * https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token
 * https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token
 * Authentication header `PRIVATE-TOKEN`: https://docs.gitlab.com/api/rest/authentication/#personalprojectgroup-access-tokens
 * Only gitlab.com is asked: a token of a self-managed instance answers 401 there and is reported invalid
 * for GitLab.com, which the error says.
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const NAME = 'GitLab.com';
const PATH = '/api/v4/personal_access_tokens/self';

const headers = (token: string) => ({ 'private-token': token, accept: 'application/json' });

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const response = await call({ method: 'GET', path: PATH, headers: headers(credential.secret) });
  if (response.status === 401) return { ...invalidAnswer(NAME, response, 'rejected the token (revoked, expired or from another GitLab instance)'), kind: 'personal access token' };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  if (!body || !Array.isArray(body.scopes)) return { status: 'unknown', error: `unexpected reply from ${NAME} (no scopes in the token record)` };
  const answer: VerifyAnswer = {
    status: body.active === false || body.revoked === true ? 'invalid' : 'live',
    kind: 'personal access token',
    scopes: body.scopes.filter((s): s is string => typeof s === 'string'),
  };
  const name = stringField(body, 'name');
  const user = stringField(body, 'user_id');
  if (name || user) answer.identity = [user ? `user #${user}` : '', name ? `token "${name.slice(0, 60)}"` : ''].filter(Boolean).join(', ');
  const expires = body.expires_at;
  // A date (`2026-03-01`): the token stops working at the start of that day, UTC.
  if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}/.test(expires)) answer.expiresAt = new Date(`${expires.slice(0, 10)}T00:00:00Z`).toISOString();
  else if (expires === null) answer.expiresAt = null;
  return answer;
}

async function revoke(credential: Credential, call: ApiCall): Promise<RevocationOutcome> {
  const response = await call({ method: 'DELETE', path: PATH, headers: headers(credential.secret) });
  if (response.status === 204) return { status: 'revoked', message: 'GitLab.com revoked the token' };
  if (response.status === 401) return { status: 'already-invalid', message: 'GitLab.com no longer accepts this token' };
  return { status: 'failed', message: `GitLab.com did not revoke the token (HTTP ${response.status})` };
}

export const gitlabVerifier: VerifierSpec = {
  id: 'gitlab',
  name: NAME,
  ruleIds: ['gitlab-pat', 'gitlab-pat-routable'],
  hosts: ['https://gitlab.com'],
  docs: [
    'https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token',
    'https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token',
    'https://docs.gitlab.com/api/rest/authentication/',
  ],
  verify,
  revoke,
};
