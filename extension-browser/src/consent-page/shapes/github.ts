/**
 * GitHub's OAuth app authorization page lists "the specific data that's being requested" by type of
 * data (Repositories, Personal user data, Organizations and teams, Gists, Hooks, Notifications, Commit
 * statuses, Deployments, Repository delete), and there is no box to untick
 * (https://docs.github.com/en/apps/oauth-apps/using-oauth-apps/authorizing-oauth-apps, "Types of
 * requested data"; scopes: https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps).
 * The page words each type coarsely, so one line stands for several scopes; the finer wording
 * ("Public and private", "Read-only access") is matched first where we know it.
 * Unknown: the page's markup and the exact finer wording (not documented); an app authorised before
 * is shown its earlier scopes too, because GitHub adds the new scopes to the old grant.
 */
import type { ConsentPageShape } from '../shape.js';

/** Which scopes a broader classic scope includes (the scopes page lists the hierarchy). */
const CHILDREN: Record<string, readonly string[]> = {
  repo: ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
  'admin:org': ['write:org', 'read:org'],
  'write:org': ['read:org'],
  'admin:repo_hook': ['write:repo_hook', 'read:repo_hook'],
  'write:repo_hook': ['read:repo_hook'],
  user: ['read:user', 'user:email', 'user:follow'],
  'write:packages': ['read:packages'],
};

export const githubConsentPage: ConsentPageShape = {
  provider: 'github',
  paths: [/^\/login\/oauth\/authorize/, /^\/login\/oauth\/authorize\/?$/, /^\/login\/device/],
  granular: false,
  canonical: (scope) => scope.trim().toLowerCase(),
  includes: (held, wanted) => held === wanted || (CHILDREN[held]?.includes(wanted) ?? false),
  sources: [
    'https://docs.github.com/en/apps/oauth-apps/using-oauth-apps/authorizing-oauth-apps',
    'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps',
  ],
  permissions: [
    { scopes: ['repo'], phrases: ['Repositories Public and private', 'Full control of private repositories'] },
    { scopes: ['public_repo'], phrases: ['Repositories Public only', 'Access public repositories'] },
    { scopes: ['delete_repo'], phrases: ['Repository delete', 'Delete repositories'] },
    { scopes: ['admin:org'], phrases: ['Organizations and teams Read and write access', 'Full control of orgs and teams'] },
    { scopes: ['read:org'], phrases: ['Organizations and teams Read-only access', 'Read org and team membership'] },
    { scopes: ['user:email'], phrases: ['Personal user data Email addresses (read-only)'] },
    { scopes: ['user'], phrases: ['Personal user data Full access', 'Update all user data'] },
    { scopes: ['read:user'], phrases: ['Personal user data Profile information (read-only)', 'Read all user profile data'] },
    { scopes: ['workflow'], phrases: ['Workflow', 'Update GitHub Action workflows'] },
    { scopes: ['gist'], phrases: ['Gists'] },
    { scopes: ['notifications'], phrases: ['Notifications'] },
    { scopes: ['admin:repo_hook', 'write:repo_hook', 'read:repo_hook'], phrases: ['Hooks'] },
    { scopes: ['repo:status'], phrases: ['Commit statuses'] },
    { scopes: ['repo_deployment'], phrases: ['Deployments'] },
  ],
};
