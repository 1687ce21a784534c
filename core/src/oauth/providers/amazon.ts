/**
 * Login with Amazon (`www.amazon.com/ap/oa`, regional `{na,eu,apac}.account.amazon.com/ap/oa`): profile
 * scopes, plus the Alexa Skills Management API and Amazon Ads scopes that use the same authorization server.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'profile', risk: 'low', grants: 'The user’s name, email address and Amazon account id.' },
  { scope: 'profile:user_id', risk: 'low', grants: 'Only the user’s Amazon account id.' },
  { scope: 'postal_code', risk: 'low', grants: 'The postal code of the user’s primary address.' },
  { scope: 'alexa::ask:skills:readwrite', risk: 'high', grants: 'Create, change and delete the user’s Alexa skills.', narrower: 'alexa::ask:skills:read' },
  { scope: 'alexa::ask:skills:read', risk: 'low', grants: 'Read the user’s Alexa skills.' },
  { scope: 'alexa::ask:models:readwrite', risk: 'medium', grants: 'Change the interaction models of the user’s skills.' },
  { scope: 'alexa::ask:skills:test', risk: 'medium', grants: 'Test the user’s skills.' },
  { scope: 'advertising::campaign_management', risk: 'critical', grants: 'Create and change Amazon Ads campaigns and budgets: spends money.' },
  { scope: 'advertising::audiences', risk: 'medium', grants: 'Read and create Amazon Ads audiences.' },
];

export const amazonScopes: ScopeCatalog = {
  provider: 'amazon',
  name: 'Login with Amazon',
  sources: [
    'https://developer.amazon.com/docs/login-with-amazon/customer-profile.html',
    'https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html',
    'https://developer.amazon.com/docs/smapi/ask-cli-intro.html',
    'https://advertising.amazon.com/API/docs/en-us/guides/get-started/create-authorization-grant',
  ],
  scopes: entries,
};
