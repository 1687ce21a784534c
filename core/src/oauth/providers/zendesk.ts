/**
 * Zendesk Support OAuth scopes (`{subdomain}.zendesk.com/oauth/authorizations/new`): `read` / `write` /
 * `impersonate`, or `resource:read|write` for one resource. Tokens do not expire unless the client
 * asked for expiring tokens.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const PER_RESOURCE = 'per-resource scopes such as tickets:read';

const entries: ScopeEntry[] = [
  { scope: 'read', risk: 'high', grants: 'Read everything the user can see: tickets, users, organisations, help center.', narrower: PER_RESOURCE },
  { scope: 'write', risk: 'high', grants: 'Create, change and delete everything the user can: tickets, users, settings.', narrower: 'read, or ' + PER_RESOURCE },
  { scope: 'impersonate', risk: 'critical', grants: 'Act as any end user of the account (admin-authorised only).' },
  { scope: 'tickets:read', risk: 'medium', grants: 'Read tickets the user can see.' },
  { scope: 'tickets:write', risk: 'medium', grants: 'Create and change tickets.' },
  { scope: 'users:read', risk: 'medium', grants: 'Read users and their contact details.' },
  { scope: 'users:write', risk: 'high', grants: 'Create, change, suspend and delete users, including their roles.' },
  { scope: 'organizations:read', risk: 'low', grants: 'Read organisations.' },
  { scope: 'organizations:write', risk: 'medium', grants: 'Change organisations.' },
  { scope: 'hc:read', risk: 'low', grants: 'Read help center content.' },
  { scope: 'hc:write', risk: 'medium', grants: 'Change help center content.' },
  { scope: 'apps:read', risk: 'low', grants: 'Read installed apps.' },
  { scope: 'apps:write', risk: 'high', grants: 'Install and change apps.' },
  { scope: 'triggers:read', risk: 'low', grants: 'Read triggers.' },
  { scope: 'triggers:write', risk: 'high', grants: 'Change triggers: can route or copy every ticket elsewhere.' },
  { scope: 'automations:read', risk: 'low', grants: 'Read automations.' },
  { scope: 'automations:write', risk: 'high', grants: 'Change automations.' },
  { scope: 'targets:read', risk: 'low', grants: 'Read targets.' },
  { scope: 'targets:write', risk: 'high', grants: 'Change targets (where ticket data is sent).' },
  { scope: 'macros:read', risk: 'low', grants: 'Read macros.' },
  { scope: 'macros:write', risk: 'medium', grants: 'Change macros.' },
  { scope: 'requests:read', risk: 'low', grants: 'Read the user’s requests.' },
  { scope: 'requests:write', risk: 'low', grants: 'Create requests.' },
  { scope: 'satisfaction_ratings:read', risk: 'low', grants: 'Read satisfaction ratings.' },
  { scope: 'satisfaction_ratings:write', risk: 'low', grants: 'Change satisfaction ratings.' },
  { scope: 'dynamic_content:read', risk: 'low', grants: 'Read dynamic content.' },
  { scope: 'dynamic_content:write', risk: 'medium', grants: 'Change dynamic content.' },
  { scope: 'webhooks:read', risk: 'low', grants: 'Read webhooks.' },
  { scope: 'webhooks:write', risk: 'high', grants: 'Create webhooks that send events elsewhere.' },
  { scope: 'zis:read', risk: 'low', grants: 'Read integration services.' },
  { scope: 'zis:write', risk: 'high', grants: 'Change integration services.' },
];

export const zendeskScopes: ScopeCatalog = {
  provider: 'zendesk',
  name: 'Zendesk',
  sources: [
    'https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/#scopes',
    'https://support.zendesk.com/hc/en-us/articles/4408845965210-Using-OAuth-authentication-with-your-application',
  ],
  scopes: entries,
};
