/**
 * Salesforce connected-app / external-client-app OAuth scopes. `refresh_token` and `offline_access` are
 * synonyms: both let the app act while the user is offline, for as long as the refresh token policy allows.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'full', risk: 'critical', grants: 'All data the user can access and every other scope except refresh tokens.', narrower: 'api, plus only the service scopes actually used' },
  { scope: 'api', risk: 'high', grants: 'The user’s data through all REST, SOAP and Bulk APIs (includes chatter_api).' },
  { scope: 'web', risk: 'high', grants: 'Use the access token on the web: browser sessions, including Visualforce pages.', narrower: 'api only, if the app never opens Salesforce in a browser' },
  { scope: 'refresh_token', risk: 'medium', grants: 'A refresh token: the app keeps access while the user is offline.', longLived: true },
  { scope: 'offline_access', risk: 'medium', grants: 'Same as refresh_token: a refresh token for offline access.', longLived: true },
  { scope: 'id', risk: 'low', grants: 'The identity URL service: profile, email, address and phone of the user.' },
  { scope: 'openid', risk: 'low', grants: 'OpenID Connect sign-in (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The user’s basic profile.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'address', risk: 'low', grants: 'The user’s address.' },
  { scope: 'phone', risk: 'low', grants: 'The user’s phone number.' },
  { scope: 'custom_permissions', risk: 'low', grants: 'The custom permissions assigned to the user, for the connected app.' },
  { scope: 'chatter_api', risk: 'medium', grants: 'Connect REST API resources (Chatter feeds, files, groups) as the user.' },
  { scope: 'visualforce', risk: 'medium', grants: 'Customer-created Visualforce pages as the user.' },
  { scope: 'lightning', risk: 'medium', grants: 'Lightning applications as the user.' },
  { scope: 'content', risk: 'medium', grants: 'Content resources such as files and images as the user.' },
  { scope: 'wave_api', risk: 'medium', grants: 'CRM Analytics (Tableau CRM) REST API data as the user.' },
  { scope: 'eclair_api', risk: 'medium', grants: 'Analytics REST API charts (Eclair) as the user.' },
  { scope: 'pardot_api', risk: 'high', grants: 'All Marketing Cloud Account Engagement (Pardot) services the user can access.' },
  { scope: 'interaction_api', risk: 'medium', grants: 'Run Flows (Interaction API) as the user.' },
  { scope: 'chatbot_api', risk: 'medium', grants: 'Einstein Bots API as the user.' },
  { scope: 'einstein_gpt_api', risk: 'medium', grants: 'Einstein generative AI APIs as the user.' },
  { scope: 'cdp_api', risk: 'high', grants: 'Data Cloud (Customer Data Platform) APIs.' },
  { scope: 'cdp_query_api', risk: 'high', grants: 'ANSI SQL queries over all Data Cloud data the user can access.' },
  { scope: 'cdp_profile_api', risk: 'high', grants: 'Manage Data Cloud profile records.' },
  { scope: 'cdp_ingest_api', risk: 'medium', grants: 'Upload data through the Data Cloud Ingestion API.' },
  { scope: 'cdp_segment_api', risk: 'medium', grants: 'Manage Data Cloud segments.' },
  { scope: 'cdp_identityresolution_api', risk: 'medium', grants: 'Run Data Cloud identity resolution.' },
  { scope: 'cdp_calculated_insight_api', risk: 'medium', grants: 'Query Data Cloud calculated insights.' },
];

export const salesforceScopes: ScopeCatalog = {
  provider: 'salesforce',
  name: 'Salesforce',
  sources: [
    'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm',
    'https://developer.salesforce.com/docs/platform/mobile-sdk/guide/oauth-scope-parameter-values.html',
    'https://login.salesforce.com/.well-known/openid-configuration',
  ],
  scopes: entries,
};
