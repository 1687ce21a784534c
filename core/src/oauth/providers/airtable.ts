/** Airtable OAuth scopes (`resource:action`); the authorize endpoint requires PKCE and grants only the bases the user picks. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'data.records:read', risk: 'medium', grants: 'Read records of the bases the user picks.' },
  { scope: 'data.records:write', risk: 'high', grants: 'Create, change and delete records of the bases the user picks.', narrower: 'data.records:read' },
  { scope: 'data.recordComments:read', risk: 'medium', grants: 'Read record comments.' },
  { scope: 'data.recordComments:write', risk: 'medium', grants: 'Create, change and delete record comments.' },
  { scope: 'schema.bases:read', risk: 'low', grants: 'Read base structure: tables, fields, views.' },
  { scope: 'schema.bases:write', risk: 'high', grants: 'Change base structure: create and delete tables and fields.', narrower: 'schema.bases:read' },
  { scope: 'webhook:manage', risk: 'medium', grants: 'Create webhooks that send base changes elsewhere.' },
  { scope: 'block:manage', risk: 'medium', grants: 'Manage extensions (blocks) in the bases.' },
  { scope: 'user.email:read', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'workspacesAndBases:read', risk: 'low', grants: 'Read workspaces and bases and their collaborators.' },
  { scope: 'workspacesAndBases:write', risk: 'high', grants: 'Create, move and delete workspaces and bases, and change collaborators.' },
  { scope: 'workspacesAndBases.shares:manage', risk: 'high', grants: 'Create and change share links: can publish a base.' },
  { scope: 'enterprise.scim.usersAndGroups:manage', risk: 'critical', grants: 'Provision and deprovision the enterprise’s users and groups (SCIM).' },
  { scope: 'enterprise.auditLogs:read', risk: 'high', grants: 'Read the enterprise audit log.' },
  { scope: 'enterprise.changeEvents:read', risk: 'high', grants: 'Read change events of every base in the enterprise.' },
  { scope: 'enterprise.exports:manage', risk: 'critical', grants: 'Export the enterprise’s data (eDiscovery).' },
  { scope: 'enterprise.account:read', risk: 'medium', grants: 'Read the enterprise account.' },
  { scope: 'enterprise.account:write', risk: 'critical', grants: 'Change the enterprise account’s settings.' },
  { scope: 'enterprise.user:read', risk: 'medium', grants: 'Read enterprise users.' },
  { scope: 'enterprise.user:write', risk: 'critical', grants: 'Change, deactivate and log out enterprise users.' },
  { scope: 'enterprise.groups:read', risk: 'medium', grants: 'Read enterprise groups.' },
];

export const airtableScopes: ScopeCatalog = {
  provider: 'airtable',
  name: 'Airtable',
  sources: ['https://airtable.com/developers/web/api/scopes', 'https://airtable.com/developers/web/api/oauth-reference'],
  scopes: entries,
};
