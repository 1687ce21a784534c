/** Yahoo OAuth 2.0 scopes (`api.login.yahoo.com/oauth2/request_auth`), registered on the app and sent in `scope`. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign in with Yahoo (ID token).' },
  { scope: 'openid2', risk: 'low', grants: 'Sign in with Yahoo (OpenID 2.0 migration).' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name and picture.' },
  { scope: 'mail-r', risk: 'high', grants: 'Read the user’s Yahoo Mail.' },
  { scope: 'mail-w', risk: 'high', grants: 'Read, send and change the user’s Yahoo Mail.', narrower: 'mail-r' },
  { scope: 'sdps-r', risk: 'low', grants: 'Read the user’s public profile.' },
  { scope: 'sdps-w', risk: 'low', grants: 'Change the user’s public profile.' },
  { scope: 'sdpp-w', risk: 'medium', grants: 'Read and change the user’s public and private profile.' },
  { scope: 'sdrl-w', risk: 'medium', grants: 'Read and change the user’s relationships (connections).' },
  { scope: 'sdct-r', risk: 'medium', grants: 'Read the user’s contacts.' },
  { scope: 'sdct-w', risk: 'medium', grants: 'Read and change the user’s contacts.' },
  { scope: 'fspt-r', risk: 'low', grants: 'Read Fantasy Sports data.' },
  { scope: 'fspt-w', risk: 'low', grants: 'Read and change Fantasy Sports data.' },
  { scope: 'yfin-r', risk: 'low', grants: 'Read Yahoo Finance portfolios.' },
  { scope: 'yfin-w', risk: 'medium', grants: 'Read and change Yahoo Finance portfolios.' },
  { scope: 'admg-w', risk: 'high', grants: 'Read and change the user’s Yahoo ad campaigns.' },
  { scope: 'gpub-r', risk: 'low', grants: 'Read publisher ad reports.' },
];

export const yahooScopes: ScopeCatalog = {
  provider: 'yahoo',
  name: 'Yahoo',
  sources: ['https://developer.yahoo.com/oauth2/guide/yahoo_scopes/', 'https://developer.yahoo.com/oauth2/guide/flows_authcode/'],
  scopes: entries,
};
