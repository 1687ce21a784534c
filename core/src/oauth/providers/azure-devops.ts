/**
 * Azure DevOps scopes, shared by Microsoft Entra ID OAuth, the deprecated Azure DevOps OAuth and personal
 * access tokens. Through Entra ID the scopes are prefixed with the Azure DevOps resource id
 * (`499b84ac-1321-427f-aa17-267ca6975798/vso.code`); `user_impersonation` and `.default` keep that prefix
 * in the catalog because without it they would name Microsoft Graph permissions instead.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';
const NAMED_SCOPES = 'the specific vso.* scopes the app uses';

const entries: ScopeEntry[] = [
  { scope: `${RESOURCE}/user_impersonation`, risk: 'critical', grants: 'Everything the user can do in every Azure DevOps organisation they belong to.', narrower: NAMED_SCOPES },
  { scope: `${RESOURCE}/.default`, risk: 'high', grants: 'Every Azure DevOps permission statically consented for the app, typically user_impersonation.', narrower: NAMED_SCOPES },
  { scope: 'app_token', risk: 'critical', grants: 'Personal access token “Full access”: every Azure DevOps API as the user.', narrower: NAMED_SCOPES },
  // Code.
  { scope: 'vso.code', risk: 'medium', grants: 'Read source code, commits, branches and pull requests of every repository the user can see.' },
  { scope: 'vso.code_write', risk: 'high', grants: 'Push code and create, update and complete pull requests.', narrower: 'vso.code' },
  { scope: 'vso.code_manage', risk: 'high', grants: 'Create, change and delete repositories, plus everything in vso.code_write.', narrower: 'vso.code_write' },
  { scope: 'vso.code_full', risk: 'critical', grants: 'Full access to source code and version control metadata, including repository administration.', narrower: 'vso.code or vso.code_write' },
  { scope: 'vso.code_status', risk: 'low', grants: 'Read and write commit and pull request statuses.' },
  // Pipelines.
  { scope: 'vso.build', risk: 'low', grants: 'Read build definitions, results and artifacts.' },
  { scope: 'vso.build_execute', risk: 'high', grants: 'Queue and change builds: pipelines run code with their service connections and secrets.', narrower: 'vso.build' },
  { scope: 'vso.release', risk: 'low', grants: 'Read release definitions and releases.' },
  { scope: 'vso.release_execute', risk: 'high', grants: 'Create and run releases, which deploy with their service connections.' },
  { scope: 'vso.release_manage', risk: 'high', grants: 'Create, change and delete release definitions and releases.' },
  { scope: 'vso.variablegroups_read', risk: 'low', grants: 'Read variable groups (secret values stay hidden).' },
  { scope: 'vso.variablegroups_write', risk: 'high', grants: 'Create and change variable groups, including secret variables.' },
  { scope: 'vso.variablegroups_manage', risk: 'high', grants: 'Create, change, delete and secure variable groups.' },
  { scope: 'vso.serviceendpoint', risk: 'low', grants: 'Read service connections.' },
  { scope: 'vso.serviceendpoint_query', risk: 'medium', grants: 'Query service connections (call through them).' },
  { scope: 'vso.serviceendpoint_manage', risk: 'critical', grants: 'Create and change service connections, which hold cloud and registry credentials.', narrower: 'vso.serviceendpoint' },
  { scope: 'vso.agentpools', risk: 'low', grants: 'Read agent pools and agents.' },
  { scope: 'vso.agentpools_manage', risk: 'high', grants: 'Manage agent pools and register agents, which receive pipeline jobs and secrets.' },
  { scope: 'vso.environment_manage', risk: 'high', grants: 'Manage deployment environments and their approvals and checks.' },
  { scope: 'vso.pipelineresources_manage', risk: 'high', grants: 'Authorise pipelines to use protected resources (service connections, pools, environments).' },
  // Packaging, work, wiki.
  { scope: 'vso.packaging', risk: 'low', grants: 'Read feeds and packages.' },
  { scope: 'vso.packaging_write', risk: 'high', grants: 'Publish packages: a supply-chain write.', narrower: 'vso.packaging' },
  { scope: 'vso.packaging_manage', risk: 'high', grants: 'Create, change and delete feeds and their permissions.' },
  { scope: 'vso.work', risk: 'low', grants: 'Read work items, queries, boards and iterations.' },
  { scope: 'vso.work_write', risk: 'medium', grants: 'Create and change work items and queries.' },
  { scope: 'vso.work_full', risk: 'medium', grants: 'Full access to work items, queries, backlogs, plans and process metadata.', narrower: 'vso.work_write' },
  { scope: 'vso.wiki', risk: 'low', grants: 'Read wikis.' },
  { scope: 'vso.wiki_write', risk: 'medium', grants: 'Create and change wikis and pages.' },
  { scope: 'vso.threads_full', risk: 'medium', grants: 'Read and write pull request comment threads.' },
  { scope: 'vso.test_write', risk: 'medium', grants: 'Create and change test plans, cases and runs.' },
  { scope: 'vso.analytics', risk: 'low', grants: 'Query Analytics data.' },
  { scope: 'vso.auditlog', risk: 'medium', grants: 'Read the organisation audit log.' },
  { scope: 'vso.hooks_write', risk: 'high', grants: 'Create and change service hook subscriptions, which send events to any URL.' },
  { scope: 'vso.extension_manage', risk: 'high', grants: 'Install, uninstall and manage extensions, which run with organisation access.' },
  // Organisation, identity and security.
  { scope: 'vso.project', risk: 'low', grants: 'Read projects and teams.' },
  { scope: 'vso.project_write', risk: 'medium', grants: 'Read and update projects and teams.' },
  { scope: 'vso.project_manage', risk: 'high', grants: 'Create, read, update and delete projects and teams.', narrower: 'vso.project_write' },
  { scope: 'vso.profile', risk: 'low', grants: 'Read the user’s profile, accounts and collections.' },
  { scope: 'vso.identity', risk: 'low', grants: 'Read identities and groups.' },
  { scope: 'vso.identity_manage', risk: 'critical', grants: 'Read, write and manage identities and groups, which carry permissions.', narrower: 'vso.identity' },
  { scope: 'vso.graph_manage', risk: 'high', grants: 'Manage users, groups and memberships through the Graph API.' },
  { scope: 'vso.memberentitlementmanagement_write', risk: 'high', grants: 'Add users and change their access levels and group memberships.' },
  { scope: 'vso.security_manage', risk: 'critical', grants: 'Read, write and manage security permissions (ACLs) across the organisation.' },
  { scope: 'vso.tokens', risk: 'critical', grants: 'Create and revoke the user’s personal access tokens and session tokens: can mint new long-lived credentials.', longLived: true },
  { scope: 'vso.tokenadministration', risk: 'critical', grants: 'List and revoke tokens of every user in the organisation (administrators).' },
];

const RESOURCE_PREFIX = /^(499b84ac-1321-427f-aa17-267ca6975798|https:\/\/app\.vssps\.visualstudio\.com)\//i;

/** `https://app.vssps.visualstudio.com/vso.code` and `<resource id>/vso.code` both mean `vso.code`. */
function toAzureDevOpsSpelling(scope: string): string {
  const trimmed = scope.trim();
  const prefix = RESOURCE_PREFIX.exec(trimmed);
  if (!prefix) return trimmed;
  const name = trimmed.slice(prefix[0].length);
  return name === 'user_impersonation' || name === '.default' ? `${RESOURCE}/${name}` : name;
}

export const azureDevOpsScopes: ScopeCatalog = {
  provider: 'azure-devops',
  name: 'Azure DevOps',
  sources: [
    'https://learn.microsoft.com/en-us/azure/devops/integrate/get-started/authentication/oauth',
    'https://learn.microsoft.com/en-us/azure/devops/integrate/get-started/authentication/entra-oauth',
    'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  ],
  scopes: entries,
  normalize: toAzureDevOpsSpelling,
};
