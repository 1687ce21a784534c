/**
 * Google emulator: the Generative Language API's `GET /v1beta/models` (API key in `x-goog-api-key`),
 * OAuth `POST /tokeninfo` and `POST /revoke` (form bodies), with Google's error shapes
 * (https://cloud.google.com/apis/design/errors).
 */
import type { EmulatedRequest, Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, splitUrl, type EmulatedCredential } from './faults.js';

export interface GoogleApiKey extends EmulatedCredential {
  /** The key's project has the Generative Language API disabled (403 SERVICE_DISABLED). */
  serviceDisabled?: boolean;
}

export interface GoogleAccessToken extends EmulatedCredential {
  email?: string;
  clientId: string;
  scopes: string[];
  /** Epoch seconds. */
  exp: number;
}

const errorInfo = (code: number, status: string, reason: string, message: string) => ({
  error: { code, message, status, details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] },
});

export function googleEmulator(apiKeys: Map<string, GoogleApiKey>, accessTokens: Map<string, GoogleAccessToken>): Route & { revoked: string[] } {
  const revoked: string[] = [];
  const route = (request: EmulatedRequest) => {
    const { path, query } = splitUrl(request.url);
    if (path === '/v1beta/models') {
      const bad = refuse(request, firstFailure({ 'method must be GET': request.method === 'GET', 'the key goes in x-goog-api-key (not the URL)': Boolean(request.headers['x-goog-api-key']) && !query.has('key') }));
      if (bad) return bad;
      const state = apiKeys.get(request.headers['x-goog-api-key']!);
      const forced = faultReply(state, errorInfo(429, 'RESOURCE_EXHAUSTED', 'RATE_LIMIT_EXCEEDED', 'Quota exceeded'));
      if (forced) return forced;
      if (!state) return { status: 400, body: errorInfo(400, 'INVALID_ARGUMENT', 'API_KEY_INVALID', 'API key not valid. Please pass a valid API key.') };
      if (state.serviceDisabled) return { status: 403, body: errorInfo(403, 'PERMISSION_DENIED', 'SERVICE_DISABLED', 'Generative Language API has not been used in project 1 before or it is disabled.') };
      return { status: 200, body: { models: [{ name: 'models/gemini-2.5-flash' }], nextPageToken: 'x' } };
    }
    if (path !== '/tokeninfo' && path !== '/revoke') return undefined;
    const field = path === '/tokeninfo' ? 'access_token' : 'token';
    const form = new URLSearchParams(request.body);
    const bad = refuse(request, firstFailure({
      'method must be POST': request.method === 'POST',
      'form-encoded body': /^application\/x-www-form-urlencoded/.test(request.headers['content-type'] ?? ''),
      [`${field} in the body`]: form.has(field),
      'the token must not be in the URL': !query.has(field),
    }));
    if (bad) return bad;
    const token = form.get(field)!;
    const state = accessTokens.get(token);
    const forced = faultReply(state, { error: 'rate_limit_exceeded' });
    if (forced) return forced;
    if (!state) return { status: 400, body: path === '/tokeninfo' ? { error: 'invalid_token', error_description: 'Invalid Value' } : { error: 'invalid_token', error_description: 'Token expired or revoked' } };
    if (path === '/revoke') {
      accessTokens.delete(token);
      revoked.push(token);
      return { status: 200, body: {} };
    }
    const expiresIn = Math.max(0, state.exp - Math.floor(Date.now() / 1000));
    return {
      status: 200,
      body: { azp: state.clientId, aud: state.clientId, scope: state.scopes.join(' '), exp: String(state.exp), expires_in: String(expiresIn), ...(state.email ? { email: state.email, email_verified: 'true' } : {}), access_type: 'online' },
    };
  };
  return Object.assign(route, { revoked });
}
