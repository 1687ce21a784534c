/**
 * Slack: `auth.test` (https://api.slack.com/methods/auth.test) says whose token it is; the scopes a
 * token holds come back in the `x-oauth-scopes` response header
 * (https://api.slack.com/authentication/oauth-v2#scopes : "scopes ... in the x-oauth-scopes HTTP header").
 * Slack answers HTTP 200 with `{"ok": false, "error": "invalid_auth"}` for a bad token
 * (https://api.slack.com/web#evaluating_responses) and 429 with `Retry-After` when rate limited
 * (https://api.slack.com/apis/rate-limits). `auth.revoke` (https://api.slack.com/methods/auth.revoke)
 * revokes the token it is called with.
 */
import { objectBody, scopeList, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const NAME = 'Slack';

/** Errors that mean "this token does not work any more" (auth.test's documented errors). */
const DEAD = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'org_login_required', 'ekm_access_denied', 'not_allowed_token_type']);

const KINDS: Record<string, string> = {
  'slack-bot-token': 'bot token',
  'slack-legacy-bot-token': 'legacy bot token',
  'slack-user-token': 'user token',
  'slack-legacy-token': 'legacy token',
  'slack-legacy-workspace-token': 'legacy workspace token',
  'slack-rotating-access-token': 'rotating access token',
};

function post(method: string, token: string) {
  return {
    method: 'POST' as const,
    path: `/api/${method}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  };
}

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const kind = KINDS[credential.ruleId] ?? 'token';
  const response = await call(post('auth.test', credential.secret));
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  if (!body) return { status: 'unknown', error: `unexpected reply from ${NAME} (not JSON)` };
  const error = stringField(body, 'error');
  if (body.ok !== true) {
    if (error && DEAD.has(error)) return { status: 'invalid', kind, error: `${NAME} rejected the token (${error})` };
    if (error === 'ratelimited') return unknownAnswer({ ...response, status: 429 }, NAME);
    return { status: 'unknown', kind, error: `${NAME} answered ${error ? `"${error.slice(0, 60)}"` : 'without ok'}` };
  }
  const team = stringField(body, 'team');
  const user = stringField(body, 'user');
  const answer: VerifyAnswer = { status: 'live', kind };
  if (team || user) answer.identity = [user, team ? `in ${team}` : ''].filter(Boolean).join(' ');
  const scopes = response.headers['x-oauth-scopes'];
  if (scopes !== undefined) answer.scopes = scopeList(scopes);
  // Only rotating tokens expire (12 h); the others live until revoked.
  if (credential.ruleId !== 'slack-rotating-access-token') answer.expiresAt = null;
  return answer;
}

async function revoke(credential: Credential, call: ApiCall): Promise<RevocationOutcome> {
  const response = await call(post('auth.revoke', credential.secret));
  const body = objectBody(response);
  if (response.status === 200 && body?.ok === true) return { status: 'revoked', message: 'Slack revoked the token' };
  const error = stringField(body, 'error');
  if (response.status === 200 && error && DEAD.has(error)) return { status: 'already-invalid', message: `Slack no longer accepts this token (${error})` };
  return { status: 'failed', message: `Slack did not revoke the token (HTTP ${response.status}${error ? `, ${error.slice(0, 60)}` : ''})` };
}

export const slackVerifier: VerifierSpec = {
  id: 'slack',
  name: NAME,
  ruleIds: Object.keys(KINDS),
  hosts: ['https://slack.com'],
  docs: ['https://api.slack.com/methods/auth.test', 'https://api.slack.com/authentication/oauth-v2#scopes', 'https://api.slack.com/apis/rate-limits', 'https://api.slack.com/methods/auth.revoke'],
  verify,
  revoke,
};
