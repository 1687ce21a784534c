/**
 * Adobe IMS scopes (`ims-na1.adobelogin.com/ims/authorize/v2`): OpenID, Creative Cloud and Lightroom
 * scopes, enabled per API on the project in Adobe Developer Console. `offline_access` asks for a
 * refresh token. Adobe Acrobat Sign uses its own OAuth server and scopes (not catalogued here).
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign in with Adobe (ID token).' },
  { scope: 'AdobeID', risk: 'low', grants: 'The user’s Adobe ID profile.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s name and account details.' },
  { scope: 'address', risk: 'low', grants: 'The user’s postal address.' },
  { scope: 'offline_access', risk: 'medium', grants: 'A refresh token: access continues while the user is away.', longLived: true },
  { scope: 'read_organizations', risk: 'low', grants: 'The organisations the user belongs to.' },
  { scope: 'additional_info.roles', risk: 'low', grants: 'The user’s roles in their organisations.' },
  { scope: 'additional_info.projectedProductContext', risk: 'low', grants: 'The user’s product entitlements.' },
  { scope: 'creative_sdk', risk: 'medium', grants: 'Creative Cloud APIs as the user.' },
  { scope: 'cc_files', risk: 'high', grants: 'Read and write the user’s Creative Cloud files.' },
  { scope: 'cc_libraries', risk: 'medium', grants: 'Read and write the user’s Creative Cloud Libraries.' },
  { scope: 'lr_partner_apis', risk: 'high', grants: 'Read and write the user’s Lightroom catalog and photos.' },
  { scope: 'lr_partner_rendition_apis', risk: 'medium', grants: 'Generate renditions of the user’s Lightroom photos.' },
];

export const adobeScopes: ScopeCatalog = {
  provider: 'adobe',
  name: 'Adobe',
  sources: [
    'https://developer.adobe.com/developer-console/docs/guides/authentication/UserAuthentication/implementation/',
    'https://developer.adobe.com/developer-console/docs/guides/authentication/UserAuthentication/IMS/',
  ],
  scopes: entries,
};
