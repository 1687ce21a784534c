/**
 * Google API keys and OAuth access tokens.
 * - An API key (`AIza…`) has no introspection endpoint, so one harmless, free read is made:
 *   `GET https://generativelanguage.googleapis.com/v1beta/models?pageSize=1` with the key in the
 *   `x-goog-api-key` header (https://ai.google.dev/api/models#method:-models.list ;
 *   header: https://cloud.google.com/docs/authentication/api-keys-use#using-with-rest). Google's
 *   errors (https://cloud.google.com/apis/design/errors): 400 `API_KEY_INVALID` = invalid; 403 with
 *   `SERVICE_DISABLED` / `API_KEY_SERVICE_BLOCKED` = the key is real but not for this API (live).
 * - An access token (`ya29.`): `POST https://oauth2.googleapis.com/tokeninfo` with `access_token` in
 *   the form body (not the URL, which proxies log) answers `scope`, `expires_in`, `email`, `aud`
 *   (https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation ;
 *   fields: https://developers.google.com/identity/protocols/oauth2/reference/rest/v2/tokeninfo); an
 *   invalid or expired token answers 400 `invalid_token`.
 * - Revocation: `POST https://oauth2.googleapis.com/revoke` with `token` in the form body
 *   (https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke), for access and
 *   refresh tokens.
 */
import { expiresIn, invalidAnswer, objectBody, scopeList, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const NAME = 'Google';
const API = 'https://generativelanguage.googleapis.com';
const OAUTH = 'https://oauth2.googleapis.com';

const FORM = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };

/** Google's error `reason`s (in `error.details[].reason` or `error.status`). */
function reasons(body: Record<string, unknown> | undefined): string[] {
  const error = body?.error as { status?: unknown; details?: unknown } | undefined;
  const out: string[] = [];
  if (typeof error?.status === 'string') out.push(error.status);
  if (Array.isArray(error?.details)) for (const d of error.details) if (typeof d?.reason === 'string') out.push(d.reason);
  return out;
}

async function verifyApiKey(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const kind = 'API key';
  const response = await call({ method: 'GET', host: API, path: '/v1beta/models?pageSize=1', headers: { 'x-goog-api-key': credential.secret, accept: 'application/json' } });
  const why = reasons(objectBody(response));
  if (response.status === 400 && why.includes('API_KEY_INVALID')) return { ...invalidAnswer(NAME, response, 'says the API key is not valid'), kind };
  if (response.status === 403) {
    // The key exists; it is restricted to other APIs, or this API is off in its project.
    const detail = why.find((r) => r !== 'PERMISSION_DENIED') ?? 'PERMISSION_DENIED';
    return { status: 'live', kind, expiresAt: null, error: `the key is valid but may not call the Generative Language API (${detail.slice(0, 60)})` };
  }
  if (response.status !== 200) return unknownAnswer(response, NAME);
  return { status: 'live', kind, expiresAt: null, scopes: ['generativelanguage'] };
}

async function verifyAccessToken(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const kind = 'OAuth access token';
  const response = await call({ method: 'POST', host: OAUTH, path: '/tokeninfo', headers: FORM, body: `access_token=${encodeURIComponent(credential.secret)}` });
  if (response.status === 400 || response.status === 401) return { ...invalidAnswer(NAME, response, 'says the token is invalid or expired'), kind };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  if (!body) return { status: 'unknown', error: `unexpected reply from ${NAME} tokeninfo (not JSON)` };
  const answer: VerifyAnswer = { status: 'live', kind, scopes: scopeList(stringField(body, 'scope')) };
  const email = stringField(body, 'email');
  const client = stringField(body, 'azp') ?? stringField(body, 'aud');
  if (email || client) answer.identity = email ?? `client ${client}`;
  const exp = Number(stringField(body, 'exp'));
  const expiresAt = Number.isFinite(exp) && exp > 0 ? new Date(exp * 1000).toISOString() : expiresIn(stringField(body, 'expires_in'), credential.now);
  if (expiresAt) answer.expiresAt = expiresAt;
  return answer;
}

async function revoke(credential: Credential, call: ApiCall): Promise<RevocationOutcome> {
  if (credential.ruleId !== 'gcp-oauth-access-token' && credential.ruleId !== 'gcp-oauth-refresh-token') {
    return { status: 'failed', message: 'an API key cannot be revoked with the key alone (delete or restrict it in the Cloud console)' };
  }
  const response = await call({ method: 'POST', host: OAUTH, path: '/revoke', headers: FORM, body: `token=${encodeURIComponent(credential.secret)}` });
  if (response.status === 200) return { status: 'revoked', message: 'Google revoked the token (and the grant it belongs to)' };
  if (response.status === 400 && stringField(objectBody(response), 'error') === 'invalid_token') return { status: 'already-invalid', message: 'Google no longer accepts this token' };
  return { status: 'failed', message: `Google did not revoke the token (HTTP ${response.status})` };
}

export const googleVerifier: VerifierSpec = {
  id: 'google',
  name: NAME,
  ruleIds: ['gcp-api-key', 'google-ai-studio-key', 'gcp-oauth-access-token', 'gcp-oauth-refresh-token'],
  hosts: [API, OAUTH],
  docs: [
    'https://ai.google.dev/api/models#method:-models.list',
    'https://cloud.google.com/docs/authentication/api-keys-use#using-with-rest',
    'https://cloud.google.com/apis/design/errors',
    'https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation',
    'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
  ],
  async verify(credential, call) {
    if (credential.ruleId === 'gcp-oauth-refresh-token') {
      return { status: 'unknown', kind: 'OAuth refresh token', error: 'a refresh token cannot be checked without its client secret (it can be revoked)' };
    }
    return credential.ruleId === 'gcp-oauth-access-token' ? verifyAccessToken(credential, call) : verifyApiKey(credential, call);
  },
  revoke,
};
