/** LinkedIn OAuth 2.0 scopes (Sign In with LinkedIn using OpenID Connect, Share, Community Management, Marketing). */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Sign In with LinkedIn (ID token).' },
  { scope: 'profile', risk: 'low', grants: 'The member’s name, headline and photo.' },
  { scope: 'email', risk: 'low', grants: 'The member’s primary email address.' },
  { scope: 'r_liteprofile', risk: 'low', grants: 'Legacy: the member’s name and photo.' },
  { scope: 'r_emailaddress', risk: 'low', grants: 'Legacy: the member’s primary email address.' },
  { scope: 'r_basicprofile', risk: 'low', grants: 'The member’s basic profile.' },
  { scope: 'w_member_social', risk: 'medium', grants: 'Post, comment and react as the member.', narrower: 'Sign In scopes only, if the app just signs people in' },
  { scope: 'r_member_social', risk: 'high', grants: 'Read the member’s posts, comments and reactions (restricted).' },
  { scope: 'r_organization_social', risk: 'medium', grants: 'Read posts and engagement of organisations the member administers.' },
  { scope: 'w_organization_social', risk: 'high', grants: 'Post, comment and react as organisations the member administers.' },
  { scope: 'rw_organization_admin', risk: 'high', grants: 'Manage pages of organisations the member administers and read their reporting.', narrower: 'r_organization_admin' },
  { scope: 'r_organization_admin', risk: 'medium', grants: 'Read organisation pages and their reporting.' },
  { scope: 'r_ads', risk: 'medium', grants: 'Read the member’s ad accounts.' },
  { scope: 'rw_ads', risk: 'critical', grants: 'Create and change campaigns in the member’s ad accounts: spends money.', narrower: 'r_ads' },
  { scope: 'r_ads_reporting', risk: 'medium', grants: 'Read ad reporting.' },
  { scope: 'r_1st_connections_size', risk: 'low', grants: 'The number of the member’s connections.' },
];

export const linkedinScopes: ScopeCatalog = {
  provider: 'linkedin',
  name: 'LinkedIn',
  sources: [
    'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow',
    'https://learn.microsoft.com/en-us/linkedin/shared/authentication/getting-access',
    'https://learn.microsoft.com/en-us/linkedin/marketing/integrations/community-management/overview',
  ],
  scopes: entries,
};
