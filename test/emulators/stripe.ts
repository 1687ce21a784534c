/** Stripe API emulator: `GET /v1/account` with a bearer (or Basic) key (https://docs.stripe.com/api/accounts/retrieve). */
import type { EmulatedRequest, Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, type EmulatedCredential } from './faults.js';

export interface StripeKey extends EmulatedCredential {
  account: string;
  name?: string;
  /** A restricted key without the Account read permission. */
  noAccountPermission?: boolean;
}

function keyOf(request: EmulatedRequest): string | undefined {
  const auth = request.headers.authorization ?? '';
  const bearer = /^Bearer (\S+)$/.exec(auth)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic (\S+)$/.exec(auth)?.[1];
  return basic ? Buffer.from(basic, 'base64').toString('utf8').replace(/:$/, '') : undefined;
}

export function stripeEmulator(keys: Map<string, StripeKey>): Route {
  return (request: EmulatedRequest) => {
    if (request.url !== '/v1/account') return undefined;
    const bad = refuse(request, firstFailure({ 'method must be GET': request.method === 'GET', 'an API key is required (Bearer or Basic)': Boolean(keyOf(request)) }));
    if (bad) return bad;
    const key = keyOf(request)!;
    const state = keys.get(key);
    const forced = faultReply(state, { error: { message: 'Too many requests', type: 'rate_limit_error' } });
    if (forced) return forced;
    if (!state) return { status: 401, body: { error: { message: `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`, type: 'invalid_request_error' } } };
    if (state.noAccountPermission) return { status: 403, body: { error: { message: 'The provided key does not have the required permissions for this endpoint.', type: 'invalid_request_error' } } };
    return { status: 200, body: { id: state.account, object: 'account', business_profile: { name: state.name ?? null }, charges_enabled: true } };
  };
}
