/**
 * GitHub: classic OAuth-app / personal-access-token scopes, and the fine-grained permissions shared by
 * GitHub Apps, fine-grained tokens and the Actions `GITHUB_TOKEN`, spelled `<permission>:<level>` with the
 * REST API's snake_case names (`pull_requests:write`). Actions workflows write the same permission with
 * hyphens (`pull-requests: write`); `normalize` folds that spelling onto the catalog one.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const FINE_GRAINED = 'a fine-grained token or GitHub App limited to named repositories';

const classic: ScopeEntry[] = [
  { scope: 'repo', risk: 'critical', grants: 'Full read/write to every public and private repository the user can reach, plus org projects, invitations, team membership and webhooks.', narrower: 'fine-grained token or GitHub App with contents:read on named repositories' },
  { scope: 'public_repo', risk: 'high', grants: 'Read/write code, statuses, projects and collaborators of every public repository the user can push to.', narrower: FINE_GRAINED },
  { scope: 'repo:status', risk: 'medium', grants: 'Read/write commit statuses of public and private repositories, without code access.', narrower: 'statuses:write on named repositories' },
  { scope: 'repo_deployment', risk: 'medium', grants: 'Read/write deployment statuses of public and private repositories, without code access.' },
  { scope: 'repo:invite', risk: 'low', grants: 'Accept or decline repository collaboration invitations.' },
  { scope: 'security_events', risk: 'medium', grants: 'Read/write code scanning and security events of repositories.', narrower: 'security_events:read on named repositories' },
  { scope: 'admin:repo_hook', risk: 'high', grants: 'Create, change, ping and delete webhooks of every repository: can stream repository events to any URL.', narrower: 'read:repo_hook' },
  { scope: 'write:repo_hook', risk: 'medium', grants: 'Read, write and ping repository webhooks.' },
  { scope: 'read:repo_hook', risk: 'low', grants: 'Read and ping repository webhooks.' },
  { scope: 'admin:org', risk: 'critical', grants: 'Fully manage organisations, their teams, members and settings.', narrower: 'read:org' },
  { scope: 'write:org', risk: 'high', grants: 'Read and write organisation membership, teams and org projects.', narrower: 'read:org' },
  { scope: 'read:org', risk: 'low', grants: 'Read organisation membership, teams and org projects.' },
  { scope: 'admin:org_hook', risk: 'high', grants: 'Create, change, ping and delete organisation webhooks: can stream all org events to any URL.' },
  { scope: 'admin:public_key', risk: 'high', grants: 'Fully manage the user’s SSH keys: an added key is a lasting credential.', narrower: 'read:public_key' },
  { scope: 'write:public_key', risk: 'high', grants: 'Create and read the user’s SSH keys: an added key is a lasting credential.', narrower: 'read:public_key' },
  { scope: 'read:public_key', risk: 'low', grants: 'List and view the user’s public SSH keys.' },
  { scope: 'admin:gpg_key', risk: 'high', grants: 'Fully manage the user’s GPG keys, which mark commits as verified.', narrower: 'read:gpg_key' },
  { scope: 'write:gpg_key', risk: 'medium', grants: 'Create and read the user’s GPG keys.' },
  { scope: 'read:gpg_key', risk: 'low', grants: 'List and view the user’s GPG keys.' },
  { scope: 'admin:ssh_signing_key', risk: 'high', grants: 'Fully manage the user’s SSH commit-signing keys.' },
  { scope: 'gist', risk: 'medium', grants: 'Create, edit and delete the user’s gists, including secret gists.' },
  { scope: 'notifications', risk: 'low', grants: 'Read and mark the user’s notifications; reveals private repository names.' },
  { scope: 'user', risk: 'medium', grants: 'Read and write the user’s profile, including private email addresses and follows.', narrower: 'read:user or user:email' },
  { scope: 'read:user', risk: 'low', grants: 'Read the user’s profile data.' },
  { scope: 'user:email', risk: 'low', grants: 'Read the user’s email addresses.' },
  { scope: 'user:follow', risk: 'low', grants: 'Follow and unfollow other users.' },
  { scope: 'project', risk: 'medium', grants: 'Read and write user and organisation projects.', narrower: 'read:project' },
  { scope: 'read:project', risk: 'low', grants: 'Read user and organisation projects.' },
  { scope: 'delete_repo', risk: 'critical', grants: 'Delete any repository the user administers.' },
  { scope: 'workflow', risk: 'high', grants: 'Add and change GitHub Actions workflow files: workflows run code with the repository’s secrets.', narrower: 'workflows:write on named repositories' },
  { scope: 'write:packages', risk: 'high', grants: 'Publish packages to GitHub Packages: a supply-chain write.', narrower: 'read:packages' },
  { scope: 'read:packages', risk: 'medium', grants: 'Download packages, including private ones, from GitHub Packages.' },
  { scope: 'delete:packages', risk: 'high', grants: 'Delete packages from GitHub Packages.' },
  { scope: 'codespace', risk: 'high', grants: 'Create and manage codespaces, which run with the user’s repository access.' },
  { scope: 'write:discussion', risk: 'medium', grants: 'Read and write team discussions.' },
  { scope: 'read:discussion', risk: 'low', grants: 'Read team discussions.' },
  { scope: 'copilot', risk: 'medium', grants: 'Manage GitHub Copilot settings and seat assignments for organisations.' },
  { scope: 'site_admin', risk: 'critical', grants: 'GitHub Enterprise Server site administrator API access.' },
  { scope: 'admin:enterprise', risk: 'critical', grants: 'Fully manage enterprises: members, organisations, runners and billing.', narrower: 'read:enterprise' },
  { scope: 'read:enterprise', risk: 'medium', grants: 'Read enterprise profile data and membership.' },
  { scope: 'manage_runners:enterprise', risk: 'high', grants: 'Manage enterprise self-hosted runners and runner groups.' },
  { scope: 'audit_log', risk: 'high', grants: 'Full control of the enterprise audit log, including streaming.', narrower: 'read:audit_log' },
  { scope: 'read:audit_log', risk: 'medium', grants: 'Read the enterprise audit log.' },
];

/** Fine-grained permissions (GitHub Apps, fine-grained PATs, `GITHUB_TOKEN`). */
const fineGrained: ScopeEntry[] = [
  { scope: 'administration:write', risk: 'critical', grants: 'Repository administration: settings, collaborators, branch protection, deletion and transfer.', narrower: 'administration:read' },
  { scope: 'administration:read', risk: 'medium', grants: 'Read repository settings, teams and collaborators.' },
  { scope: 'contents:write', risk: 'high', grants: 'Push commits, create branches, tags and releases.', narrower: 'contents:read on named repositories' },
  { scope: 'contents:read', risk: 'low', grants: 'Read repository contents, commits, branches and releases.' },
  { scope: 'metadata:read', risk: 'low', grants: 'Read repository metadata (always granted; no contents).' },
  { scope: 'actions:write', risk: 'high', grants: 'Manage workflow runs, artifacts and caches: cancel, re-run, delete.', narrower: 'actions:read' },
  { scope: 'actions:read', risk: 'low', grants: 'Read workflow runs, artifacts and logs.' },
  { scope: 'workflows:write', risk: 'high', grants: 'Change workflow files: workflows run code with the repository’s secrets.' },
  { scope: 'secrets:write', risk: 'high', grants: 'Create, overwrite and delete Actions secrets of the repository.' },
  { scope: 'secrets:read', risk: 'low', grants: 'List Actions secret names (values are never readable).' },
  { scope: 'environments:write', risk: 'high', grants: 'Manage deployment environments, their protection rules, secrets and variables.' },
  { scope: 'dependabot_secrets:write', risk: 'high', grants: 'Create, overwrite and delete Dependabot secrets.' },
  { scope: 'codespaces:write', risk: 'high', grants: 'Create and manage codespaces of the repository.' },
  { scope: 'packages:write', risk: 'high', grants: 'Publish and delete packages: a supply-chain write.', narrower: 'packages:read' },
  { scope: 'packages:read', risk: 'low', grants: 'Download packages of the repository.' },
  { scope: 'repository_hooks:write', risk: 'high', grants: 'Manage repository webhooks: can stream events to any URL.' },
  { scope: 'pull_requests:write', risk: 'medium', grants: 'Open, edit, comment on, label and merge pull requests.', narrower: 'pull_requests:read' },
  { scope: 'pull_requests:read', risk: 'low', grants: 'Read pull requests, reviews and comments.' },
  { scope: 'issues:write', risk: 'medium', grants: 'Create, edit, close and comment on issues.', narrower: 'issues:read' },
  { scope: 'issues:read', risk: 'low', grants: 'Read issues and comments.' },
  { scope: 'checks:write', risk: 'medium', grants: 'Create and update check runs and suites (what branch protection trusts).' },
  { scope: 'statuses:write', risk: 'medium', grants: 'Create commit statuses (what branch protection trusts).' },
  { scope: 'deployments:write', risk: 'medium', grants: 'Create deployments and deployment statuses.' },
  { scope: 'pages:write', risk: 'medium', grants: 'Configure and build GitHub Pages sites.' },
  { scope: 'discussions:write', risk: 'medium', grants: 'Create, edit and delete discussions.' },
  { scope: 'attestations:write', risk: 'medium', grants: 'Create artifact attestations (build provenance).' },
  { scope: 'repository_projects:write', risk: 'medium', grants: 'Manage classic repository projects.' },
  { scope: 'single_file:write', risk: 'medium', grants: 'Write one configured file path in the repository.' },
  { scope: 'security_events:write', risk: 'medium', grants: 'Upload and dismiss code scanning alerts.', narrower: 'security_events:read' },
  { scope: 'security_events:read', risk: 'medium', grants: 'Read code scanning alerts, which describe exploitable code.' },
  { scope: 'secret_scanning_alerts:read', risk: 'high', grants: 'Read secret scanning alerts, which contain leaked secrets.' },
  { scope: 'secret_scanning_alerts:write', risk: 'high', grants: 'Read and dismiss secret scanning alerts, which contain leaked secrets.' },
  { scope: 'vulnerability_alerts:read', risk: 'medium', grants: 'Read Dependabot alerts.' },
  { scope: 'members:write', risk: 'high', grants: 'Manage organisation members, teams and invitations.', narrower: 'members:read' },
  { scope: 'members:read', risk: 'low', grants: 'Read organisation members and teams.' },
  { scope: 'organization_administration:write', risk: 'critical', grants: 'Manage organisation settings, including security and Actions policies.', narrower: 'organization_administration:read' },
  { scope: 'organization_administration:read', risk: 'medium', grants: 'Read organisation settings.' },
  { scope: 'organization_secrets:write', risk: 'high', grants: 'Create, overwrite and delete organisation Actions secrets.' },
  { scope: 'organization_self_hosted_runners:write', risk: 'high', grants: 'Register and manage organisation self-hosted runners: a registered runner receives jobs and their secrets.' },
  { scope: 'organization_hooks:write', risk: 'high', grants: 'Manage organisation webhooks: can stream all org events to any URL.' },
  { scope: 'organization_custom_roles:write', risk: 'high', grants: 'Create and change custom repository roles.' },
  { scope: 'organization_personal_access_tokens:write', risk: 'high', grants: 'Approve and revoke fine-grained tokens that access the organisation.' },
  { scope: 'organization_packages:write', risk: 'high', grants: 'Publish and delete organisation packages.' },
  { scope: 'organization_user_blocking:write', risk: 'medium', grants: 'Block and unblock users for the organisation.' },
  { scope: 'git_ssh_keys:write', risk: 'high', grants: 'Add SSH keys to the user account: an added key is a lasting credential.' },
  { scope: 'gpg_keys:write', risk: 'medium', grants: 'Add GPG keys to the user account.' },
  { scope: 'email_addresses:read', risk: 'low', grants: 'Read the user’s email addresses.' },
  { scope: 'followers:write', risk: 'low', grants: 'Follow and unfollow users.' },
  { scope: 'profile:write', risk: 'low', grants: 'Edit the user’s profile.' },
  { scope: 'starring:write', risk: 'low', grants: 'Star and unstar repositories.' },
];

/** Permissions that exist only for the Actions `GITHUB_TOKEN`, in the workflow file's own spelling. */
const actionsOnly: ScopeEntry[] = [
  { scope: 'write-all', risk: 'critical', grants: 'GITHUB_TOKEN gets write on every permission, including contents, packages and actions.', narrower: 'per-job least permissions, e.g. `permissions: { contents: read }`' },
  { scope: 'read-all', risk: 'medium', grants: 'GITHUB_TOKEN gets read on every permission.', narrower: 'per-job least permissions, e.g. `permissions: { contents: read }`' },
  { scope: 'id-token:write', risk: 'medium', grants: 'Mint OIDC tokens that cloud roles trusting this repository will accept.', narrower: 'grant it only to the deploy job, with a tightly scoped role trust policy' },
];

const entries = [...classic, ...fineGrained, ...actionsOnly];
const catalogued = new Set(entries.map((e) => e.scope));

/** `pull-requests: write` (workflow YAML) and `pull_requests:write` (REST) name the same permission. */
const PERMISSION_LEVEL = /^([a-z][a-z_-]*)\s*:\s*(read|write|admin|none)$/;

function toGitHubSpelling(scope: string): string {
  const trimmed = scope.trim().toLowerCase();
  const match = PERMISSION_LEVEL.exec(trimmed);
  if (!match) return trimmed;
  const [, permission = '', level = ''] = match;
  const asWritten = `${permission}:${level}`;
  if (catalogued.has(asWritten)) return asWritten;
  const snakeCase = `${permission.replaceAll('-', '_')}:${level}`;
  return catalogued.has(snakeCase) ? snakeCase : asWritten;
}

export const githubScopes: ScopeCatalog = {
  provider: 'github',
  name: 'GitHub',
  sources: [
    'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps',
    'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps',
    'https://docs.github.com/en/rest/apps/apps#create-an-installation-access-token-for-an-app',
    'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
  ],
  scopes: entries,
  normalize: toGitHubSpelling,
  longLivedByDefault: 'GitHub OAuth app tokens do not expire until revoked',
};
