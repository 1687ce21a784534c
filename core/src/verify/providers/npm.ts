/**
 * npm registry (registry.npmjs.org): `GET /-/whoami` with the token as a bearer answers
 * `{"username": "..."}` (the request `npm whoami` makes: https://docs.npmjs.com/cli/v10/commands/npm-whoami ;
 * bearer auth for `_authToken`: https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration).
 * whoami does not say whether a token is granular, publish, automation or read-only; the kind reported
 * is what the format says. An `_authToken` that is not an `npm_` token may belong to another registry,
 * so it is not sent to npmjs.org.
 */
import { invalidAnswer, objectBody, stringField, unknownAnswer, type VerifyAnswer } from '../answers.js';
import type { ApiCall, Credential, VerifierSpec } from '../types.js';

const NAME = 'npm registry';

async function verify(credential: Credential, call: ApiCall): Promise<VerifyAnswer> {
  if (!credential.secret.startsWith('npm_')) {
    return { status: 'unknown', error: 'not an npm_ token: it may belong to another registry, so it is not sent to registry.npmjs.org' };
  }
  const kind = 'access token';
  const response = await call({ method: 'GET', path: '/-/whoami', headers: { authorization: `Bearer ${credential.secret}`, accept: 'application/json' } });
  if (response.status === 401 || response.status === 403) return { ...invalidAnswer(NAME, response), kind };
  if (response.status !== 200) return unknownAnswer(response, NAME);
  const username = stringField(objectBody(response), 'username');
  if (!username) return { status: 'unknown', error: `unexpected reply from ${NAME} (no username)` };
  return { status: 'live', kind, identity: username };
}

export const npmVerifier: VerifierSpec = {
  id: 'npm',
  name: NAME,
  ruleIds: ['npm-access-token', 'npmrc-auth-token'],
  hosts: ['https://registry.npmjs.org'],
  docs: ['https://docs.npmjs.com/cli/v10/commands/npm-whoami', 'https://docs.npmjs.com/about-access-tokens'],
  verify,
};
