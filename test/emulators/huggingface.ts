/** Hugging Face Hub emulator: `GET /api/whoami-v2` with a bearer token (https://huggingface.co/docs/hub/security-tokens). */
import { bearerToken, type EmulatedRequest, type Route } from './loopback-server.js';
import { faultReply, firstFailure, refuse, type EmulatedCredential } from './faults.js';

export interface HuggingFaceToken extends EmulatedCredential {
  name: string;
  role: 'read' | 'write' | 'fineGrained';
  fineGrained?: { scoped: { entity: { type: string; name: string }; permissions: string[] }[]; global: string[] };
}

export function huggingfaceEmulator(tokens: Map<string, HuggingFaceToken>): Route {
  return (request: EmulatedRequest) => {
    if (request.url !== '/api/whoami-v2') return undefined;
    const bad = refuse(request, firstFailure({ 'method must be GET': request.method === 'GET' }));
    if (bad) return bad;
    const token = bearerToken(request);
    const state = token ? tokens.get(token) : undefined;
    const forced = faultReply(state);
    if (forced) return forced;
    if (!state) return { status: 401, body: { error: 'Invalid credentials in Authorization header' } };
    return {
      status: 200,
      body: {
        type: 'user',
        id: '0123456789abcdef',
        name: state.name,
        fullname: state.name,
        orgs: [],
        auth: { type: 'access_token', accessToken: { displayName: 'ci', role: state.role, createdAt: '2026-01-01T00:00:00.000Z', ...(state.fineGrained ? { fineGrained: state.fineGrained } : {}) } },
      },
    };
  };
}
