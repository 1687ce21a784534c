/**
 * Atlassian Cloud (Jira, Jira Service Management, Confluence) OAuth 2.0 (3LO) scopes: the classic scopes
 * Atlassian recommends, common granular scopes (`<action>:<entity>:<product>`), and the user-identity
 * scopes. Scopes never exceed the authorising user's own Jira/Confluence permissions.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'offline_access', risk: 'medium', grants: 'A rotating refresh token: the app keeps access while the user is away.', longLived: true },
  { scope: 'read:me', risk: 'low', grants: 'The authorising user’s own profile.' },
  { scope: 'read:account', risk: 'low', grants: 'Profile information of Atlassian accounts.' },
  { scope: 'report:personal-data', risk: 'low', grants: 'Report which user accounts the app stores personal data for (GDPR reporting).' },
  // Jira platform, classic.
  { scope: 'read:jira-user', risk: 'low', grants: 'View user information in Jira, including email addresses and avatars.' },
  { scope: 'read:jira-work', risk: 'medium', grants: 'Read every Jira project, issue, comment, attachment and worklog the user can see.', narrower: 'granular read:issue:jira on the entities actually used' },
  { scope: 'write:jira-work', risk: 'high', grants: 'Create, edit and delete issues, comments, attachments and worklogs.', narrower: 'granular write:issue:jira / write:comment:jira' },
  { scope: 'manage:jira-project', risk: 'high', grants: 'Create and change projects, components, versions and project settings.' },
  { scope: 'manage:jira-configuration', risk: 'critical', grants: 'Jira administration: global settings, workflows, permission schemes, custom fields.' },
  { scope: 'manage:jira-webhook', risk: 'high', grants: 'Register webhooks that stream Jira events to the app.' },
  { scope: 'manage:jira-data-provider', risk: 'medium', grants: 'Send development, build and deployment data into Jira.' },
  // Jira granular (examples users meet most).
  { scope: 'read:issue:jira', risk: 'medium', grants: 'Read issues the user can see.' },
  { scope: 'write:issue:jira', risk: 'medium', grants: 'Create and edit issues.' },
  { scope: 'delete:issue:jira', risk: 'high', grants: 'Delete issues.' },
  { scope: 'write:comment:jira', risk: 'medium', grants: 'Add and edit issue comments.' },
  // Jira Service Management, classic.
  { scope: 'read:servicedesk-request', risk: 'medium', grants: 'Read service desk requests, which often hold customer data.' },
  { scope: 'write:servicedesk-request', risk: 'medium', grants: 'Create and change service desk requests.' },
  { scope: 'manage:servicedesk-customer', risk: 'high', grants: 'Create and manage service desk customers and organisations.' },
  // Confluence, classic.
  { scope: 'read:confluence-content.all', risk: 'medium', grants: 'Read the full content of every page, blog post and comment the user can see.', narrower: 'read:confluence-content.summary or granular read:page:confluence' },
  { scope: 'read:confluence-content.summary', risk: 'low', grants: 'Read content summaries (titles, metadata) without bodies.' },
  { scope: 'read:confluence-space.summary', risk: 'low', grants: 'Read a summary of space information.' },
  { scope: 'read:confluence-props', risk: 'low', grants: 'Read content properties.' },
  { scope: 'read:confluence-content.permission', risk: 'low', grants: 'Read content permissions.' },
  { scope: 'read:confluence-user', risk: 'low', grants: 'Read user information, including email addresses.' },
  { scope: 'read:confluence-groups', risk: 'low', grants: 'Read user groups.' },
  { scope: 'readonly:content.attachment:confluence', risk: 'medium', grants: 'View and download content attachments.' },
  { scope: 'search:confluence', risk: 'medium', grants: 'Search all content the user can see.' },
  { scope: 'write:confluence-content', risk: 'high', grants: 'Create pages, blog posts, comments and questions.' },
  { scope: 'write:confluence-space', risk: 'high', grants: 'Create, update and delete spaces.' },
  { scope: 'write:confluence-file', risk: 'medium', grants: 'Upload attachments.' },
  { scope: 'write:confluence-props', risk: 'low', grants: 'Write content properties.' },
  { scope: 'write:confluence-groups', risk: 'high', grants: 'Create, remove and change user groups, which carry permissions.' },
  { scope: 'manage:confluence-configuration', risk: 'critical', grants: 'Confluence administration: global settings and configuration.' },
  // Confluence granular (examples users meet most).
  { scope: 'read:page:confluence', risk: 'medium', grants: 'Read pages the user can see.' },
  { scope: 'write:page:confluence', risk: 'medium', grants: 'Create and edit pages.' },
  { scope: 'delete:page:confluence', risk: 'high', grants: 'Delete pages.' },
];

export const atlassianScopes: ScopeCatalog = {
  provider: 'atlassian',
  name: 'Atlassian (Jira, Confluence)',
  sources: [
    'https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/',
    'https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/',
    'https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-connect-and-oauth-2-3LO-apps',
    'https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/',
  ],
  scopes: entries,
};
