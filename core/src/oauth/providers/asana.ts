/**
 * Asana OAuth scopes. `default` is the Full permissions grant: everything the user can do in every
 * workspace. Apps registered for granular scopes ask for `<resource>:<action>` instead (the two modes
 * are exclusive). A request without `scope` gets what the app registration says.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const GRANULAR = 'granular scopes (tasks:read, projects:read, …) for the resources the app uses';

const entries: ScopeEntry[] = [
  { scope: 'default', risk: 'critical', grants: 'Full permissions: read, change and delete everything the user can in every workspace.', narrower: GRANULAR },
  { scope: 'openid', risk: 'low', grants: 'Sign in with Asana (ID token).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name and photo.' },
  { scope: 'attachments:read', risk: 'medium', grants: 'Read attachments.' },
  { scope: 'attachments:write', risk: 'medium', grants: 'Upload attachments.' },
  { scope: 'attachments:delete', risk: 'medium', grants: 'Delete attachments.' },
  { scope: 'custom_fields:read', risk: 'low', grants: 'Read custom fields.' },
  { scope: 'custom_fields:write', risk: 'medium', grants: 'Create and change custom fields.' },
  { scope: 'goals:read', risk: 'low', grants: 'Read goals.' },
  { scope: 'portfolios:read', risk: 'low', grants: 'Read portfolios.' },
  { scope: 'portfolios:write', risk: 'medium', grants: 'Create and change portfolios.' },
  { scope: 'projects:read', risk: 'medium', grants: 'Read projects the user can see.' },
  { scope: 'projects:write', risk: 'medium', grants: 'Create and change projects.' },
  { scope: 'projects:delete', risk: 'high', grants: 'Delete projects.' },
  { scope: 'stories:read', risk: 'medium', grants: 'Read task comments and activity.' },
  { scope: 'stories:write', risk: 'medium', grants: 'Comment on tasks as the user.' },
  { scope: 'tags:read', risk: 'low', grants: 'Read tags.' },
  { scope: 'tags:write', risk: 'low', grants: 'Create and change tags.' },
  { scope: 'tasks:read', risk: 'medium', grants: 'Read tasks the user can see.' },
  { scope: 'tasks:write', risk: 'medium', grants: 'Create and change tasks.' },
  { scope: 'tasks:delete', risk: 'high', grants: 'Delete tasks.' },
  { scope: 'teams:read', risk: 'low', grants: 'Read teams.' },
  { scope: 'users:read', risk: 'low', grants: 'Read users of the workspaces.' },
  { scope: 'workspaces:read', risk: 'low', grants: 'Read workspaces.' },
  { scope: 'webhooks:read', risk: 'low', grants: 'Read webhooks.' },
  { scope: 'webhooks:write', risk: 'medium', grants: 'Create webhooks that send task changes elsewhere.' },
  { scope: 'webhooks:delete', risk: 'low', grants: 'Delete webhooks.' },
];

export const asanaScopes: ScopeCatalog = {
  provider: 'asana',
  name: 'Asana',
  sources: ['https://developers.asana.com/docs/oauth-scopes', 'https://developers.asana.com/docs/oauth'],
  scopes: entries,
  unscoped: { why: 'An Asana request without scope gets what the app registration says, Full permissions for older apps', risk: 'high' },
};
