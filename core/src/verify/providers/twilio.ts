/**
 * Twilio account credentials: HTTP basic auth on the account's own Accounts resource,
 * `GET /2010-04-01/Accounts/{AccountSid}.json`, a read of the account's name, type and status:
 * https://www.twilio.com/docs/iam/api/account (fetch) and https://www.twilio.com/docs/iam/api
 * (basic auth: Account SID or API key SID as the user, auth token or API key secret as the password).
 * API keys authenticate the same way: https://www.twilio.com/docs/iam/api-keys
 * A wrong pair is HTTP 401 with Twilio error 20003: https://www.twilio.com/docs/api/errors/20003
 *
 * The Account SID (`AC…`) is a companion from the same file (the `twilio-account-credentials` rule
 * matches it right before the token); an API key secret also needs its key SID (`SK…`).
 *
 * Revocation: not offered. An auth token ends only when a secondary token is created and promoted in its
 * place, which mints a new secret instead of just ending the old one
 * (https://www.twilio.com/docs/iam/api/authtoken), and deleting an API key takes a Main key or the
 * auth token, not the key's own secret (https://www.twilio.com/docs/iam/api-keys).
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer } from '../answers.js';
import type { VerifierSpec } from '../types.js';

const API = 'https://api.twilio.com';

export const twilioVerifier: VerifierSpec = {
  id: 'twilio',
  name: 'Twilio',
  ruleIds: ['twilio-account-credentials', 'twilio-auth-token', 'twilio-api-key-secret'],
  hosts: [API],
  docs: ['https://www.twilio.com/docs/iam/api/account', 'https://www.twilio.com/docs/iam/api', 'https://www.twilio.com/docs/iam/api-keys'],
  companions: [
    { name: 'accountSid', ruleIds: ['twilio-account-sid'], required: true },
    { name: 'apiKeySid', ruleIds: ['twilio-api-key'], required: false },
  ],

  async verify(credential, call) {
    const { accountSid, apiKeySid } = credential.companions;
    if (!accountSid || !/^AC[0-9a-f]{32}$/.test(accountSid)) return { status: 'unknown', error: 'needs the Account SID (AC…) found beside the token (none in the same file)' };
    const isApiKey = credential.ruleId === 'twilio-api-key-secret';
    if (isApiKey && (!apiKeySid || !/^SK[0-9a-f]{32}$/.test(apiKeySid))) return { status: 'unknown', error: 'needs the API key SID (SK…) found beside the secret (none in the same file)' };
    const user = isApiKey ? apiKeySid! : accountSid;
    const response = await call({ method: 'GET', path: `/2010-04-01/Accounts/${accountSid}.json`, headers: { authorization: `Basic ${btoa(`${user}:${credential.secret}`)}`, accept: 'application/json' } });
    const kind = isApiKey ? 'API key' : 'auth token';
    if (response.status === 200) {
      const account = objectBody(response);
      const status = stringField(account, 'status');
      const type = stringField(account, 'type');
      return {
        status: 'live',
        identity: stringField(account, 'friendly_name'),
        kind: [kind, type && `${type} account`, status && status !== 'active' ? status : undefined].filter(Boolean).join(', '),
        expiresAt: null,
      };
    }
    if (response.status === 401) return invalidAnswer('Twilio', response, 'rejected the SID and secret pair');
    if (response.status === 403) return { status: 'live', kind, error: 'Twilio accepted the credential but refused to read the account (HTTP 403)' };
    if (response.status === 404) return { status: 'unknown', error: 'Twilio does not know this Account SID for the credential (HTTP 404)' };
    return unknownAnswer(response, 'Twilio');
  },
};
