/** Figma REST API OAuth scopes (`www.figma.com/oauth`). `files:read` is the deprecated catch-all. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'files:read', risk: 'high', grants: 'Deprecated catch-all: read every file, comment, project and component the user can see.', narrower: 'file_content:read and file_metadata:read' },
  { scope: 'current_user:read', risk: 'low', grants: 'The user’s name, email and avatar.' },
  { scope: 'file_content:read', risk: 'medium', grants: 'Read the contents of files the user can see, and render images of them.' },
  { scope: 'file_metadata:read', risk: 'low', grants: 'Read file metadata.' },
  { scope: 'file_versions:read', risk: 'low', grants: 'Read file version history.' },
  { scope: 'file_comments:read', risk: 'medium', grants: 'Read comments on files.' },
  { scope: 'file_comments:write', risk: 'medium', grants: 'Post and delete comments and reactions as the user.' },
  { scope: 'file_dev_resources:read', risk: 'low', grants: 'Read dev resources attached to files.' },
  { scope: 'file_dev_resources:write', risk: 'medium', grants: 'Create and change dev resources.' },
  { scope: 'file_variables:read', risk: 'low', grants: 'Read variables (Enterprise).' },
  { scope: 'file_variables:write', risk: 'medium', grants: 'Create and change variables (Enterprise).' },
  { scope: 'library_assets:read', risk: 'low', grants: 'Read published components and styles.' },
  { scope: 'library_content:read', risk: 'low', grants: 'Read published components and styles of files.' },
  { scope: 'team_library_content:read', risk: 'low', grants: 'Read published components and styles of teams.' },
  { scope: 'library_analytics:read', risk: 'low', grants: 'Read design system analytics.' },
  { scope: 'projects:read', risk: 'low', grants: 'List projects and their files.' },
  { scope: 'webhooks:read', risk: 'low', grants: 'Read webhooks.' },
  { scope: 'webhooks:write', risk: 'medium', grants: 'Create webhooks that send file events elsewhere.' },
];

export const figmaScopes: ScopeCatalog = {
  provider: 'figma',
  name: 'Figma',
  sources: ['https://www.figma.com/developers/api#authentication-scopes', 'https://developers.figma.com/docs/rest-api/scopes/'],
  scopes: entries,
};
