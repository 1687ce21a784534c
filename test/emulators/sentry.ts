/**
 * Sentry's `GET /api/0/` ("Retrieve the Current Credentials") with `Authorization: Bearer <token>`:
 * 200 `{version, auth: {scopes}, user}` (user null for organization tokens), 401 `{"detail":"Invalid
 * token"}`, 429 with Retry-After. https://docs.sentry.io/api/users/retrieve-the-current-credentials/
 */
import { bearerToken, type Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface EmulatedSentryToken {
  scopes: string[];
  /** Absent for organization tokens. */
  user?: { username: string; email: string };
}

export interface SentryEmulatorState extends OutageSwitch {
  tokens: Record<string, EmulatedSentryToken>;
}

export function sentryEmulator(state: SentryEmulatorState): Route {
  return (request) => {
    if (request.url !== '/api/0/') return undefined;
    if (request.method !== 'GET') return { status: 405, body: { detail: `Method "${request.method}" not allowed.` } };
    const down = outageReply(state, {
      rateLimited: { status: 429, headers: { 'retry-after': '3' }, body: { detail: 'You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds' } },
      serverError: { status: 502, body: 'Bad Gateway' },
    });
    if (down) return down;
    const token = bearerToken(request);
    if (token === undefined) return maybeSlow(state, { status: 200, body: { version: '0', auth: null, user: null } });
    const known = state.tokens[token];
    if (!known) return { status: 401, body: { detail: 'Invalid token' } };
    return maybeSlow(state, {
      status: 200,
      body: { version: '0', auth: { scopes: known.scopes }, user: known.user ? { id: '1', name: known.user.username, ...known.user, isActive: true } : null },
    });
  };
}
