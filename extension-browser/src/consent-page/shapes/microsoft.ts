/**
 * Microsoft's consent prompt lists the permissions the app asks for, each in its "user consent display
 * name", or its "admin consent display name" on an admin consent (where it is granted for the whole
 * organisation); both are listed below where they differ. There is no way to untick one
 * (https://learn.microsoft.com/entra/identity-platform/application-consent-experience). The wording is
 * the display name Microsoft Graph publishes for each delegated permission
 * (https://learn.microsoft.com/graph/permissions-reference). A request for `.default` asks for whatever
 * the app registration lists (https://learn.microsoft.com/entra/identity-platform/consent-types-developer):
 * the prompt is then the only place the user sees it.
 * Unknown: the prompt's markup (we read list items and compare wording only), and display names of
 * permissions of APIs other than Microsoft Graph.
 */
import type { ConsentPageShape } from '../shape.js';

/** Graph permission names are case-insensitive and may carry the resource prefix. */
function canonical(scope: string): string {
  return scope.trim().replace(/^https:\/\/graph\.microsoft\.com\//i, '').toLowerCase();
}

export const microsoftConsentPage: ConsentPageShape = {
  provider: 'microsoft',
  paths: [/^\/[^/]+\/(?:oauth2\/|v2\.0\/adminconsent|adminconsent|login|reprocess|consent)/, /^\/common\//, /^\/appverify/],
  granular: false,
  wildcardScopes: ['.default'],
  canonical,
  sources: [
    'https://learn.microsoft.com/entra/identity-platform/application-consent-experience',
    'https://learn.microsoft.com/graph/permissions-reference',
    'https://learn.microsoft.com/entra/identity-platform/consent-types-developer',
  ],
  permissions: [
    { scopes: ['offline_access'], phrases: ['Maintain access to data you have given it access to'] },
    { scopes: ['openid'], phrases: ['Sign you in'] },
    { scopes: ['profile'], phrases: ['View your basic profile'] },
    { scopes: ['email'], phrases: ['View your email address'] },
    { scopes: ['User.Read'], phrases: ['Sign you in and read your profile', 'Sign in and read user profile'] },
    { scopes: ['User.ReadWrite'], phrases: ['Read and update your profile', 'Read and write access to user profile'] },
    { scopes: ['User.ReadBasic.All'], phrases: ["Read all users' basic profiles"] },
    { scopes: ['User.Read.All'], phrases: ["Read all users' full profiles"] },
    { scopes: ['Mail.Read'], phrases: ['Read your mail', 'Read user mail'] },
    { scopes: ['Mail.ReadWrite'], phrases: ['Read and write access to your mail', 'Read and write access to user mail'] },
    { scopes: ['Mail.Send'], phrases: ['Send mail as you', 'Send mail as a user'] },
    { scopes: ['Calendars.Read'], phrases: ['Read your calendars', 'Read user calendars'] },
    { scopes: ['Calendars.ReadWrite'], phrases: ['Have full access to your calendars', 'Have full access to user calendars'] },
    { scopes: ['Contacts.Read'], phrases: ['Read your contacts', 'Read user contacts'] },
    { scopes: ['Contacts.ReadWrite'], phrases: ['Have full access to your contacts'] },
    { scopes: ['Files.Read'], phrases: ['Read your files'] },
    { scopes: ['Files.Read.All'], phrases: ['Read all files that you have access to', 'Read all files that user can access'] },
    { scopes: ['Files.ReadWrite'], phrases: ['Have full access to your files'] },
    { scopes: ['Files.ReadWrite.All'], phrases: ['Have full access to all files you have access to', 'Have full access to all files user can access'] },
    { scopes: ['Sites.Read.All'], phrases: ['Read items in all site collections'] },
    { scopes: ['Sites.ReadWrite.All'], phrases: ['Edit or delete items in all site collections'] },
    { scopes: ['Directory.Read.All'], phrases: ['Read directory data'] },
    { scopes: ['Directory.ReadWrite.All'], phrases: ['Read and write directory data'] },
    { scopes: ['Directory.AccessAsUser.All'], phrases: ['Access the directory as you', 'Access directory as the signed in user'] },
    { scopes: ['Group.Read.All'], phrases: ['Read all groups'] },
    { scopes: ['Group.ReadWrite.All'], phrases: ['Read and write all groups'] },
    { scopes: ['Chat.Read'], phrases: ['Read your chat messages'] },
    { scopes: ['Chat.ReadWrite'], phrases: ['Read and write your chat messages'] },
    { scopes: ['Notes.ReadWrite.All'], phrases: ['Read and write all OneNote notebooks that you can access'] },
  ],
};
