/**
 * The standard OpenID Connect scopes, valid on any OAuth 2.0 / OIDC host. `assessScope` also falls back
 * to this catalog when a provider's own catalog does not list one of these scopes.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign the user in: an ID token with their subject identifier.' },
  { scope: 'profile', risk: 'low', grants: 'Default profile claims: name, nickname, picture, locale and similar.' },
  { scope: 'email', risk: 'low', grants: 'The email and email_verified claims.' },
  { scope: 'address', risk: 'low', grants: 'The postal address claim.' },
  { scope: 'phone', risk: 'low', grants: 'The phone_number and phone_number_verified claims.' },
  { scope: 'offline_access', risk: 'medium', grants: 'A refresh token: access continues while the user is offline, until revoked or expired.', longLived: true },
];

export const oidcScopes: ScopeCatalog = {
  provider: 'oidc',
  name: 'OpenID Connect (any provider)',
  sources: ['https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims', 'https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess'],
  scopes: entries,
};
