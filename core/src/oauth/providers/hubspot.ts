/**
 * HubSpot app scopes. Every installed app's access applies to the whole HubSpot account (portal) it is
 * installed in, not only to the installing user's records.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'oauth', risk: 'low', grants: 'Basic scope every app requires: token and account introspection only.' },
  { scope: 'crm.objects.contacts.read', risk: 'medium', grants: 'Read every contact in the account (personal data).' },
  { scope: 'crm.objects.contacts.write', risk: 'high', grants: 'Create, change and delete every contact in the account.', narrower: 'crm.objects.contacts.read' },
  { scope: 'crm.objects.companies.read', risk: 'medium', grants: 'Read every company record.' },
  { scope: 'crm.objects.companies.write', risk: 'medium', grants: 'Create, change and delete company records.' },
  { scope: 'crm.objects.deals.read', risk: 'medium', grants: 'Read every deal, including amounts and pipeline.' },
  { scope: 'crm.objects.deals.write', risk: 'medium', grants: 'Create, change and delete deals.' },
  { scope: 'crm.objects.quotes.write', risk: 'medium', grants: 'Create, change and delete quotes.' },
  { scope: 'crm.objects.custom.write', risk: 'medium', grants: 'Create, change and delete custom object records.' },
  { scope: 'crm.objects.owners.read', risk: 'low', grants: 'Read record owners (users) of the account.' },
  { scope: 'crm.objects.users.write', risk: 'high', grants: 'Change user records of the account.' },
  { scope: 'crm.schemas.contacts.write', risk: 'medium', grants: 'Change contact property definitions.' },
  { scope: 'crm.schemas.custom.write', risk: 'medium', grants: 'Create and change custom object schemas.' },
  { scope: 'crm.lists.read', risk: 'low', grants: 'Read contact lists.' },
  { scope: 'crm.lists.write', risk: 'medium', grants: 'Create and change contact lists.' },
  { scope: 'crm.export', risk: 'high', grants: 'Export CRM records in bulk.', narrower: 'the crm.objects.*.read scopes for the objects needed' },
  { scope: 'crm.import', risk: 'high', grants: 'Import CRM records in bulk, creating or overwriting data.' },
  { scope: 'tickets', risk: 'medium', grants: 'Read and write support tickets.' },
  { scope: 'e-commerce', risk: 'medium', grants: 'Read and write products and line items.' },
  { scope: 'forms', risk: 'medium', grants: 'Read and write forms and their submissions.' },
  { scope: 'files', risk: 'medium', grants: 'Read, upload and delete files in the file manager.' },
  { scope: 'content', risk: 'high', grants: 'Manage website pages, blogs, landing pages and templates: can publish content.' },
  { scope: 'automation', risk: 'high', grants: 'Create and change workflows, which act on every record.' },
  { scope: 'timeline', risk: 'low', grants: 'Add timeline events to CRM records.' },
  { scope: 'sales-email-read', risk: 'high', grants: 'Read the content of one-to-one emails sent to contacts.' },
  { scope: 'conversations.read', risk: 'high', grants: 'Read inbox threads and messages.' },
  { scope: 'conversations.write', risk: 'medium', grants: 'Send and change inbox messages.' },
  { scope: 'settings.users.read', risk: 'low', grants: 'Read the account’s users and their permissions.' },
  { scope: 'settings.users.write', risk: 'critical', grants: 'Add, remove and change permissions of the account’s users.', narrower: 'settings.users.read' },
  { scope: 'settings.users.teams.write', risk: 'high', grants: 'Change teams and user team assignments.' },
  { scope: 'account-info.security.read', risk: 'medium', grants: 'Read the account’s security activity and audit logs.' },
];

export const hubspotScopes: ScopeCatalog = {
  provider: 'hubspot',
  name: 'HubSpot',
  sources: [
    'https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes',
    'https://developers.hubspot.com/docs/api/working-with-oauth',
  ],
  scopes: entries,
};
