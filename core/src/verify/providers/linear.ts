/**
 * Linear personal API keys and OAuth access tokens: one GraphQL query, `viewer { id name email }`, at
 * https://api.linear.app/graphql: https://linear.app/developers/graphql
 * A personal key goes in `Authorization: <API_KEY>` as is, an OAuth token as `Authorization: Bearer
 * <token>`: https://linear.app/developers/graphql#personal-api-keys and
 * https://linear.app/developers/oauth-2-0-authentication
 * Errors come as GraphQL `errors[]` whose `extensions` name the kind (authentication error,
 * RATELIMITED): https://linear.app/developers/rate-limiting
 *
 * Revocation: OAuth access tokens revoke themselves with `POST https://api.linear.app/oauth/revoke` and
 * the token as Bearer (https://linear.app/developers/oauth-2-0-authentication, "Revoke an access token").
 * Personal API keys are revoked only in Settings > Security & access; the key alone cannot.
 */
import type { VerifyAnswer } from '../answers.js';
import { objectBody, stringField, unknownAnswer } from '../answers.js';
import type { ApiCall, ApiResponse, Credential, RevocationOutcome, VerifierSpec } from '../types.js';

const API = 'https://api.linear.app';
const VIEWER_QUERY = JSON.stringify({ query: 'query { viewer { id name email } }' });

const authorization = ({ secret }: Credential) => (secret.startsWith('lin_oauth_') ? `Bearer ${secret}` : secret);

/** The `extensions.code`/`type` of each GraphQL error, uppercased (`AUTHENTICATION_ERROR`, `RATELIMITED`). */
function errorKinds(response: ApiResponse): string[] {
  const errors = objectBody(response)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error) => {
    const extensions = (error as Record<string, unknown> | null)?.extensions;
    return [stringField(extensions, 'code'), stringField(extensions, 'type')].filter((kind): kind is string => !!kind).map((kind) => kind.toUpperCase().replace(/\s+/g, '_'));
  });
}

async function viewer(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  const response = await call({ method: 'POST', host: API, path: '/graphql', headers: { authorization: authorization(credential), 'content-type': 'application/json' }, body: VIEWER_QUERY });
  const kinds = errorKinds(response);
  if (kinds.includes('RATELIMITED')) return { status: 'unknown', error: 'Linear rate limit reached (RATELIMITED)' };
  if (response.status === 401 || kinds.includes('AUTHENTICATION_ERROR')) return { status: 'invalid', error: `Linear rejected the credential (HTTP ${response.status}, authentication error)` };
  if (response.status !== 200) return unknownAnswer(response, 'Linear');
  const data = objectBody(response)?.data;
  const user = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).viewer : undefined;
  const id = stringField(user, 'id');
  if (!id) return { status: 'unknown', error: 'Linear answered without the viewer' };
  const name = stringField(user, 'name');
  const email = stringField(user, 'email');
  return {
    status: 'live',
    identity: name && email ? `${name} <${email}>` : (email ?? name ?? id),
    kind: credential.secret.startsWith('lin_oauth_') ? 'OAuth access token' : 'personal API key',
  };
}

export const linearVerifier: VerifierSpec = {
  id: 'linear',
  name: 'Linear',
  ruleIds: ['linear-api-key', 'linear-oauth-token'],
  hosts: [API],
  docs: ['https://linear.app/developers/graphql', 'https://linear.app/developers/oauth-2-0-authentication', 'https://linear.app/developers/rate-limiting'],

  verify: viewer,

  async revoke(credential, call): Promise<RevocationOutcome> {
    if (!credential.secret.startsWith('lin_oauth_')) {
      return { status: 'failed', message: 'a Linear personal API key cannot revoke itself; revoke it in Linear under Settings > Security & access' };
    }
    const response = await call({ method: 'POST', host: API, path: '/oauth/revoke', headers: { authorization: `Bearer ${credential.secret}` } });
    if (response.status === 200) return { status: 'revoked', message: 'Linear OAuth access token revoked' };
    // Linear answers 400 when it cannot revoke; ask whether the token still works to say which case it is.
    if (response.status === 400 || response.status === 401) {
      const check = await viewer(credential, call);
      if (check.status === 'invalid') return { status: 'already-invalid', message: 'Linear OAuth access token was already revoked or invalid' };
    }
    return { status: 'failed', message: `Linear did not revoke the OAuth token (HTTP ${response.status})` };
  },
};
