/** npm registry emulator: `GET /-/whoami` with a bearer token answers `{"username"}`. */
import { bearerToken, type EmulatedRequest, type Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, type EmulatedCredential } from './faults.js';

export interface NpmToken extends EmulatedCredential {
  username: string;
}

export function npmEmulator(tokens: Map<string, NpmToken>): Route {
  return (request: EmulatedRequest) => {
    if (request.url !== '/-/whoami') return undefined;
    const bad = refuse(request, firstFailure({ 'method must be GET': request.method === 'GET', 'Authorization: Bearer is required': Boolean(bearerToken(request)) }));
    if (bad) return bad;
    const state = tokens.get(bearerToken(request)!);
    const forced = faultReply(state);
    if (forced) return forced;
    if (!state) return { status: 401, body: { error: 'Unauthorized' } };
    return { status: 200, body: { username: state.username } };
  };
}
