/**
 * A loopback emulator of the GitHub REST API endpoints the audit calls, answering with GitHub's
 * documented response shapes and headers (https://docs.github.com/en/rest/users/users#get-the-authenticated-user,
 * .../apps/installations#list-app-installations-accessible-to-the-user-access-token,
 * .../orgs/members#list-organization-memberships-for-the-authenticated-user,
 * .../orgs/orgs#list-app-installations-for-an-organization, rate limits:
 * .../using-the-rest-api/rate-limits-for-the-rest-api).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const GOOD_TOKEN = 'ghp_e2eAuditToken0123456789abcdefABCDEF12';
export const BAD_TOKEN = 'ghp_e2eRevokedToken000000000000000000000';

const RESET = Math.floor(Date.UTC(2030, 0, 1, 12, 0, 0) / 1000);

function owner(login: string, id: number, type: 'User' | 'Organization') {
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/${type === 'User' ? 'users' : 'orgs'}/${login}`,
    html_url: `https://github.com/${login}`,
    type,
    site_admin: false,
  };
}

function installation(id: number, slug: string, account: ReturnType<typeof owner>, selection: 'all' | 'selected', permissions: Record<string, string>) {
  return {
    id,
    account,
    access_tokens_url: `https://api.github.com/app/installations/${id}/access_tokens`,
    repositories_url: 'https://api.github.com/installation/repositories',
    html_url: `https://github.com/${account.type === 'Organization' ? `organizations/${account.login}/` : ''}settings/installations/${id}`,
    app_id: id * 10,
    app_slug: slug,
    target_id: account.id,
    target_type: account.type,
    permissions,
    events: ['push', 'pull_request'],
    created_at: '2024-03-01T10:00:00Z',
    updated_at: '2025-06-01T10:00:00Z',
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    repository_selection: selection,
    suspended_at: null,
    suspended_by: null,
  };
}

const octocat = owner('octocat', 583231, 'User');
const acme = owner('acme', 9001, 'Organization');
const globex = owner('globex', 9002, 'Organization');
const initech = owner('initech', 9003, 'Organization');

export const USER_INSTALLATIONS = [
  installation(101, 'docs-preview-bot', octocat, 'selected', { metadata: 'read', pull_requests: 'write', contents: 'read' }),
];
export const ACME_INSTALLATIONS = [
  installation(201, 'release-train', acme, 'all', { administration: 'write', contents: 'write', members: 'write', metadata: 'read' }),
  installation(202, 'lint-checks', acme, 'selected', { checks: 'write', contents: 'read', metadata: 'read' }),
];

function rateHeaders(remaining: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(RESET),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-resource': 'core',
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': 'E2E0:1234:5678:9ABC:6543210F',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export interface GitHubCall {
  method: string;
  path: string;
  authorization?: string;
}

export function githubEmulator(calls: GitHubCall[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://api.github.com');
    calls.push({ method: req.method ?? 'GET', path: url.pathname + url.search, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Authorization, Content-Type, User-Agent, X-GitHub-Api-Version', 'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE' });
      res.end();
      return;
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token !== GOOD_TOKEN) {
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, rateHeaders(59));
    }
    const scopes = { 'x-oauth-scopes': 'repo, admin:org, workflow', 'x-accepted-oauth-scopes': '' };
    switch (url.pathname) {
      case '/user':
        return send(
          res,
          200,
          { ...octocat, name: 'The Octocat', company: '@github', blog: 'https://github.blog', location: 'San Francisco', email: null, hireable: null, bio: null, public_repos: 8, public_gists: 8, followers: 9999, following: 9, created_at: '2011-01-25T18:44:36Z', updated_at: '2025-01-01T00:00:00Z' },
          { ...scopes, ...rateHeaders(4990) },
        );
      case '/user/installations':
        return send(res, 200, { total_count: USER_INSTALLATIONS.length, installations: USER_INSTALLATIONS }, { ...scopes, ...rateHeaders(4989) });
      case '/user/memberships/orgs':
        return send(
          res,
          200,
          [
            { url: 'https://api.github.com/orgs/acme/memberships/octocat', state: 'active', role: 'admin', organization_url: 'https://api.github.com/orgs/acme', organization: acme, user: octocat },
            { url: 'https://api.github.com/orgs/globex/memberships/octocat', state: 'active', role: 'admin', organization_url: 'https://api.github.com/orgs/globex', organization: globex, user: octocat },
            { url: 'https://api.github.com/orgs/initech/memberships/octocat', state: 'active', role: 'member', organization_url: 'https://api.github.com/orgs/initech', organization: initech, user: octocat },
          ],
          { ...scopes, ...rateHeaders(4988) },
        );
      case '/orgs/acme/installations':
        return send(res, 200, { total_count: ACME_INSTALLATIONS.length, installations: ACME_INSTALLATIONS }, { ...scopes, ...rateHeaders(4987) });
      case '/orgs/globex/installations':
        // The documented primary rate-limit answer: 403, remaining 0, and when it resets.
        return send(
          res,
          403,
          { message: 'API rate limit exceeded for user ID 583231. If you reach out to GitHub Support for help, please include the request ID E2E0:1234:5678:9ABC:6543210F.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
          { ...scopes, ...rateHeaders(0) },
        );
      case '/orgs/initech/installations':
        return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/orgs/orgs#list-app-installations-for-an-organization', status: '404' }, rateHeaders(4986));
      default:
        return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
  };
}
