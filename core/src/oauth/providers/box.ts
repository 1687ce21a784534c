/**
 * Box application scopes. Enterprise scopes act on the whole enterprise when the app is authorised by an
 * admin or runs as the service account; file scopes are capped by the authenticated user's own access.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'root_readwrite', risk: 'high', grants: 'Read, upload, download, share, comment on and delete every file and folder the user can access.', narrower: 'root_readonly, or a downscoped token limited to one folder' },
  { scope: 'root_readonly', risk: 'medium', grants: 'Read and download every file and folder the user can access.', narrower: 'a downscoped token limited to one folder' },
  { scope: 'manage_managed_users', risk: 'critical', grants: 'Create, change and delete the enterprise’s managed users, including their roles.' },
  { scope: 'manage_app_users', risk: 'high', grants: 'Create and manage App Users, which own content for the app.' },
  { scope: 'manage_groups', risk: 'high', grants: 'Create and change groups and memberships, which carry folder access.' },
  { scope: 'manage_enterprise_properties', risk: 'critical', grants: 'Enterprise settings and the enterprise event stream (audit of every user’s activity).' },
  { scope: 'manage_data_retention', risk: 'critical', grants: 'Create and change retention policies, which can delete content at scale.' },
  { scope: 'manage_legal_hold', risk: 'high', grants: 'Create and change legal hold policies.' },
  { scope: 'manage_webhook', risk: 'medium', grants: 'Create and delete webhooks that stream file events to any URL.' },
  { scope: 'sign_requests.readwrite', risk: 'medium', grants: 'Create and manage Box Sign signature requests.' },
  { scope: 'ai.readwrite', risk: 'medium', grants: 'Send content the user can access to Box AI.' },
  { scope: 'item_preview', risk: 'low', grants: 'Preview an item (downscoped tokens and UI Elements).' },
  { scope: 'item_download', risk: 'medium', grants: 'Download an item (downscoped tokens and UI Elements).' },
  { scope: 'item_upload', risk: 'medium', grants: 'Upload into a folder (downscoped tokens and UI Elements).' },
  { scope: 'item_share', risk: 'medium', grants: 'Create shared links (downscoped tokens and UI Elements).' },
  { scope: 'item_delete', risk: 'medium', grants: 'Delete an item (downscoped tokens and UI Elements).' },
  { scope: 'base_explorer', risk: 'low', grants: 'Browse a folder with the Content Explorer UI Element.' },
  { scope: 'base_preview', risk: 'low', grants: 'Show the Content Preview UI Element.' },
];

export const boxScopes: ScopeCatalog = {
  provider: 'box',
  name: 'Box',
  sources: [
    'https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/',
    'https://developer.box.com/guides/authentication/tokens/downscope/',
    'https://developer.box.com/reference/get-authorize/',
  ],
  scopes: entries,
  unscoped: { why: 'A Box request without scope gets every scope set on the app in the Developer Console', risk: 'medium' },
};
