/**
 * DocuSign eSignature OAuth scopes (`account.docusign.com/oauth/auth`, demo `account-d.docusign.com`).
 * Consent to `impersonation` lets the app use the JWT grant to act as the user later without them.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'signature', risk: 'high', grants: 'The eSignature API as the user: read, send, void and download envelopes and documents.' },
  { scope: 'extended', risk: 'medium', grants: 'Refresh tokens that renew their own lifetime: access without a new sign-in.', longLived: true },
  { scope: 'impersonation', risk: 'critical', grants: 'Consent for the JWT grant: the app can get tokens as the user at any time, without them present.', narrower: 'the authorization code grant without impersonation' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with DocuSign (ID token).' },
  { scope: 'cors', risk: 'low', grants: 'Call the API from a browser app.' },
  { scope: 'click.manage', risk: 'medium', grants: 'Create and change clickwrap agreements.' },
  { scope: 'click.send', risk: 'medium', grants: 'Send clickwrap agreements.' },
  { scope: 'organization_read', risk: 'medium', grants: 'Read the organisation (Admin API).' },
  { scope: 'group_read', risk: 'low', grants: 'Read groups (Admin API).' },
  { scope: 'permission_read', risk: 'low', grants: 'Read permission profiles (Admin API).' },
  { scope: 'user_read', risk: 'medium', grants: 'Read the organisation’s users (Admin API).' },
  { scope: 'user_write', risk: 'critical', grants: 'Add, change and close the organisation’s users (Admin API).' },
  { scope: 'account_read', risk: 'low', grants: 'Read accounts (Admin API).' },
  { scope: 'domain_read', risk: 'low', grants: 'Read claimed domains (Admin API).' },
  { scope: 'identity_provider_read', risk: 'medium', grants: 'Read identity provider (SSO) settings (Admin API).' },
  { scope: 'user_data_redact', risk: 'critical', grants: 'Redact users’ personal data (Admin API).' },
];

export const docusignScopes: ScopeCatalog = {
  provider: 'docusign',
  name: 'DocuSign',
  sources: [
    'https://developers.docusign.com/platform/auth/reference/scopes/',
    'https://developers.docusign.com/platform/auth/authcode/authcode-get-token/',
  ],
  scopes: entries,
};
