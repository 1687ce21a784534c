/**
 * OpenAI API emulator: `GET /v1/models` and the Admin API's `GET /v1/organization/projects`, bearer
 * keys, errors as documented (401 invalid_api_key quoting the key masked, 403 for restricted keys,
 * 429 insufficient_quota). https://platform.openai.com/docs/guides/error-codes
 */
import { bearerToken, type EmulatedRequest, type Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, splitUrl, type EmulatedCredential } from './faults.js';

export interface OpenAIKey extends EmulatedCredential {
  organization: string;
  admin?: boolean;
  /** A restricted key without model read permission. */
  restricted?: boolean;
  outOfQuota?: boolean;
}

export function openaiEmulator(keys: Map<string, OpenAIKey>): Route {
  return (request: EmulatedRequest) => {
    const { path } = splitUrl(request.url);
    if (path !== '/v1/models' && path !== '/v1/organization/projects') return undefined;
    const bad = refuse(request, firstFailure({ 'method must be GET': request.method === 'GET', 'Authorization: Bearer is required': Boolean(bearerToken(request)) }));
    if (bad) return bad;
    const key = bearerToken(request)!;
    const state = keys.get(key);
    const forced = faultReply(state, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } });
    if (forced) return forced;
    if (!state) return { status: 401, body: { error: { message: `Incorrect API key provided: ${key.slice(0, 3)}****${key.slice(-4)}.`, type: 'invalid_request_error', code: 'invalid_api_key' } } };
    const headers = { 'openai-organization': state.organization };
    if (path === '/v1/organization/projects' && !state.admin) return { status: 403, headers, body: { error: { message: 'Admin key required', type: 'invalid_request_error' } } };
    if (path === '/v1/models' && state.admin) return { status: 403, headers, body: { error: { message: 'Admin keys cannot call this endpoint', type: 'invalid_request_error' } } };
    if (state.restricted) return { status: 403, headers, body: { error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.', type: 'invalid_request_error' } } };
    if (state.outOfQuota) return { status: 429, headers, body: { error: { message: 'You exceeded your current quota.', type: 'insufficient_quota', code: 'insufficient_quota' } } };
    return { status: 200, headers, body: path === '/v1/models' ? { object: 'list', data: [{ id: 'gpt-4o', object: 'model' }] } : { object: 'list', data: [], has_more: false } };
  };
}
