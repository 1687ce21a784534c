/**
 * SendGrid v3 `GET /v3/scopes` as documented: `Authorization: Bearer <API key>`, 200 `{"scopes":[…]}`,
 * 401 `{"errors":[{"field":null,"message":"authorization required"}]}`, 429 with the rate-limit headers.
 * https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
 */
import { bearerToken, type Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface SendgridEmulatorState extends OutageSwitch {
  /** API key → the scopes it holds. */
  keys: Record<string, string[]>;
}

export function sendgridEmulator(state: SendgridEmulatorState): Route {
  return (request) => {
    if (request.method !== 'GET' || request.url !== '/v3/scopes') return undefined;
    const down = outageReply(state, {
      rateLimited: { status: 429, headers: { 'retry-after': '7', 'x-ratelimit-limit': '600', 'x-ratelimit-remaining': '0' }, body: { errors: [{ field: null, message: 'too many requests' }] } },
      serverError: { status: 500, body: { errors: [{ field: null, message: 'internal error' }] } },
    });
    if (down) return down;
    const scopes = state.keys[bearerToken(request) ?? ''];
    if (!scopes) return { status: 401, body: { errors: [{ field: null, message: 'authorization required' }] } };
    return maybeSlow(state, { status: 200, body: { scopes } });
  };
}
