/**
 * Anthropic API emulator: `GET /v1/models` (x-api-key + anthropic-version required) and the Admin
 * API's `GET /v1/organizations/me`; errors as https://docs.anthropic.com/en/api/errors documents them.
 */
import type { EmulatedRequest, Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, splitUrl, type EmulatedCredential } from './faults.js';

export interface AnthropicKey extends EmulatedCredential {
  organization: string;
  admin?: boolean;
}

const error = (type: string, message: string) => ({ type: 'error', error: { type, message } });

export function anthropicEmulator(keys: Map<string, AnthropicKey>): Route {
  return (request: EmulatedRequest) => {
    const { path } = splitUrl(request.url);
    if (path !== '/v1/models' && path !== '/v1/organizations/me') return undefined;
    const bad = refuse(request, firstFailure({
      'method must be GET': request.method === 'GET',
      'anthropic-version header is required': Boolean(request.headers['anthropic-version']),
      'the key goes in x-api-key': !request.headers.authorization,
    }));
    if (bad) return bad;
    const state = keys.get(request.headers['x-api-key'] ?? '');
    const forced = faultReply(state, error('rate_limit_error', 'Number of requests has exceeded your rate limit'));
    if (forced) return forced;
    if (!state) return { status: 401, body: error('authentication_error', 'invalid x-api-key') };
    if ((path === '/v1/organizations/me') !== Boolean(state.admin)) return { status: 403, body: error('permission_error', 'Your API key does not have permission to use the specified resource.') };
    if (path === '/v1/organizations/me') return { status: 200, body: { id: '12345678-1234-5678-1234-567812345678', type: 'organization', name: state.organization } };
    return { status: 200, body: { data: [{ type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' }], has_more: true, first_id: 'claude-sonnet-4-5', last_id: 'claude-sonnet-4-5' } };
  };
}
