/**
 * Bitbucket Cloud OAuth 2.0 / app-password scopes, plus the granular API-token spellings users meet
 * (`read:repository:bitbucket`). Scopes apply to every repository and workspace the user can reach.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const REPO_TOKEN = 'a repository access token with only the scope needed';

const entries: ScopeEntry[] = [
  { scope: 'repository', risk: 'medium', grants: 'Read every repository the user can access: source, file browsing, archives (no pull requests).', narrower: REPO_TOKEN },
  { scope: 'repository:write', risk: 'high', grants: 'Push to every repository the user can write to.', narrower: REPO_TOKEN },
  { scope: 'repository:admin', risk: 'critical', grants: 'Administer repositories: permissions, branch restrictions, deploy keys, webhooks, transfer.', narrower: REPO_TOKEN },
  { scope: 'repository:delete', risk: 'critical', grants: 'Delete repositories.' },
  { scope: 'read:repository:bitbucket', risk: 'medium', grants: 'API token: read repository data and source.' },
  { scope: 'write:repository:bitbucket', risk: 'high', grants: 'API token: change repositories, including source.' },
  { scope: 'pullrequest', risk: 'medium', grants: 'Read pull requests and the source of the repositories they belong to.' },
  { scope: 'pullrequest:write', risk: 'high', grants: 'Create, comment on, approve, decline and merge pull requests (implies repository:write).' },
  { scope: 'pipeline', risk: 'low', grants: 'Read pipelines, steps, deployment environments and variables.' },
  { scope: 'pipeline:write', risk: 'high', grants: 'Run and stop pipelines, which execute with the repository’s secured variables.' },
  { scope: 'pipeline:variable', risk: 'high', grants: 'Create and change pipeline variables, including secured ones.' },
  { scope: 'runner', risk: 'low', grants: 'Read runners.' },
  { scope: 'runner:write', risk: 'high', grants: 'Register and manage runners, which receive pipeline steps and their secrets.' },
  { scope: 'webhook', risk: 'medium', grants: 'Read and change webhooks, which stream events to any URL.' },
  { scope: 'project', risk: 'low', grants: 'Read projects of the user’s workspaces.' },
  { scope: 'project:admin', risk: 'high', grants: 'Administer projects: create, change, delete and manage their permissions.' },
  { scope: 'account', risk: 'low', grants: 'Read the user’s account information, including email addresses and SSH keys.' },
  { scope: 'account:write', risk: 'high', grants: 'Change the user’s account, including deleting it.' },
  { scope: 'email', risk: 'low', grants: 'Read the user’s primary email address.' },
  { scope: 'team', risk: 'low', grants: 'Read the workspaces the user belongs to.' },
  { scope: 'team:write', risk: 'high', grants: 'Manage workspace membership and permissions.' },
  { scope: 'issue', risk: 'low', grants: 'Read issue trackers.' },
  { scope: 'issue:write', risk: 'medium', grants: 'Create, change and delete issues.' },
  { scope: 'snippet', risk: 'low', grants: 'Read snippets, including private ones.' },
  { scope: 'snippet:write', risk: 'medium', grants: 'Create, change and delete snippets.' },
  { scope: 'wiki', risk: 'medium', grants: 'Read and write repository wikis.' },
];

export const bitbucketScopes: ScopeCatalog = {
  provider: 'bitbucket',
  name: 'Bitbucket Cloud',
  sources: [
    'https://developer.atlassian.com/cloud/bitbucket/bitbucket-cloud-rest-api-scopes',
    'https://support.atlassian.com/bitbucket-cloud/docs/repository-access-token-permissions/',
    'https://support.atlassian.com/bitbucket-cloud/docs/api-token-permissions',
    'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
  ],
  scopes: entries,
  unscoped: { why: 'Bitbucket OAuth consumers get the permissions ticked on the consumer in workspace settings, not in this URL', risk: 'medium' },
};
