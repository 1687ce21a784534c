/**
 * Pipedrive app scopes. They are chosen on the app in Developer Hub (Marketplace Manager), not in the
 * authorize URL (`oauth.pipedrive.com/oauth/authorize?client_id=…&redirect_uri=…`); the consent screen
 * lists them. `:full` includes read, write and delete.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'base', risk: 'low', grants: 'The user’s and company’s basic settings (always granted).' },
  { scope: 'deals:read', risk: 'medium', grants: 'Read deals and their notes, files and activities.' },
  { scope: 'deals:full', risk: 'high', grants: 'Create, change and delete deals.', narrower: 'deals:read' },
  { scope: 'contacts:read', risk: 'medium', grants: 'Read people and organisations (customers’ contact details).' },
  { scope: 'contacts:full', risk: 'high', grants: 'Create, change and delete people and organisations.', narrower: 'contacts:read' },
  { scope: 'activities:read', risk: 'low', grants: 'Read activities.' },
  { scope: 'activities:full', risk: 'medium', grants: 'Create, change and delete activities.' },
  { scope: 'leads:read', risk: 'medium', grants: 'Read leads.' },
  { scope: 'leads:full', risk: 'high', grants: 'Create, change and delete leads.' },
  { scope: 'products:read', risk: 'low', grants: 'Read products.' },
  { scope: 'products:full', risk: 'medium', grants: 'Create, change and delete products.' },
  { scope: 'projects:read', risk: 'low', grants: 'Read projects.' },
  { scope: 'projects:full', risk: 'medium', grants: 'Create, change and delete projects.' },
  { scope: 'mail:read', risk: 'high', grants: 'Read the user’s synced email.' },
  { scope: 'mail:full', risk: 'high', grants: 'Read, change and delete the user’s synced email.' },
  { scope: 'goals:read', risk: 'low', grants: 'Read goals.' },
  { scope: 'goals:full', risk: 'medium', grants: 'Change goals.' },
  { scope: 'recents:read', risk: 'medium', grants: 'Read recent changes across the account.' },
  { scope: 'search:read', risk: 'medium', grants: 'Search across deals, people, organisations and files.' },
  { scope: 'users:read', risk: 'low', grants: 'Read the company’s users.' },
  { scope: 'webhooks:read', risk: 'low', grants: 'Read webhooks.' },
  { scope: 'webhooks:full', risk: 'high', grants: 'Create webhooks that send every change elsewhere.' },
  { scope: 'phone-integration', risk: 'medium', grants: 'Log calls.' },
  { scope: 'admin', risk: 'critical', grants: 'Administer the company account: users, permissions, pipelines, settings.' },
];

export const pipedriveScopes: ScopeCatalog = {
  provider: 'pipedrive',
  name: 'Pipedrive',
  sources: ['https://pipedrive.readme.io/docs/marketplace-scopes-and-permissions-explanations', 'https://pipedrive.readme.io/docs/marketplace-oauth-authorization'],
  scopes: entries,
  unscoped: { why: 'Pipedrive apps get the scopes chosen in Developer Hub (listed on the consent screen), not in this URL', risk: 'medium' },
};
