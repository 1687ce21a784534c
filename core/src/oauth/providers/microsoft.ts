/**
 * Microsoft Graph delegated permissions and the Microsoft identity platform's OpenID scopes. Graph
 * permission names are case-insensitive and may carry the resource prefix
 * (`https://graph.microsoft.com/Mail.Read`); `normalize` strips the prefix and restores the catalog's
 * spelling. "Admin consent" marks permissions a tenant administrator must approve.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  // OpenID Connect and the static-consent shorthand.
  { scope: 'openid', risk: 'low', grants: 'Sign the user in (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s basic profile in the ID token.' },
  { scope: 'email', risk: 'low', grants: 'The user’s primary email address in the ID token.' },
  { scope: 'offline_access', risk: 'medium', grants: 'A refresh token: the app keeps every other granted permission while the user is away.', longLived: true },
  { scope: '.default', risk: 'medium', grants: 'Every permission statically configured on the app registration, whatever it is: consent covers more than the request shows.', narrower: 'request the individual permissions by name' },
  // Users and directory.
  { scope: 'User.Read', risk: 'low', grants: 'Sign in and read the signed-in user’s profile and basic company information.' },
  { scope: 'User.ReadWrite', risk: 'medium', grants: 'Read and update the signed-in user’s profile.', narrower: 'User.Read' },
  { scope: 'User.ReadBasic.All', risk: 'low', grants: 'Read basic profiles (name, email, photo) of all users in the organisation.' },
  { scope: 'User.Read.All', risk: 'medium', grants: 'Read full profiles of all users (admin consent).', narrower: 'User.ReadBasic.All' },
  { scope: 'User.ReadWrite.All', risk: 'high', grants: 'Read and write full profiles of all users (admin consent).', narrower: 'User.Read.All' },
  { scope: 'Directory.Read.All', risk: 'high', grants: 'Read the whole directory: users, groups, apps, devices and some policies (admin consent).', narrower: 'User.ReadBasic.All or Group.Read.All' },
  { scope: 'Directory.ReadWrite.All', risk: 'critical', grants: 'Read and write the whole directory: users, groups, apps, devices (admin consent).', narrower: 'User.ReadWrite.All or Group.ReadWrite.All for the objects actually changed' },
  { scope: 'Directory.AccessAsUser.All', risk: 'critical', grants: 'Everything the signed-in user can do in the directory, including administrator actions (admin consent).', narrower: 'the specific User.* or Group.* permission' },
  { scope: 'RoleManagement.ReadWrite.Directory', risk: 'critical', grants: 'Assign directory roles such as Global Administrator: can grant itself any privilege (admin consent).', narrower: 'RoleManagement.Read.Directory' },
  { scope: 'RoleManagement.Read.Directory', risk: 'medium', grants: 'Read directory role assignments and definitions (admin consent).' },
  { scope: 'Application.ReadWrite.All', risk: 'critical', grants: 'Create and change every app registration and service principal, including adding credentials (admin consent).', narrower: 'Application.ReadWrite.OwnedBy' },
  { scope: 'Application.ReadWrite.OwnedBy', risk: 'high', grants: 'Manage only the apps this app creates or owns (admin consent).' },
  { scope: 'Application.Read.All', risk: 'medium', grants: 'Read all app registrations and service principals (admin consent).' },
  { scope: 'AppRoleAssignment.ReadWrite.All', risk: 'critical', grants: 'Grant app roles to any app, including this one: self-escalation (admin consent).' },
  { scope: 'DelegatedPermissionGrant.ReadWrite.All', risk: 'critical', grants: 'Grant delegated permissions to any app, bypassing consent (admin consent).' },
  { scope: 'Group.Read.All', risk: 'medium', grants: 'Read all groups, their members, and group content such as conversations and files (admin consent).' },
  { scope: 'Group.ReadWrite.All', risk: 'high', grants: 'Create, change and delete all groups and their content (admin consent).', narrower: 'GroupMember.ReadWrite.All or Group.Read.All' },
  { scope: 'GroupMember.ReadWrite.All', risk: 'high', grants: 'Add and remove members of any group, including privileged ones (admin consent).' },
  { scope: 'UserAuthenticationMethod.ReadWrite.All', risk: 'critical', grants: 'Manage every user’s sign-in methods (phone, FIDO, passwords) (admin consent).' },
  { scope: 'Policy.ReadWrite.ConditionalAccess', risk: 'critical', grants: 'Create and change Conditional Access policies, e.g. turn off MFA (admin consent).' },
  { scope: 'Domain.ReadWrite.All', risk: 'critical', grants: 'Add, verify and federate domains of the tenant (admin consent).' },
  { scope: 'Organization.Read.All', risk: 'low', grants: 'Read organisation and subscription information (admin consent).' },
  { scope: 'AuditLog.Read.All', risk: 'high', grants: 'Read the tenant’s sign-in and audit logs (admin consent).' },
  { scope: 'Device.ReadWrite.All', risk: 'high', grants: 'Read and write all device objects (admin consent).' },
  { scope: 'DeviceManagementConfiguration.ReadWrite.All', risk: 'critical', grants: 'Manage Intune device configuration and compliance policies, including scripts pushed to devices (admin consent).' },
  { scope: 'SecurityEvents.ReadWrite.All', risk: 'high', grants: 'Read and update the organisation’s security alerts (admin consent).' },
  { scope: 'Reports.Read.All', risk: 'medium', grants: 'Read Microsoft 365 usage reports (admin consent).' },
  // Mail, calendar, contacts.
  { scope: 'Mail.Read', risk: 'high', grants: 'Read all mail in the user’s mailbox.', narrower: 'Mail.ReadBasic (no bodies or attachments)' },
  { scope: 'Mail.ReadBasic', risk: 'medium', grants: 'Read mail in the user’s mailbox without bodies or attachments.' },
  { scope: 'Mail.ReadWrite', risk: 'high', grants: 'Create, read, update and delete all mail in the user’s mailbox.', narrower: 'Mail.Read' },
  { scope: 'Mail.Send', risk: 'high', grants: 'Send mail as the user.' },
  { scope: 'Mail.Read.Shared', risk: 'high', grants: 'Read mail in every mailbox the user can access, including shared and delegated ones.', narrower: 'Mail.Read' },
  { scope: 'Mail.Send.Shared', risk: 'high', grants: 'Send mail as any user or shared mailbox the user can send as.', narrower: 'Mail.Send' },
  { scope: 'MailboxSettings.ReadWrite', risk: 'high', grants: 'Change mailbox settings, including automatic replies and forwarding-related rules.', narrower: 'MailboxSettings.Read' },
  { scope: 'Calendars.Read', risk: 'medium', grants: 'Read the user’s calendar events.' },
  { scope: 'Calendars.ReadWrite', risk: 'medium', grants: 'Create, read, update and delete the user’s calendar events.', narrower: 'Calendars.Read' },
  { scope: 'Contacts.Read', risk: 'medium', grants: 'Read the user’s contacts.' },
  { scope: 'Contacts.ReadWrite', risk: 'medium', grants: 'Create, read, update and delete the user’s contacts.', narrower: 'Contacts.Read' },
  { scope: 'People.Read', risk: 'low', grants: 'Read the people most relevant to the user.' },
  // Files and sites.
  { scope: 'Files.Read', risk: 'medium', grants: 'Read the signed-in user’s OneDrive files.' },
  { scope: 'Files.ReadWrite', risk: 'medium', grants: 'Read, create, update and delete the signed-in user’s OneDrive files.', narrower: 'Files.ReadWrite.AppFolder' },
  { scope: 'Files.Read.All', risk: 'high', grants: 'Read every file the user can access in OneDrive and SharePoint.', narrower: 'Files.Read or Sites.Selected' },
  { scope: 'Files.ReadWrite.All', risk: 'high', grants: 'Read, create, update and delete every file the user can access in OneDrive and SharePoint.', narrower: 'Files.ReadWrite, Files.ReadWrite.AppFolder or Sites.Selected' },
  { scope: 'Files.ReadWrite.AppFolder', risk: 'low', grants: 'Only the app’s own folder in OneDrive.' },
  { scope: 'Sites.Read.All', risk: 'high', grants: 'Read documents and list items in every site collection.', narrower: 'Sites.Selected' },
  { scope: 'Sites.ReadWrite.All', risk: 'high', grants: 'Edit and delete documents and list items in every site collection.', narrower: 'Sites.Selected' },
  { scope: 'Sites.Manage.All', risk: 'high', grants: 'Create, edit and delete lists and items in every site collection.', narrower: 'Sites.Selected' },
  { scope: 'Sites.FullControl.All', risk: 'critical', grants: 'Full control of every SharePoint site collection, including permissions (admin consent).', narrower: 'Sites.Selected' },
  { scope: 'Sites.Selected', risk: 'low', grants: 'Only the site collections an administrator grants explicitly (admin consent).' },
  { scope: 'Notes.ReadWrite.All', risk: 'medium', grants: 'Read and write every OneNote notebook the user can access.' },
  { scope: 'Tasks.ReadWrite', risk: 'medium', grants: 'Create, read, update and delete the user’s tasks and plans.' },
  // Teams.
  { scope: 'Chat.Read', risk: 'high', grants: 'Read the user’s Teams chat messages.' },
  { scope: 'Chat.ReadWrite', risk: 'high', grants: 'Read and send the user’s Teams chat messages.', narrower: 'Chat.Read' },
  { scope: 'ChannelMessage.Read.All', risk: 'high', grants: 'Read every channel message of the user’s teams (admin consent).' },
  { scope: 'ChannelMessage.Send', risk: 'medium', grants: 'Send channel messages as the user.' },
  { scope: 'Team.ReadBasic.All', risk: 'low', grants: 'Read names and descriptions of the user’s teams.' },
  { scope: 'OnlineMeetings.ReadWrite', risk: 'medium', grants: 'Create, read and update the user’s online meetings.' },
  { scope: 'Presence.Read', risk: 'low', grants: 'Read the user’s presence (available, busy, ...).' },
];

/** Graph in its national clouds, and Graph's application id, both prefix permission names. */
const GRAPH_RESOURCE =
  /^(https:\/\/(graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn)\/|00000003-0000-0000-c000-000000000000\/)/i;
const byLowercase = new Map(entries.map((e) => [e.scope.toLowerCase(), e.scope]));

function toGraphSpelling(scope: string): string {
  const bare = scope.trim().replace(GRAPH_RESOURCE, '');
  return byLowercase.get(bare.toLowerCase()) ?? bare;
}

export const microsoftScopes: ScopeCatalog = {
  provider: 'microsoft',
  name: 'Microsoft Graph',
  sources: [
    'https://learn.microsoft.com/en-us/graph/permissions-reference',
    'https://learn.microsoft.com/en-us/entra/identity-platform/scopes-oidc',
    'https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/permissions_reference',
  ],
  scopes: entries,
  normalize: toGraphSpelling,
};
