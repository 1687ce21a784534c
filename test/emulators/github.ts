/**
 * GitHub REST API emulator: `GET /user`, `GET /installation/repositories`, `POST /credentials/revoke`,
 * `DELETE /installation/token`, checked as api.github.com documents them (User-Agent required,
 * `Authorization: Bearer|token`, the revoke endpoint unauthenticated with a JSON `credentials` list).
 * https://docs.github.com/en/rest/users/users#get-the-authenticated-user , https://docs.github.com/en/rest/credentials/revoke
 */
import { faultReply, firstFailure, refuse, splitUrl, type EmulatedCredential } from './faults.js';
import type { EmulatedRequest, Route } from './loopback-server.js';

export interface GitHubToken extends EmulatedCredential {
  login: string;
  /** Classic scopes for `X-OAuth-Scopes`; undefined = no header (fine-grained, app tokens). */
  scopes?: string[];
  /** `GitHub-Authentication-Token-Expiration` value, e.g. `2026-12-31 00:00:00 UTC`. */
  expiration?: string;
  /** Installation tokens answer on /installation/* and 403 on /user. */
  installation?: { owner: string; repositories: number };
  /** SAML SSO not authorised: 403 on reads. */
  forbidden?: boolean;
}

const BAD_CREDENTIALS = { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' };

function tokenOf(request: EmulatedRequest): string | undefined {
  return /^(?:Bearer|token) (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
}

export function githubEmulator(tokens: Map<string, GitHubToken>): Route & { revoked: string[] } {
  const revoked: string[] = [];
  const route = (request: EmulatedRequest) => {
    const { path, query } = splitUrl(request.url);
    const common = firstFailure({
      'User-Agent header is required': Boolean(request.headers['user-agent']),
      'Accept should be application/vnd.github+json': request.headers.accept === 'application/vnd.github+json',
    });
    if (path === '/credentials/revoke') {
      const bad = refuse(request, common ?? firstFailure({ 'method must be POST': request.method === 'POST', 'content-type must be JSON': /^application\/json/.test(request.headers['content-type'] ?? '') }));
      if (bad) return bad;
      if (request.headers.authorization) return { status: 403, body: { message: 'Authenticated requests are not allowed' } };
      let credentials: unknown;
      try {
        credentials = (JSON.parse(request.body) as { credentials?: unknown }).credentials;
      } catch {
        credentials = undefined;
      }
      if (!Array.isArray(credentials) || !credentials.length || credentials.some((c) => typeof c !== 'string')) return { status: 422, body: { message: 'Validation Failed' } };
      for (const c of credentials as string[]) {
        revoked.push(c);
        tokens.delete(c);
      }
      return { status: 202, body: {} };
    }
    const token = tokenOf(request);
    const state = token ? tokens.get(token) : undefined;
    const forced = faultReply(state, { message: 'API rate limit exceeded' });
    if (forced) return forced;
    const headers: Record<string, string> = { 'x-ratelimit-remaining': '4999' };
    if (state?.scopes) headers['x-oauth-scopes'] = state.scopes.join(', ');
    if (state?.expiration) headers['github-authentication-token-expiration'] = state.expiration;
    if (path === '/user') {
      const bad = refuse(request, common ?? firstFailure({ 'method must be GET': request.method === 'GET', 'no body on GET': request.body === '' }));
      if (bad) return bad;
      if (!state) return { status: 401, body: BAD_CREDENTIALS };
      if (state.installation || state.forbidden) return { status: 403, headers, body: { message: 'Resource not accessible by integration' } };
      return { status: 200, headers, body: { login: state.login, id: 1, type: 'User' } };
    }
    if (path === '/installation/repositories') {
      const bad = refuse(request, common ?? firstFailure({ 'method must be GET': request.method === 'GET', 'per_page is 1..100': !query.has('per_page') || /^\d+$/.test(query.get('per_page')!) }));
      if (bad) return bad;
      if (!state) return { status: 401, body: BAD_CREDENTIALS };
      if (!state.installation) return { status: 403, body: { message: 'You must authenticate with an installation access token in order to list repositories for an installation.' } };
      const repos = state.installation.repositories ? [{ full_name: `${state.installation.owner}/repo`, owner: { login: state.installation.owner } }] : [];
      return { status: 200, headers, body: { total_count: state.installation.repositories, repositories: repos } };
    }
    if (path === '/installation/token') {
      const bad = refuse(request, common ?? firstFailure({ 'method must be DELETE': request.method === 'DELETE' }));
      if (bad) return bad;
      if (!state?.installation) return { status: 401, body: BAD_CREDENTIALS };
      tokens.delete(token!);
      revoked.push(token!);
      return { status: 204, body: '' };
    }
    return undefined;
  };
  return Object.assign(route, { revoked });
}
