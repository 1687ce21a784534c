/**
 * Datadog's key validation endpoints as documented: `GET /api/v1/validate` with `DD-API-KEY` answers
 * 200 `{"valid":true}` or 403 `{"errors":["Forbidden"]}`; `GET /api/v2/validate_keys` with both
 * `DD-API-KEY` and `DD-APPLICATION-KEY` answers 200 `{"status":"ok"}` or 403; 429 carries the
 * `X-RateLimit-*` headers. https://docs.datadoghq.com/api/latest/authentication/validate-api-key/
 */
import type { Route } from './loopback-server.js';
import { maybeSlow, outageReply, type OutageSwitch } from './outages.js';

export interface DatadogEmulatorState extends OutageSwitch {
  apiKeys: Set<string>;
  /** Application key → the API key of its organization. */
  applicationKeys?: Record<string, string>;
}

const FORBIDDEN = { status: 403, body: { errors: ['Forbidden'] } };

export function datadogEmulator(state: DatadogEmulatorState): Route {
  return (request) => {
    if (request.url !== '/api/v1/validate' && request.url !== '/api/v2/validate_keys') return undefined;
    if (request.method !== 'GET') return { status: 405, body: { errors: ['Method Not Allowed'] } };
    const down = outageReply(state, {
      rateLimited: { status: 429, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-period': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '5', 'retry-after': '5' }, body: { errors: ['Too many requests'] } },
      serverError: { status: 503, body: { errors: ['Service Unavailable'] } },
    });
    if (down) return down;
    const apiKey = request.headers['dd-api-key'] ?? '';
    if (!state.apiKeys.has(apiKey)) return FORBIDDEN;
    if (request.url === '/api/v1/validate') return maybeSlow(state, { status: 200, body: { valid: true } });
    const appKey = request.headers['dd-application-key'] ?? '';
    if (state.applicationKeys?.[appKey] !== apiKey) return FORBIDDEN;
    return maybeSlow(state, { status: 200, body: { status: 'ok' } });
  };
}
