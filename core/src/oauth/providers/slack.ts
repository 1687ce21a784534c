/**
 * Slack bot and user token scopes, plus the legacy scopes older apps still request. `*:history` scopes
 * read a conversation type's whole message archive; `admin.*` scopes are organisation-administration
 * scopes only an Enterprise Grid admin or owner can grant.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  // Message archives.
  { scope: 'channels:history', risk: 'high', grants: 'Read every message in public channels the app is in (user tokens: every public channel the user is in).', narrower: 'app_mentions:read for messages addressed to the app' },
  { scope: 'groups:history', risk: 'high', grants: 'Read every message in private channels the app or user is in.', narrower: 'app_mentions:read' },
  { scope: 'im:history', risk: 'high', grants: 'Read every message in direct messages the app or user is in.' },
  { scope: 'mpim:history', risk: 'high', grants: 'Read every message in group direct messages the app or user is in.' },
  { scope: 'search:read', risk: 'high', grants: 'Search the workspace’s messages and files as the user.' },
  { scope: 'files:read', risk: 'high', grants: 'View files shared in channels and conversations the app or user is in.' },
  { scope: 'app_mentions:read', risk: 'low', grants: 'View only messages that mention the app.' },
  // Posting and changing.
  { scope: 'chat:write', risk: 'medium', grants: 'Send messages as the app (or as the user, with a user token).' },
  { scope: 'chat:write.public', risk: 'medium', grants: 'Send messages to public channels the app is not a member of.' },
  { scope: 'chat:write.customize', risk: 'high', grants: 'Send messages with a custom username and avatar: messages can impersonate people.' },
  { scope: 'chat:write:user', risk: 'medium', grants: 'Legacy: send messages as the user.' },
  { scope: 'chat:write:bot', risk: 'medium', grants: 'Legacy: send messages as the app.' },
  { scope: 'files:write', risk: 'medium', grants: 'Upload, edit and delete files.' },
  { scope: 'channels:manage', risk: 'medium', grants: 'Create and manage public channels.' },
  { scope: 'channels:write', risk: 'medium', grants: 'Manage the user’s public channels and create new ones.' },
  { scope: 'groups:write', risk: 'medium', grants: 'Manage private channels the app or user is in, and create new ones.' },
  { scope: 'im:write', risk: 'medium', grants: 'Start direct messages with people.' },
  { scope: 'mpim:write', risk: 'medium', grants: 'Start group direct messages with people.' },
  { scope: 'conversations.connect:write', risk: 'medium', grants: 'Create Slack Connect invitations to channels shared with other organisations.' },
  { scope: 'reactions:write', risk: 'low', grants: 'Add and edit emoji reactions.' },
  { scope: 'pins:write', risk: 'low', grants: 'Add and remove pinned messages and files.' },
  { scope: 'bookmarks:write', risk: 'low', grants: 'Create, edit and remove channel bookmarks.' },
  { scope: 'reminders:write', risk: 'low', grants: 'Add, remove or complete reminders.' },
  { scope: 'canvases:write', risk: 'medium', grants: 'Create and edit canvases.' },
  { scope: 'commands', risk: 'low', grants: 'Add slash commands people can use.' },
  { scope: 'incoming-webhook', risk: 'low', grants: 'Post messages to one chosen channel.' },
  { scope: 'links:write', risk: 'low', grants: 'Show previews (unfurls) of the app’s URLs in messages.' },
  // Reading structure and people.
  { scope: 'channels:read', risk: 'low', grants: 'View basic information about public channels.' },
  { scope: 'groups:read', risk: 'low', grants: 'View basic information about private channels the app or user is in.' },
  { scope: 'im:read', risk: 'low', grants: 'View basic information about direct messages.' },
  { scope: 'mpim:read', risk: 'low', grants: 'View basic information about group direct messages.' },
  { scope: 'users:read', risk: 'low', grants: 'View people in the workspace.' },
  { scope: 'users:read.email', risk: 'medium', grants: 'View email addresses of everyone in the workspace.' },
  { scope: 'users:write', risk: 'medium', grants: 'Set the user’s presence.' },
  { scope: 'users.profile:read', risk: 'low', grants: 'View profile details of people in the workspace.' },
  { scope: 'users.profile:write', risk: 'medium', grants: 'Edit the user’s profile; admins can edit others’ profiles.' },
  { scope: 'usergroups:write', risk: 'medium', grants: 'Create and manage user groups (which page and notify members).' },
  { scope: 'team:read', risk: 'low', grants: 'View the workspace name, domain and icon.' },
  { scope: 'reactions:read', risk: 'low', grants: 'View emoji reactions and their messages.' },
  { scope: 'emoji:read', risk: 'low', grants: 'View custom emoji.' },
  { scope: 'auditlogs:read', risk: 'high', grants: 'View the Enterprise Grid organisation’s audit log events.' },
  // Sign in with Slack.
  { scope: 'openid', risk: 'low', grants: 'Sign in with Slack (OpenID Connect).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address (Sign in with Slack).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name and avatar (Sign in with Slack).' },
  { scope: 'identity.basic', risk: 'low', grants: 'Legacy Sign in with Slack: the user’s identity.' },
  { scope: 'identity.email', risk: 'low', grants: 'Legacy Sign in with Slack: the user’s email address.' },
  { scope: 'identity.avatar', risk: 'low', grants: 'Legacy Sign in with Slack: the user’s avatar.' },
  { scope: 'identity.team', risk: 'low', grants: 'Legacy Sign in with Slack: the user’s workspace.' },
  // Legacy umbrella scopes.
  { scope: 'client', risk: 'critical', grants: 'Legacy: everything the Slack client can do as the user, across the workspace.', narrower: 'granular bot scopes for the specific methods used' },
  { scope: 'bot', risk: 'high', grants: 'Legacy classic bot: the broad RTM bot permission set, including reading channels it is in.', narrower: 'a granular bot token with specific scopes' },
  { scope: 'read', risk: 'high', grants: 'Legacy: read all content of the workspace as the user.', narrower: 'the specific :read / :history scopes' },
  { scope: 'identify', risk: 'low', grants: 'Legacy: confirm the user’s identity.' },
  { scope: 'post', risk: 'medium', grants: 'Legacy: post messages as the user.', narrower: 'chat:write' },
  { scope: 'admin', risk: 'critical', grants: 'Legacy: administer the workspace.' },
  // Organisation administration (Enterprise Grid).
  { scope: 'admin.users:write', risk: 'critical', grants: 'Create, deactivate and change roles of users across the organisation.', narrower: 'admin.users:read' },
  { scope: 'admin.users:read', risk: 'high', grants: 'View every user of the organisation.' },
  { scope: 'admin.conversations:write', risk: 'critical', grants: 'Create, archive, convert and change membership of any channel in the organisation.' },
  { scope: 'admin.conversations:read', risk: 'high', grants: 'View every channel of the organisation, including private ones.' },
  { scope: 'admin.chat:read', risk: 'high', grants: 'Read messages in any conversation of the organisation.' },
  { scope: 'admin.chat:write', risk: 'critical', grants: 'Delete, restore and update messages in any conversation of the organisation.' },
  { scope: 'admin.apps:write', risk: 'critical', grants: 'Approve, restrict and install apps across the organisation.' },
  { scope: 'admin.apps:read', risk: 'high', grants: 'View apps and app requests across the organisation.' },
  { scope: 'admin.teams:write', risk: 'critical', grants: 'Create workspaces and change their settings.' },
  { scope: 'admin.teams:read', risk: 'high', grants: 'View workspaces of the organisation and their admins.' },
  { scope: 'admin.roles:write', risk: 'critical', grants: 'Add and remove admin role assignments.' },
  { scope: 'admin.invites:write', risk: 'critical', grants: 'Approve or deny invitations into the organisation.' },
  { scope: 'admin.usergroups:write', risk: 'critical', grants: 'Change user groups across the organisation.' },
  { scope: 'admin.barriers:write', risk: 'critical', grants: 'Manage information barriers between groups of the organisation.' },
];

export const slackScopes: ScopeCatalog = {
  provider: 'slack',
  name: 'Slack',
  sources: ['https://api.slack.com/scopes', 'https://docs.slack.dev/legacy/legacy-authentication/legacy-oauth-scopes', 'https://docs.slack.dev/authentication/using-token-rotation'],
  scopes: entries,
  longLivedByDefault: 'Slack tokens do not expire unless the app enabled token rotation',
};
