/**
 * Dropbox scoped-app permissions: individual scopes and team (Business admin) scopes. Refresh tokens are
 * requested with `token_access_type=offline`, not with a scope, so no entry here is long-lived.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const APP_FOLDER = 'an App folder app with files.content.read';

const entries: ScopeEntry[] = [
  { scope: 'account_info.read', risk: 'low', grants: 'View basic account information (required by every app).' },
  { scope: 'account_info.write', risk: 'medium', grants: 'Change basic account information such as the profile photo.' },
  { scope: 'files.metadata.read', risk: 'medium', grants: 'View names, paths and properties of every file and folder.', narrower: APP_FOLDER },
  { scope: 'files.metadata.write', risk: 'medium', grants: 'Move, rename and change properties of files and folders.' },
  { scope: 'files.content.read', risk: 'high', grants: 'Download the content of every file (Full Dropbox apps).', narrower: APP_FOLDER },
  { scope: 'files.content.write', risk: 'high', grants: 'Upload, overwrite and delete files and folders (Full Dropbox apps).', narrower: 'an App folder app' },
  { scope: 'files.permanent_delete', risk: 'high', grants: 'Permanently delete files, skipping the recovery window.' },
  { scope: 'sharing.read', risk: 'low', grants: 'View shared links and shared folder membership.' },
  { scope: 'sharing.write', risk: 'high', grants: 'Create shared links and share folders: can publish private files.' },
  { scope: 'file_requests.read', risk: 'low', grants: 'View file requests.' },
  { scope: 'file_requests.write', risk: 'medium', grants: 'Create and change file requests.' },
  { scope: 'contacts.read', risk: 'low', grants: 'View manually added contacts.' },
  { scope: 'contacts.write', risk: 'low', grants: 'Change manually added contacts.' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with Dropbox (OpenID Connect).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name.' },
  // Team (Dropbox Business) scopes: an admin authorises them for the whole team.
  { scope: 'team_data.member', risk: 'critical', grants: 'Act as any team member (“Dropbox-API-Select-User”): every member’s files with their permissions.', narrower: 'a user-linked app authorised by each member' },
  { scope: 'team_data.team_space', risk: 'high', grants: 'Access the team space and team folders.' },
  { scope: 'team_data.content.read', risk: 'high', grants: 'Read content of team folders.' },
  { scope: 'team_data.content.write', risk: 'high', grants: 'Change content of team folders.' },
  { scope: 'team_data.governance.read', risk: 'medium', grants: 'View data governance settings (legal holds, retention).' },
  { scope: 'team_data.governance.write', risk: 'high', grants: 'Change data governance: legal holds and retention policies.' },
  { scope: 'files.team_metadata.read', risk: 'medium', grants: 'View metadata of team files and folders.' },
  { scope: 'files.team_metadata.write', risk: 'high', grants: 'Change metadata of team files and folders.' },
  { scope: 'team_info.read', risk: 'low', grants: 'View basic team information.' },
  { scope: 'team_info.write', risk: 'high', grants: 'Change team settings.' },
  { scope: 'members.read', risk: 'medium', grants: 'View team members and their details.' },
  { scope: 'members.write', risk: 'critical', grants: 'Add, change, suspend and reset team members, including their roles.', narrower: 'members.read' },
  { scope: 'members.delete', risk: 'critical', grants: 'Remove members from the team and transfer or wipe their data.' },
  { scope: 'groups.read', risk: 'low', grants: 'View team groups.' },
  { scope: 'groups.write', risk: 'high', grants: 'Create, change and delete team groups, which carry folder access.' },
  { scope: 'sessions.list', risk: 'medium', grants: 'View members’ active web sessions and linked devices.' },
  { scope: 'sessions.modify', risk: 'high', grants: 'Revoke members’ sessions and unlink devices.' },
  { scope: 'events.read', risk: 'high', grants: 'Read the team activity log: who did what to which file.' },
];

export const dropboxScopes: ScopeCatalog = {
  provider: 'dropbox',
  name: 'Dropbox',
  sources: [
    'https://developers.dropbox.com/oauth-guide',
    'https://www.dropbox.com/developers/documentation/http/documentation',
    'https://dropbox.tech/developers/customizing-scopes-in-the-oauth-app-authorization-flow',
    'https://dropbox.tech/developers/using-oauth-2-0-with-offline-access',
  ],
  scopes: entries,
  unscoped: { why: 'A Dropbox request without scope gets every permission ticked on the app in the App Console', risk: 'medium' },
};
