/**
 * GitLab OAuth-application and access-token scopes. A personal access token reaches every group and
 * project the user can; group and project access tokens are the narrower alternatives.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const PROJECT_TOKEN = 'a project or group access token with only the scope needed';

const entries: ScopeEntry[] = [
  { scope: 'api', risk: 'critical', grants: 'Complete read/write API access to every group and project, including the container and package registries.', narrower: `read_api or read_repository/write_repository, on ${PROJECT_TOKEN}` },
  { scope: 'sudo', risk: 'critical', grants: 'Perform API actions as any user (administrator tokens only).' },
  { scope: 'admin_mode', risk: 'critical', grants: 'Administrator API actions when Admin Mode is on (administrator tokens only).' },
  { scope: 'read_api', risk: 'medium', grants: 'Read-only API access to every group and project the user can see, including private ones.', narrower: PROJECT_TOKEN },
  { scope: 'read_repository', risk: 'medium', grants: 'Pull every repository the user can access, over Git-over-HTTP or the files API.', narrower: PROJECT_TOKEN },
  { scope: 'write_repository', risk: 'high', grants: 'Push to every repository the user can access, over Git-over-HTTP.', narrower: PROJECT_TOKEN },
  { scope: 'read_registry', risk: 'medium', grants: 'Pull container images from registries of private projects.' },
  { scope: 'write_registry', risk: 'high', grants: 'Push container images: a supply-chain write.', narrower: 'read_registry' },
  { scope: 'read_user', risk: 'low', grants: 'Read the authenticated user’s profile through /user.' },
  { scope: 'create_runner', risk: 'high', grants: 'Create runners, which receive CI jobs and their variables.' },
  { scope: 'manage_runner', risk: 'high', grants: 'Manage runners: pause, change and delete them.' },
  { scope: 'k8s_proxy', risk: 'high', grants: 'Kubernetes API calls through the GitLab agent for Kubernetes.' },
  { scope: 'ai_features', risk: 'medium', grants: 'GitLab Duo API features as the user.' },
  { scope: 'read_service_ping', risk: 'low', grants: 'Download the Service Ping payload (administrators).' },
  { scope: 'self_rotate', risk: 'medium', grants: 'The token may rotate itself: a leaked token can keep renewing its own life.', longLived: true },
  { scope: 'read_observability', risk: 'medium', grants: 'Read GitLab Observability data.' },
  { scope: 'write_observability', risk: 'medium', grants: 'Write GitLab Observability data.' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with GitLab (OpenID Connect).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s profile through OpenID Connect.' },
  { scope: 'email', risk: 'low', grants: 'The user’s primary email through OpenID Connect.' },
];

export const gitlabScopes: ScopeCatalog = {
  provider: 'gitlab',
  name: 'GitLab',
  sources: ['https://docs.gitlab.com/security/tokens/access_token_scopes/', 'https://docs.gitlab.com/integration/oauth_provider/'],
  scopes: entries,
};
