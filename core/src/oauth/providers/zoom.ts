/**
 * Zoom OAuth scopes. Classic scopes are `resource:action[:level]`: no level = the user's own data,
 * `:admin` = every user of the account (admin must authorise), `:master` = sub-accounts (owner only).
 * Granular scopes (apps created since 2024) are `service:action:data[:admin|:master]`; an uncatalogued
 * `:admin` or `:master` one is rated high by the heuristic. Scopes are chosen on the app in the Zoom App
 * Marketplace, so the authorize URL (`zoom.us/oauth/authorize?response_type=code&client_id=…`) normally
 * names none.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  // Classic.
  { scope: 'user:read', risk: 'low', grants: 'View the user’s own profile.' },
  { scope: 'user:write', risk: 'medium', grants: 'Change the user’s own profile and settings.' },
  { scope: 'user:read:admin', risk: 'medium', grants: 'View every user of the account.' },
  { scope: 'user:write:admin', risk: 'critical', grants: 'Create, change, delete and change roles of every user of the account.', narrower: 'user:read:admin' },
  { scope: 'user:master', risk: 'critical', grants: 'Manage users across all sub-accounts.' },
  { scope: 'meeting:read', risk: 'low', grants: 'View the user’s own meetings.' },
  { scope: 'meeting:write', risk: 'medium', grants: 'Create and change the user’s own meetings.' },
  { scope: 'meeting:read:admin', risk: 'medium', grants: 'View every meeting of the account, including passcodes.' },
  { scope: 'meeting:write:admin', risk: 'high', grants: 'Create, change and delete meetings of every user of the account.', narrower: 'meeting:write' },
  { scope: 'recording:read', risk: 'high', grants: 'View and download the user’s cloud recordings and transcripts.' },
  { scope: 'recording:write', risk: 'high', grants: 'Change and delete the user’s cloud recordings.' },
  { scope: 'recording:read:admin', risk: 'critical', grants: 'View and download every cloud recording and transcript of the account.', narrower: 'recording:read' },
  { scope: 'recording:write:admin', risk: 'critical', grants: 'Change and delete every cloud recording of the account.' },
  { scope: 'webinar:read', risk: 'low', grants: 'View the user’s own webinars.' },
  { scope: 'webinar:write', risk: 'medium', grants: 'Create and change the user’s own webinars.' },
  { scope: 'webinar:write:admin', risk: 'high', grants: 'Create, change and delete webinars of every user of the account.' },
  { scope: 'account:read:admin', risk: 'medium', grants: 'View account settings.' },
  { scope: 'account:write:admin', risk: 'critical', grants: 'Change account settings, including locked security settings.' },
  { scope: 'account:master', risk: 'critical', grants: 'View and manage sub-accounts.' },
  { scope: 'role:write:admin', risk: 'critical', grants: 'Create roles and assign them, including admin roles.' },
  { scope: 'group:write:admin', risk: 'high', grants: 'Manage user groups and their settings.' },
  { scope: 'report:read:admin', risk: 'high', grants: 'View account reports: meeting participants, sign-ins, usage.' },
  { scope: 'dashboard:read:admin', risk: 'high', grants: 'View the account dashboard, including live meeting participants.' },
  { scope: 'chat_message:read', risk: 'high', grants: 'Read the user’s Team Chat messages.' },
  { scope: 'chat_message:write', risk: 'medium', grants: 'Send and change the user’s Team Chat messages.' },
  { scope: 'chat_channel:read', risk: 'low', grants: 'View the user’s Team Chat channels.' },
  { scope: 'imchat:bot', risk: 'low', grants: 'Run a Team Chat bot.' },
  { scope: 'phone:read:admin', risk: 'high', grants: 'View Zoom Phone data of the account, including call logs.' },
  { scope: 'phone:write:admin', risk: 'critical', grants: 'Change Zoom Phone settings, numbers and call routing of the account.' },
  // Granular.
  { scope: 'user:read:user', risk: 'low', grants: 'View a user’s profile.' },
  { scope: 'meeting:read:meeting', risk: 'low', grants: 'View a meeting’s details.' },
  { scope: 'meeting:write:meeting', risk: 'medium', grants: 'Create a meeting for the user.' },
  { scope: 'meeting:write:meeting:admin', risk: 'high', grants: 'Create meetings for any user of the account.' },
  { scope: 'meeting:read:list_meetings', risk: 'low', grants: 'List the user’s meetings.' },
  { scope: 'meeting:read:local_recording_token', risk: 'medium', grants: 'Get the token that lets a bot record a meeting locally without asking the host.' },
  { scope: 'cloud_recording:read:list_user_recordings', risk: 'high', grants: 'List and download the user’s cloud recordings.' },
  { scope: 'cloud_recording:read:list_user_recordings:admin', risk: 'critical', grants: 'List and download the cloud recordings of every user of the account.', narrower: 'cloud_recording:read:list_user_recordings' },
  { scope: 'cloud_recording:read:list_recording_files', risk: 'high', grants: 'List a meeting’s recording files with their download links.' },
  { scope: 'cloud_recording:read:list_recording_files:admin', risk: 'critical', grants: 'List recording files of any meeting of the account.' },
  { scope: 'cloud_recording:read:meeting_transcript', risk: 'high', grants: 'Read the transcript of the user’s meetings.' },
  { scope: 'cloud_recording:read:meeting_transcript:admin', risk: 'critical', grants: 'Read the transcript of any meeting of the account.' },
  { scope: 'cloud_recording:read:recording_analytics_details', risk: 'medium', grants: 'Who viewed or downloaded the user’s recordings.' },
  { scope: 'cloud_recording:read:recording_analytics_details:admin', risk: 'high', grants: 'Who viewed or downloaded any recording of the account.' },
  { scope: 'cloud_recording:delete:recording_file', risk: 'high', grants: 'Delete the user’s recording files.' },
  { scope: 'archiving:read:archived_files', risk: 'high', grants: 'Read the archived files (chat, transcripts) of the user’s meetings.' },
  { scope: 'archiving:read:archived_files:admin', risk: 'critical', grants: 'Read the archived files of any meeting of the account.' },
  { scope: 'archiving:read:list_archived_files:admin', risk: 'critical', grants: 'List every archived meeting file of the account.' },
  { scope: 'archiving:read:list_archived_files:master', risk: 'critical', grants: 'List every archived meeting file across sub-accounts.' },
  { scope: 'archiving:delete:archived_files:admin', risk: 'critical', grants: 'Delete archived meeting files of the account (compliance records).' },
  { scope: 'meeting:read:local_archiving_token:admin', risk: 'high', grants: 'Get the token that lets an app archive any meeting of the account locally.' },
  { scope: 'meeting:read:meeting:admin', risk: 'medium', grants: 'View any meeting of the account, including passcodes.' },
  { scope: 'meeting:update:meeting', risk: 'medium', grants: 'Change the user’s meetings.' },
  { scope: 'meeting:delete:meeting', risk: 'medium', grants: 'Delete the user’s meetings.' },
  { scope: 'user:read:user:admin', risk: 'medium', grants: 'View any user of the account.' },
  { scope: 'user:update:user:admin', risk: 'high', grants: 'Change any user of the account.' },
  { scope: 'user:delete:user:admin', risk: 'critical', grants: 'Delete users of the account.' },
];

export const zoomScopes: ScopeCatalog = {
  provider: 'zoom',
  name: 'Zoom',
  sources: [
    'https://developers.zoom.us/docs/internal-apps/oauth-scopes-overview/',
    'https://developers.zoom.us/docs/internal-apps/oauth-scopes/',
    'https://developers.zoom.us/docs/integrations/oauth-scopes-granular/',
  ],
  scopes: entries,
  unscoped: { why: 'Zoom apps get the scopes chosen on the app in the Zoom App Marketplace (listed on the consent screen), not in this URL', risk: 'medium' },
};
