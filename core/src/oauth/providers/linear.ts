/**
 * Linear OAuth2 scopes (comma-separated in the authorize URL). `read` is always granted. Since April 2026
 * every OAuth app receives a rotating refresh token regardless of scope.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'read', risk: 'low', grants: 'Read access to the user’s account and the workspace data they can see (always granted).' },
  { scope: 'write', risk: 'high', grants: 'Write access to everything the user can change in the workspace.', narrower: 'issues:create or comments:create' },
  { scope: 'issues:create', risk: 'low', grants: 'Create issues and their attachments.' },
  { scope: 'comments:create', risk: 'low', grants: 'Create issue comments.' },
  { scope: 'timeSchedule:write', risk: 'medium', grants: 'Create and change time schedules (on-call rotations).' },
  { scope: 'admin', risk: 'critical', grants: 'Full access to admin-level endpoints of the workspace.', narrower: 'write, or a more targeted scope' },
  { scope: 'app:assignable', risk: 'low', grants: 'Agents: let the app be assigned issues and delegated work.' },
  { scope: 'app:mentionable', risk: 'low', grants: 'Agents: let the app be mentioned in issues and documents.' },
  { scope: 'customer:read', risk: 'medium', grants: 'Agents: read customer records and customer requests.' },
  { scope: 'customer:write', risk: 'medium', grants: 'Agents: create and change customer records and requests.' },
  { scope: 'initiative:read', risk: 'low', grants: 'Agents: read initiatives.' },
  { scope: 'initiative:write', risk: 'medium', grants: 'Agents: create and change initiatives.' },
];

export const linearScopes: ScopeCatalog = {
  provider: 'linear',
  name: 'Linear',
  sources: ['https://linear.app/developers/oauth-2-0-authentication', 'https://linear.app/developers/agents'],
  scopes: entries,
};
