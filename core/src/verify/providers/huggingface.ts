/**
 * Hugging Face: `GET /api/whoami-v2` with the token as a bearer answers the account and, under
 * `auth.accessToken`, the token's display name and role (`read`, `write`, `fineGrained`) and, for
 * fine-grained tokens, `fineGrained.scoped[].permissions` per entity and `fineGrained.global`.
 * https://huggingface.co/docs/hub/security-tokens ; response shape:
 * https://huggingface.co/docs/huggingface.js/hub/README#whoami (huggingface.js `whoAmI`, which calls it).
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, VerifierSpec } from '../types.js';

const NAME = 'Hugging Face';

function fineGrainedScopes(fineGrained: unknown): string[] {
  const scopes: string[] = [];
  if (typeof fineGrained !== 'object' || fineGrained === null) return scopes;
  const { scoped, global } = fineGrained as { scoped?: unknown; global?: unknown };
  if (Array.isArray(global)) for (const p of global) if (typeof p === 'string') scopes.push(p);
  if (Array.isArray(scoped)) {
    for (const entry of scoped) {
      const entity = (entry as { entity?: { type?: unknown; name?: unknown } })?.entity;
      const on = typeof entity?.name === 'string' ? `${typeof entity.type === 'string' ? `${entity.type}:` : ''}${entity.name}` : '';
      const permissions = (entry as { permissions?: unknown })?.permissions;
      if (Array.isArray(permissions)) for (const p of permissions) if (typeof p === 'string') scopes.push(on ? `${p} (${on})` : p);
    }
  }
  return scopes;
}

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const response = await call({ method: 'GET', path: '/api/whoami-v2', headers: { authorization: `Bearer ${credential.secret}`, accept: 'application/json' } });
  if (response.status === 401) return { ...invalidAnswer(NAME, response), kind: 'access token' };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  const name = stringField(body, 'name');
  if (!body || !name) return { status: 'unknown', error: `unexpected reply from ${NAME} (no account name)` };
  const token = (body.auth as { accessToken?: Record<string, unknown> } | undefined)?.accessToken;
  const role = stringField(token, 'role');
  const answer: VerifyAnswer = { status: 'live', identity: `${stringField(body, 'type') === 'org' ? 'org ' : ''}${name}`, kind: role ? `${role === 'fineGrained' ? 'fine-grained' : role} token` : 'access token' };
  if (role === 'fineGrained') answer.scopes = fineGrainedScopes(token?.fineGrained);
  else if (role) answer.scopes = [role];
  // User access tokens do not expire; `auth.expiresAt` is sent for those that do (OAuth tokens).
  const expires = stringField(body.auth, 'expiresAt');
  answer.expiresAt = expires && !Number.isNaN(Date.parse(expires)) ? new Date(expires).toISOString() : null;
  return answer;
}

export const huggingfaceVerifier: VerifierSpec = {
  id: 'huggingface',
  name: NAME,
  ruleIds: ['huggingface-access-token', 'huggingface-org-token'],
  hosts: ['https://huggingface.co'],
  docs: ['https://huggingface.co/docs/hub/security-tokens', 'https://huggingface.co/docs/huggingface.js/hub/README#whoami'],
  verify,
};
