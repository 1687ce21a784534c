/**
 * Slack Web API emulator: `auth.test` and `auth.revoke` (POST, bearer token, form encoding), answered
 * HTTP 200 with `ok`/`error` as Slack does, scopes in `x-oauth-scopes`, 429 with Retry-After.
 * https://api.slack.com/methods/auth.test , https://api.slack.com/methods/auth.revoke
 */
import { bearerToken, type EmulatedRequest, type Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, type EmulatedCredential } from './faults.js';

export interface SlackToken extends EmulatedCredential {
  team: string;
  user: string;
  scopes: string[];
}

export function slackEmulator(tokens: Map<string, SlackToken>): Route & { revoked: string[] } {
  const revoked: string[] = [];
  const route = (request: EmulatedRequest) => {
    const method = /^\/api\/(auth\.test|auth\.revoke)(?:\?|$)/.exec(request.url)?.[1];
    if (!method) return undefined;
    const bad = refuse(request, firstFailure({
      'method must be POST (or GET)': request.method === 'POST' || request.method === 'GET',
      'POST bodies are form-encoded or JSON': request.method !== 'POST' || /^application\/(x-www-form-urlencoded|json)/.test(request.headers['content-type'] ?? ''),
    }));
    if (bad) return bad;
    const token = bearerToken(request);
    if (!token) return { status: 200, body: { ok: false, error: 'not_authed' } };
    const state = tokens.get(token);
    const forced = faultReply(state, { ok: false, error: 'ratelimited' });
    if (forced) return forced;
    if (!state) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    if (method === 'auth.revoke') {
      tokens.delete(token);
      revoked.push(token);
      return { status: 200, body: { ok: true, revoked: true } };
    }
    return {
      status: 200,
      headers: { 'x-oauth-scopes': state.scopes.join(','), 'x-accepted-oauth-scopes': '' },
      body: { ok: true, url: `https://${state.team}.slack.com/`, team: state.team, user: state.user, team_id: 'T0001', user_id: 'U0001' },
    };
  };
  return Object.assign(route, { revoked });
}
