/**
 * Stripe: `GET /v1/account` (https://docs.stripe.com/api/accounts/retrieve , "Retrieve account": the
 * key's own account) with the key as a bearer (https://docs.stripe.com/api/authentication). 401 = invalid
 * key; 403 = a restricted key without the Account permission, which still proves it live
 * (https://docs.stripe.com/keys#limit-access); 429 = rate limited (https://docs.stripe.com/rate-limits).
 * Live vs test and secret vs restricted are in the prefix (https://docs.stripe.com/keys#obtain-api-keys).
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, VerifierSpec } from '../types.js';

const NAME = 'Stripe';

const KINDS: Record<string, string> = {
  'stripe-live-secret-key': 'live secret key (full account access)',
  'stripe-test-secret-key': 'test-mode secret key',
  'stripe-live-restricted-key': 'live restricted key',
  'stripe-test-restricted-key': 'test-mode restricted key',
};

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const kind = KINDS[credential.ruleId] ?? 'API key';
  const response = await call({ method: 'GET', path: '/v1/account', headers: { authorization: `Bearer ${credential.secret}` } });
  if (response.status === 401) return { ...invalidAnswer(NAME, response), kind };
  if (response.status === 403) return { status: 'live', kind, expiresAt: null, error: `${NAME} refused the account read (HTTP 403): the restricted key lacks that permission` };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const body = objectBody(response);
  const id = stringField(body, 'id');
  const name = stringField(body?.business_profile, 'name') ?? stringField(body?.settings && (body.settings as Record<string, unknown>).dashboard, 'display_name');
  const answer: VerifyAnswer = { status: 'live', kind, expiresAt: null };
  if (id) answer.identity = `${id}${name ? ` (${name.slice(0, 60)})` : ''}`;
  return answer;
}

export const stripeVerifier: VerifierSpec = {
  id: 'stripe',
  name: NAME,
  ruleIds: Object.keys(KINDS),
  hosts: ['https://api.stripe.com'],
  docs: ['https://docs.stripe.com/api/accounts/retrieve', 'https://docs.stripe.com/api/authentication', 'https://docs.stripe.com/keys', 'https://docs.stripe.com/rate-limits'],
  verify,
};
