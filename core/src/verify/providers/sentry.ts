/**
 * Sentry auth tokens: `GET /api/0/` ("Retrieve the Current Credentials") returns the API version, the
 * scopes of the token that authenticated the request and the token's user (`null` for organization
 * tokens), and reads nothing else: https://docs.sentry.io/api/users/retrieve-the-current-credentials/
 * The token goes in `Authorization: Bearer <token>`: https://docs.sentry.io/api/auth/
 *
 * Organization tokens (`sntrys_<base64 JSON>_<secret>`) carry their `url`, `region_url` and `org` in
 * the clear: https://docs.sentry.io/account/auth-tokens/ . A token for sentry.io is asked at its region
 * (us.sentry.io, de.sentry.io); a self-hosted server is not an official API host, so it is not asked.
 *
 * Revocation: not offered. Sentry documents no way for a token to revoke itself; tokens are revoked in
 * the organization's or user's Auth Tokens settings.
 */
import { decodeBase64Lossy } from '../../tokens/jwt.js';
import { objectBody, stringField, unknownAnswer } from '../answers.js';
import type { VerifierSpec } from '../types.js';

const SAAS = 'https://sentry.io';
const REGIONS = ['https://us.sentry.io', 'https://de.sentry.io'];

interface OrgTokenClaims {
  url?: string;
  regionUrl?: string;
  org?: string;
}

/** The readable part of an organization token, or undefined when it is not the documented JSON. */
export function orgTokenClaims(token: string): OrgTokenClaims | undefined {
  if (!token.startsWith('sntrys_') || token.length < 7 + 44) return undefined;
  const payload = decodeBase64Lossy(token.slice('sntrys_'.length, -44));
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(payload) as Record<string, unknown>;
    const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string) : undefined);
    return { url: text('url'), regionUrl: text('region_url'), org: text('org') };
  } catch {
    return undefined;
  }
}

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

export const sentryVerifier: VerifierSpec = {
  id: 'sentry',
  name: 'Sentry',
  ruleIds: ['sentry-org-token', 'sentry-user-token', 'sentry-legacy-auth-token'],
  hosts: [SAAS, ...REGIONS],
  docs: ['https://docs.sentry.io/api/users/retrieve-the-current-credentials/', 'https://docs.sentry.io/api/auth/'],

  async verify(credential, call) {
    const claims = credential.ruleId === 'sentry-org-token' ? orgTokenClaims(credential.secret) : undefined;
    let host = SAAS;
    if (claims) {
      const region = origin(claims.regionUrl);
      if (origin(claims.url) !== SAAS) return { status: 'unknown', error: 'the token belongs to a self-hosted Sentry server, which is not an official API host; not checked' };
      if (region && REGIONS.includes(region)) host = region;
    }
    const response = await call({ method: 'GET', host, path: '/api/0/', headers: { authorization: `Bearer ${credential.secret}`, accept: 'application/json' } });
    if (response.status === 401) return { status: 'invalid', error: 'Sentry rejected the token (HTTP 401)' };
    if (response.status !== 200) return unknownAnswer(response, 'Sentry');
    const body = objectBody(response);
    const auth = body?.auth;
    if (typeof auth !== 'object' || auth === null) return { status: 'unknown', error: 'Sentry answered without the credentials it saw' };
    const scopes = (auth as Record<string, unknown>).scopes;
    const user = body?.user;
    const identity = stringField(user, 'username') ?? stringField(user, 'email') ?? (claims?.org ? `organization ${claims.org}` : undefined);
    return {
      status: 'live',
      identity,
      kind: claims ? 'organization auth token' : user ? 'user auth token' : 'auth token',
      scopes: Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string') : undefined,
    };
  },
};
