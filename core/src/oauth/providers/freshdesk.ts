/**
 * Freshdesk (Freshworks). The Freshdesk REST API authenticates with an API key; OAuth apps are authorised
 * through the Freshworks identity platform (FreshID) on the organisation's host
 * (`{org}.myfreshworks.com/org/oauth/v2/authorize`), whose consent form lists the scopes the request
 * sends. Freshworks does not publish a scope list we could reach, so only the OpenID scopes are catalogued
 * here and every other scope falls back to the heuristic; the endpoint path is the FreshID one apps use,
 * not confirmed in a public reference.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign in with the Freshworks organisation (ID token).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name.' },
];

export const freshdeskScopes: ScopeCatalog = {
  provider: 'freshdesk',
  name: 'Freshdesk (Freshworks)',
  sources: [
    'https://developers.freshdesk.com/api/#authentication',
    'https://developers.freshworks.com/docs/app-sdk/v3.0/service_ticket/oauth-implementation-in-apps/oauth-app-installation',
  ],
  scopes: entries,
};
