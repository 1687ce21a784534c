/**
 * GitLab.com emulator: `GET` and `DELETE /api/v4/personal_access_tokens/self` with `PRIVATE-TOKEN`.
 * https://docs.gitlab.com/api/personal_access_tokens/
 */
import { faultReply, firstFailure, refuse, type EmulatedCredential } from './faults.js';
import type { EmulatedRequest, Route } from './loopback-server.js';

export interface GitLabToken extends EmulatedCredential {
  id: number;
  name: string;
  userId: number;
  scopes: string[];
  /** `YYYY-MM-DD` or null (never). */
  expiresAt: string | null;
}

export function gitlabEmulator(tokens: Map<string, GitLabToken>): Route & { revoked: string[] } {
  const revoked: string[] = [];
  const route = (request: EmulatedRequest) => {
    if (request.url !== '/api/v4/personal_access_tokens/self') return undefined;
    const bad = refuse(request, firstFailure({
      'method must be GET or DELETE': request.method === 'GET' || request.method === 'DELETE',
      'the token goes in PRIVATE-TOKEN (or a Bearer header)': Boolean(request.headers['private-token']) || /^Bearer /.test(request.headers.authorization ?? ''),
    }));
    if (bad) return bad;
    const token = request.headers['private-token'] ?? request.headers.authorization!.slice(7);
    const state = tokens.get(token);
    const forced = faultReply(state, { message: 'Retry later' });
    if (forced) return forced;
    if (!state) return { status: 401, body: { message: '401 Unauthorized' } };
    if (request.method === 'DELETE') {
      tokens.delete(token);
      revoked.push(token);
      return { status: 204, body: '' };
    }
    return {
      status: 200,
      body: { id: state.id, name: state.name, revoked: false, created_at: '2026-01-01T00:00:00.000Z', scopes: state.scopes, user_id: state.userId, last_used_at: null, active: true, expires_at: state.expiresAt },
    };
  };
  return Object.assign(route, { revoked });
}
