/**
 * Anthropic: `GET /v1/models?limit=1` (https://docs.anthropic.com/en/api/models-list) with `x-api-key`
 * and `anthropic-version: 2023-06-01` (https://docs.anthropic.com/en/api/versioning) reads without
 * billing. Errors (https://docs.anthropic.com/en/api/errors): 401 `authentication_error` = invalid,
 * 403 `permission_error` = the key works but may not read this, 429 `rate_limit_error` with
 * `retry-after`, 500/529 = unknown. Admin keys read the Admin API instead:
 * `GET /v1/organizations/me` (https://docs.anthropic.com/en/api/admin-api/organization/get-me).
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, VerifierSpec } from '../types.js';

const NAME = 'Anthropic';

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const admin = credential.ruleId === 'anthropic-admin-key';
  const kind = admin ? 'admin key (organization administration)' : 'API key';
  const response = await call({
    method: 'GET',
    path: admin ? '/v1/organizations/me' : '/v1/models?limit=1',
    headers: { 'x-api-key': credential.secret, 'anthropic-version': '2023-06-01', accept: 'application/json' },
  });
  if (response.status === 401) return { ...invalidAnswer(NAME, response), kind };
  if (response.status === 403) return { status: 'live', kind, expiresAt: null, error: `${NAME} refused this read (HTTP 403 permission_error)` };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const answer: VerifyAnswer = { status: 'live', kind, expiresAt: null };
  if (admin) {
    const body = objectBody(response);
    const name = stringField(body, 'name');
    const id = stringField(body, 'id');
    if (name || id) answer.identity = `organization ${name ?? id}`;
  }
  return answer;
}

export const anthropicVerifier: VerifierSpec = {
  id: 'anthropic',
  name: NAME,
  ruleIds: ['anthropic-api-key', 'anthropic-admin-key'],
  hosts: ['https://api.anthropic.com'],
  docs: ['https://docs.anthropic.com/en/api/models-list', 'https://docs.anthropic.com/en/api/errors', 'https://docs.anthropic.com/en/api/admin-api/organization/get-me'],
  verify,
};
