/**
 * OpenAI: `GET /v1/models` (https://platform.openai.com/docs/api-reference/models/list) is the
 * cheapest authenticated read (no tokens billed). 401 `invalid_api_key` = invalid; 403 = the key works
 * but lacks `api.model.read` (a restricted key: https://help.openai.com/en/articles/8867743-assign-api-key-permissions);
 * 429 `insufficient_quota` = the key works but the account is out of credit, other 429s are rate limits
 * (https://platform.openai.com/docs/guides/error-codes). The organization a key belongs to comes back in
 * the `openai-organization` header (https://platform.openai.com/docs/api-reference/debugging-requests).
 * Admin keys only read the Admin API: `GET /v1/organization/projects?limit=1`
 * (https://platform.openai.com/docs/api-reference/projects/list).
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, VerifierSpec } from '../types.js';

const NAME = 'OpenAI';

const KINDS: Record<string, string> = {
  'openai-api-key': 'user API key',
  'openai-project-key': 'project API key',
  'openai-service-account-key': 'service account key',
  'openai-admin-key': 'admin key (organization administration)',
  'openai-api-key-assignment': 'API key',
};

function errorCode(body: Record<string, unknown> | undefined): string | undefined {
  return stringField(body?.error, 'code') ?? stringField(body?.error, 'type');
}

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const admin = credential.ruleId === 'openai-admin-key' || credential.secret.startsWith('sk-admin-');
  const kind = admin ? KINDS['openai-admin-key']! : KINDS[credential.ruleId] ?? 'API key';
  const response = await call({
    method: 'GET',
    path: admin ? '/v1/organization/projects?limit=1' : '/v1/models',
    headers: { authorization: `Bearer ${credential.secret}`, accept: 'application/json' },
  });
  const body = objectBody(response);
  const organization = response.headers['openai-organization'];
  const live = (error?: string): VerifyAnswer => ({ status: 'live', kind, ...(organization ? { identity: `organization ${organization.slice(0, 80)}` } : {}), expiresAt: null, ...(error ? { error } : {}) });
  if (response.status === 401) return { ...invalidAnswer(NAME, response), kind };
  if (response.status === 403) return live(`${NAME} refused this read (HTTP 403): a restricted key without model access`);
  if (response.status === 429 && errorCode(body) === 'insufficient_quota') return live(`${NAME} says the account is out of quota (the key itself works)`);
  if (response.status !== 200) return unknownAnswer(response, NAME);
  return live();
}

export const openaiVerifier: VerifierSpec = {
  id: 'openai',
  name: NAME,
  ruleIds: Object.keys(KINDS),
  hosts: ['https://api.openai.com'],
  docs: [
    'https://platform.openai.com/docs/api-reference/models/list',
    'https://platform.openai.com/docs/guides/error-codes',
    'https://platform.openai.com/docs/api-reference/debugging-requests',
    'https://platform.openai.com/docs/api-reference/projects/list',
  ],
  verify,
};
