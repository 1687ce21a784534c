/**
 * Google OAuth 2.0 scopes. Google classifies scopes as non-sensitive, sensitive or restricted; every
 * restricted scope (all Gmail mailbox scopes, broad Drive scopes) is rated high or critical here.
 * Sources: the scope list, the restricted-scope list, and the Gmail and Drive scope guides.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const AUTH = 'https://www.googleapis.com/auth/';
const GMAIL_FULL = 'https://mail.google.com/';

/** Scopes Google accepts without the `https://www.googleapis.com/auth/` prefix (OpenID Connect names). */
const UNPREFIXED = new Set(['openid', 'email', 'profile']);

const entries: ScopeEntry[] = [
  // Gmail. Restricted: everything that reads mailbox content, inserts mail or changes settings.
  { scope: GMAIL_FULL, risk: 'critical', grants: 'Full mailbox access, including IMAP/SMTP/POP and permanent deletion of every message (restricted).', narrower: `${AUTH}gmail.readonly, or ${AUTH}gmail.send to send only` },
  { scope: `${AUTH}gmail.modify`, risk: 'critical', grants: 'Read, compose, send and change every message and thread (everything but permanent deletion) (restricted).', narrower: `${AUTH}gmail.readonly or ${AUTH}gmail.labels` },
  { scope: `${AUTH}gmail.readonly`, risk: 'high', grants: 'Read every message, thread, attachment and setting in the mailbox (restricted).', narrower: `${AUTH}gmail.metadata (headers only)` },
  { scope: `${AUTH}gmail.metadata`, risk: 'high', grants: 'Read message headers, labels and history of the whole mailbox, without bodies or attachments (restricted).' },
  { scope: `${AUTH}gmail.compose`, risk: 'high', grants: 'Create, read, update and delete drafts, and send messages and drafts (restricted).', narrower: `${AUTH}gmail.send` },
  { scope: `${AUTH}gmail.insert`, risk: 'high', grants: 'Insert and import messages into the mailbox (restricted): lets an app plant mail that looks delivered.' },
  { scope: `${AUTH}gmail.send`, risk: 'high', grants: 'Send email as the user, with no read access (sensitive).' },
  { scope: `${AUTH}gmail.settings.basic`, risk: 'high', grants: 'Manage basic mail settings such as filters and vacation replies (restricted).' },
  { scope: `${AUTH}gmail.settings.sharing`, risk: 'critical', grants: 'Manage forwarding rules, aliases and delegates (restricted): can silently forward all mail.' },
  { scope: `${AUTH}gmail.labels`, risk: 'medium', grants: 'Create, read, update and delete labels only, no message access (non-sensitive).' },
  { scope: `${AUTH}gmail.addons.current.message.readonly`, risk: 'medium', grants: 'Read the message open in Gmail while the add-on runs (non-sensitive).' },
  { scope: `${AUTH}gmail.addons.current.message.metadata`, risk: 'low', grants: 'Read headers of the message open in Gmail while the add-on runs (non-sensitive).' },
  { scope: `${AUTH}gmail.addons.current.message.action`, risk: 'medium', grants: 'Read the open message when the user interacts with the add-on (non-sensitive).' },
  { scope: `${AUTH}gmail.addons.current.action.compose`, risk: 'medium', grants: 'Manage drafts and send email when the user interacts with the add-on (non-sensitive).' },
  // Drive.
  { scope: `${AUTH}drive`, risk: 'high', grants: 'See, edit, create and delete every file in Google Drive (restricted).', narrower: `${AUTH}drive.file (only files the user opens or creates with the app)` },
  { scope: `${AUTH}drive.readonly`, risk: 'high', grants: 'See and download every file in Google Drive (restricted).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}drive.metadata`, risk: 'high', grants: 'View and manage metadata (names, sharing, owners) of every Drive file (restricted).', narrower: `${AUTH}drive.metadata.readonly` },
  { scope: `${AUTH}drive.metadata.readonly`, risk: 'medium', grants: 'View metadata (names, folders, sharing) of every Drive file (restricted).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}drive.activity`, risk: 'medium', grants: 'View and add to the activity history of Drive files (restricted).' },
  { scope: `${AUTH}drive.activity.readonly`, risk: 'medium', grants: 'View the activity history of Drive files (restricted).' },
  { scope: `${AUTH}drive.scripts`, risk: 'high', grants: 'Modify the behaviour of Google Apps Script scripts stored in Drive (restricted).' },
  { scope: `${AUTH}drive.meet.readonly`, risk: 'medium', grants: 'See and download Drive files created or edited by Google Meet (restricted).' },
  { scope: `${AUTH}drive.photos.readonly`, risk: 'medium', grants: 'View photos, videos and albums in Google Photos through Drive.' },
  { scope: `${AUTH}drive.file`, risk: 'low', grants: 'See, edit, create and delete only the Drive files the user opens or creates with this app (non-sensitive).' },
  { scope: `${AUTH}drive.appdata`, risk: 'low', grants: 'The app’s own hidden configuration folder in Drive (non-sensitive).' },
  { scope: `${AUTH}drive.install`, risk: 'low', grants: 'Lets the app appear as an “Open with” option in Drive (non-sensitive).' },
  { scope: `${AUTH}drive.apps.readonly`, risk: 'low', grants: 'View the user’s installed Drive apps.' },
  // Docs editors.
  { scope: `${AUTH}documents`, risk: 'high', grants: 'See, edit, create and delete every Google Docs document (sensitive).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}documents.readonly`, risk: 'medium', grants: 'See every Google Docs document (sensitive).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}spreadsheets`, risk: 'high', grants: 'See, edit, create and delete every Google Sheets spreadsheet (sensitive).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}spreadsheets.readonly`, risk: 'medium', grants: 'See every Google Sheets spreadsheet (sensitive).', narrower: `${AUTH}drive.file` },
  { scope: `${AUTH}presentations`, risk: 'high', grants: 'See, edit, create and delete every Google Slides presentation (sensitive).', narrower: `${AUTH}drive.file` },
  // Calendar, contacts, profile data.
  { scope: `${AUTH}calendar`, risk: 'high', grants: 'See, edit, share and permanently delete every calendar (sensitive).', narrower: `${AUTH}calendar.events or ${AUTH}calendar.readonly` },
  { scope: `${AUTH}calendar.readonly`, risk: 'medium', grants: 'See and download every calendar (sensitive).' },
  { scope: `${AUTH}calendar.events`, risk: 'medium', grants: 'View and edit events on every calendar (sensitive).', narrower: `${AUTH}calendar.events.readonly` },
  { scope: `${AUTH}calendar.events.readonly`, risk: 'medium', grants: 'View events on every calendar (sensitive).' },
  { scope: `${AUTH}contacts`, risk: 'high', grants: 'See, edit, download and permanently delete contacts (sensitive).', narrower: `${AUTH}contacts.readonly` },
  { scope: `${AUTH}contacts.readonly`, risk: 'medium', grants: 'See and download contacts (sensitive).' },
  { scope: `${AUTH}contacts.other.readonly`, risk: 'medium', grants: 'See and download “Other contacts” collected from interactions (sensitive).' },
  { scope: `${AUTH}directory.readonly`, risk: 'medium', grants: 'See and download the organisation’s Workspace directory (sensitive).' },
  { scope: `${AUTH}user.phonenumbers.read`, risk: 'low', grants: 'See the user’s personal phone numbers (sensitive).' },
  { scope: `${AUTH}user.addresses.read`, risk: 'low', grants: 'See the user’s street addresses (sensitive).' },
  { scope: `${AUTH}user.birthday.read`, risk: 'low', grants: 'See the user’s exact date of birth (sensitive).' },
  { scope: `${AUTH}userinfo.email`, risk: 'low', grants: 'See the primary email address of the Google Account.' },
  { scope: `${AUTH}userinfo.profile`, risk: 'low', grants: 'See the public profile: name and picture.' },
  { scope: `${AUTH}tasks`, risk: 'medium', grants: 'Create, edit, organise and delete all tasks.', narrower: `${AUTH}tasks.readonly` },
  { scope: `${AUTH}chat.messages`, risk: 'high', grants: 'See, compose, send, update and delete Google Chat messages (sensitive).', narrower: `${AUTH}chat.messages.readonly` },
  { scope: `${AUTH}chat.messages.readonly`, risk: 'high', grants: 'See every Google Chat message and reaction (sensitive).' },
  { scope: `${AUTH}script.projects`, risk: 'high', grants: 'Create and update Google Apps Script projects, which run code with the user’s authority.' },
  // Google Cloud.
  { scope: `${AUTH}cloud-platform`, risk: 'critical', grants: 'See, edit, configure and delete all Google Cloud data and resources the user can reach.', narrower: 'a service-specific scope (devstorage.read_only, bigquery.readonly) or cloud-platform.read-only' },
  { scope: `${AUTH}cloud-platform.read-only`, risk: 'high', grants: 'View all Google Cloud data and resources the user can reach.' },
  { scope: `${AUTH}compute`, risk: 'high', grants: 'View and manage Compute Engine resources.', narrower: `${AUTH}compute.readonly` },
  { scope: `${AUTH}devstorage.full_control`, risk: 'high', grants: 'Manage Cloud Storage data and its access controls.', narrower: `${AUTH}devstorage.read_only` },
  { scope: `${AUTH}devstorage.read_write`, risk: 'high', grants: 'Read and write Cloud Storage objects and buckets.', narrower: `${AUTH}devstorage.read_only` },
  { scope: `${AUTH}devstorage.read_only`, risk: 'medium', grants: 'Read Cloud Storage objects and bucket metadata.' },
  { scope: `${AUTH}bigquery`, risk: 'high', grants: 'View and manage BigQuery data and jobs.', narrower: `${AUTH}bigquery.readonly` },
  // Workspace administration.
  { scope: `${AUTH}admin.directory.user`, risk: 'critical', grants: 'Create, change and delete every user in the Workspace domain, including passwords (admin).', narrower: `${AUTH}admin.directory.user.readonly` },
  { scope: `${AUTH}admin.directory.user.readonly`, risk: 'high', grants: 'View every user in the Workspace domain (admin).' },
  { scope: `${AUTH}admin.directory.user.security`, risk: 'critical', grants: 'Manage users’ security settings: tokens, app passwords, sign-in cookies (admin).' },
  { scope: `${AUTH}admin.directory.group`, risk: 'high', grants: 'Create, change and delete every group and its members (admin).', narrower: `${AUTH}admin.directory.group.readonly` },
  { scope: `${AUTH}admin.directory.group.readonly`, risk: 'medium', grants: 'View every group and its members (admin).' },
  { scope: `${AUTH}admin.directory.rolemanagement`, risk: 'critical', grants: 'Assign and manage admin roles in the Workspace domain (admin).', narrower: `${AUTH}admin.directory.rolemanagement.readonly` },
  { scope: `${AUTH}admin.directory.domain`, risk: 'high', grants: 'View and manage the domains of the Workspace account (admin).' },
  { scope: `${AUTH}admin.directory.orgunit`, risk: 'high', grants: 'View and manage organisational units (admin).' },
  { scope: `${AUTH}admin.directory.device.chromeos`, risk: 'high', grants: 'View and manage ChromeOS devices, including remote commands (admin).' },
  { scope: `${AUTH}admin.reports.audit.readonly`, risk: 'high', grants: 'View the domain’s audit reports (admin).' },
  { scope: `${AUTH}admin.datatransfer`, risk: 'critical', grants: 'Transfer ownership of a user’s Drive and Calendar data to another user (admin).' },
  { scope: `${AUTH}ediscovery`, risk: 'critical', grants: 'Manage Google Vault eDiscovery: search and export the organisation’s mail and files (admin).' },
  // YouTube.
  { scope: `${AUTH}youtube`, risk: 'high', grants: 'Manage the YouTube account: upload, edit and delete videos, comments and playlists (sensitive).', narrower: `${AUTH}youtube.readonly` },
  { scope: `${AUTH}youtube.force-ssl`, risk: 'high', grants: 'See, edit and permanently delete YouTube videos, ratings, comments and captions (sensitive).' },
  { scope: `${AUTH}youtube.upload`, risk: 'medium', grants: 'Upload and manage YouTube videos (sensitive).' },
  { scope: `${AUTH}youtube.readonly`, risk: 'medium', grants: 'View the YouTube account (sensitive).' },
];

/** `drive` and `gmail.readonly` are the short forms people write; Google's own key is the full URL. */
function toGoogleSpelling(scope: string): string {
  const trimmed = scope.trim();
  if (UNPREFIXED.has(trimmed)) return trimmed;
  if (/^https?:\/\/mail\.google\.com\/?$/i.test(trimmed)) return GMAIL_FULL;
  const url = /^https?:\/\/www\.googleapis\.com\/auth\/(.+)$/i.exec(trimmed);
  if (url) return AUTH + url[1];
  if (/^[a-z][\w.-]*$/i.test(trimmed)) return AUTH + trimmed;
  return trimmed;
}

export const googleScopes: ScopeCatalog = {
  provider: 'google',
  name: 'Google',
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/scopes',
    'https://support.google.com/cloud/answer/13464325',
    'https://developers.google.com/workspace/gmail/api/auth/scopes',
    'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
  ],
  scopes: entries,
  normalize: toGoogleSpelling,
};
