/**
 * Linear's GraphQL endpoint and OAuth revocation as documented: `POST /graphql` with a JSON body and
 * `Authorization: <personal API key>` or `Authorization: Bearer <OAuth token>`; an unauthenticated
 * request gets GraphQL errors with `extensions.type: "authentication error"`, a rate-limited one
 * `extensions.code: "RATELIMITED"`; `POST /oauth/revoke` with the token as Bearer revokes it (200),
 * 400 when it cannot. https://linear.app/developers/graphql and https://linear.app/developers/oauth-2-0-authentication
 */
import type { EmulatedReply, Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface LinearEmulatorState extends OutageSwitch {
  /** Personal API key or OAuth token → the viewer. */
  users: Record<string, { id: string; name: string; email: string }>;
  revoked?: Set<string>;
}

const graphqlError = (status: number, message: string, type: string, code: string): EmulatedReply => ({
  status,
  body: { errors: [{ message, extensions: { type, code, userPresentableMessage: message } }] },
});

/** The credential as Linear reads it: personal keys bare, OAuth tokens as Bearer (anything else is not authenticated). */
function credentialOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  if (header.startsWith('lin_api_')) return header;
  const bearer = /^Bearer (lin_oauth_[a-f0-9]{64})$/.exec(header);
  return bearer?.[1];
}

export function linearEmulator(state: LinearEmulatorState): Route {
  const live = (credential: string | undefined) => (credential && !state.revoked?.has(credential) ? state.users[credential] : undefined);
  return (request) => {
    if (request.url !== '/graphql' && request.url !== '/oauth/revoke') return undefined;
    if (request.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
    const down = outageReply(state, {
      rateLimited: { ...graphqlError(400, 'Rate limit exceeded', 'ratelimited', 'RATELIMITED'), headers: { 'x-ratelimit-requests-remaining': '0', 'x-ratelimit-requests-reset': String(Date.now() + 60_000) } },
      serverError: { status: 500, body: { errors: [{ message: 'Internal server error', extensions: { type: 'internal error', code: 'INTERNAL_SERVER_ERROR' } }] } },
    });
    if (down) return down;
    if (request.url === '/oauth/revoke') {
      const token = /^Bearer (lin_oauth_[a-f0-9]{64})$/.exec(request.headers.authorization ?? '')?.[1];
      if (!token || !live(token)) return { status: 400, body: { error: 'invalid_token' } };
      (state.revoked ??= new Set()).add(token);
      return { status: 200, body: '' };
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return graphqlError(400, 'Content-Type must be application/json', 'invalid input', 'BAD_USER_INPUT');
    let query = '';
    try {
      query = String((JSON.parse(request.body) as { query?: unknown }).query ?? '');
    } catch {
      return graphqlError(400, 'Body is not valid JSON', 'invalid input', 'BAD_USER_INPUT');
    }
    const user = live(credentialOf(request.headers.authorization));
    if (!user) return graphqlError(400, 'Authentication required, not authenticated', 'authentication error', 'AUTHENTICATION_ERROR');
    if (!/\bviewer\s*\{/.test(query)) return graphqlError(400, 'Only the viewer query is emulated', 'invalid input', 'BAD_USER_INPUT');
    return maybeSlow(state, { status: 200, body: { data: { viewer: user } } });
  };
}
