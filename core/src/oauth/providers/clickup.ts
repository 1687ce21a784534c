/**
 * ClickUp OAuth (`app.clickup.com/api?client_id=…&redirect_uri=…`) has no scopes: the user picks
 * Workspaces and the token acts as the user in them, everything they can do. The token does not expire.
 * The one entry below names that grant for scope lists in code; a request is rated by `unscoped`.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'workspace_access', risk: 'high', grants: 'Everything the user can do in the Workspaces they pick: tasks, docs, chat, members.', narrower: 'authorise only the Workspaces the app needs' },
];

export const clickupScopes: ScopeCatalog = {
  provider: 'clickup',
  name: 'ClickUp',
  sources: ['https://developer.clickup.com/docs/authentication'],
  scopes: entries,
  unscoped: { why: 'ClickUp has no OAuth scopes: the token acts as the user in every Workspace they pick', risk: 'high' },
  longLivedByDefault: 'ClickUp access tokens do not expire',
};
