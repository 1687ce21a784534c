/**
 * Twilio SendGrid API keys: `GET /v3/scopes` returns every scope the authenticating key holds, and
 * nothing else: https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
 * The key goes in `Authorization: Bearer <key>`. Two hosts serve it: api.sendgrid.com (global users and
 * subusers) and api.eu.sendgrid.com (EU regional subusers), so a key the global host refuses is asked
 * once more in the EU.
 *
 * Revocation: not offered. `DELETE /v3/api_keys/{api_key_id}` needs the key's id, which the key does not
 * reveal (SendGrid does not document deriving it from the key), and the `api_keys.delete` scope:
 * https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys
 */
import { invalidAnswer, objectBody, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiResponse, VerifierSpec } from '../types.js';

const GLOBAL = 'https://api.sendgrid.com';
const EU = 'https://api.eu.sendgrid.com';

export const sendgridVerifier: VerifierSpec = {
  id: 'sendgrid',
  name: 'Twilio SendGrid',
  ruleIds: ['sendgrid-api-key'],
  hosts: [GLOBAL, EU],
  docs: ['https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access'],

  async verify(credential, call) {
    let last: ApiResponse | undefined;
    for (const host of [GLOBAL, EU]) {
      const response = await call({ method: 'GET', host, path: '/v3/scopes', headers: { authorization: `Bearer ${credential.secret}`, accept: 'application/json' } });
      if (response.status === 200) {
        const scopes = objectBody(response)?.scopes;
        if (!Array.isArray(scopes)) return { status: 'unknown', error: 'SendGrid answered without a scope list' };
        const list = scopes.filter((scope): scope is string => typeof scope === 'string');
        const answer: VerifyAnswer = { status: 'live', kind: 'API key', scopes: list, expiresAt: null };
        if (host === EU) answer.identity = 'EU regional subuser (api.eu.sendgrid.com)';
        return answer;
      }
      // 403 comes after authentication: the key works but lacks the permission to read its scopes.
      if (response.status === 403) return { status: 'live', kind: 'API key', error: 'SendGrid accepted the key but refused to list its scopes (HTTP 403)' };
      if (response.status !== 401) return unknownAnswer(response, 'SendGrid');
      last = response;
    }
    return invalidAnswer('SendGrid', last!);
  },
};
