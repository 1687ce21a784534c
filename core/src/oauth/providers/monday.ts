/**
 * monday.com app scopes (`auth.monday.com/oauth2/authorize`). Scopes are set on the app in the Developer
 * Center; the URL may narrow them with `scope`. Access tokens do not expire until the app is uninstalled.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'me:read', risk: 'low', grants: 'The user’s profile.' },
  { scope: 'boards:read', risk: 'medium', grants: 'Read every board the user can see, with items and updates.' },
  { scope: 'boards:write', risk: 'high', grants: 'Create, change and delete boards and items.', narrower: 'boards:read' },
  { scope: 'workspaces:read', risk: 'low', grants: 'Read workspaces.' },
  { scope: 'workspaces:write', risk: 'medium', grants: 'Create and change workspaces.' },
  { scope: 'users:read', risk: 'low', grants: 'Read the account’s users.' },
  { scope: 'users:write', risk: 'high', grants: 'Change users’ roles and deactivate them.' },
  { scope: 'account:read', risk: 'low', grants: 'Read the account’s plan and settings.' },
  { scope: 'teams:read', risk: 'low', grants: 'Read teams.' },
  { scope: 'teams:write', risk: 'medium', grants: 'Change teams.' },
  { scope: 'updates:read', risk: 'medium', grants: 'Read item updates (comments).' },
  { scope: 'updates:write', risk: 'medium', grants: 'Post and delete updates as the user.' },
  { scope: 'assets:read', risk: 'medium', grants: 'Read uploaded files.' },
  { scope: 'tags:read', risk: 'low', grants: 'Read tags.' },
  { scope: 'notifications:write', risk: 'low', grants: 'Send notifications as the user.' },
  { scope: 'webhooks:read', risk: 'low', grants: 'Read webhooks.' },
  { scope: 'webhooks:write', risk: 'high', grants: 'Create webhooks that send board changes elsewhere.' },
  { scope: 'docs:read', risk: 'medium', grants: 'Read workdocs.' },
  { scope: 'docs:write', risk: 'medium', grants: 'Change workdocs.' },
];

export const mondayScopes: ScopeCatalog = {
  provider: 'monday',
  name: 'monday.com',
  sources: ['https://developer.monday.com/apps/docs/oauth', 'https://developer.monday.com/apps/docs/oauth#permission-scopes'],
  scopes: entries,
  unscoped: { why: 'A monday.com request without scope gets every scope set on the app in the Developer Center', risk: 'medium' },
  longLivedByDefault: 'monday.com access tokens do not expire until the user uninstalls the app',
};
