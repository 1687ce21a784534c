/**
 * Okta: OpenID Connect scopes and the `okta.*` scopes of the Okta Management API, which only the org
 * authorization server mints. A `.manage` scope can change identity data or policy org-wide, always
 * capped by the admin role of the user (or service app) the token is for.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'openid', risk: 'low', grants: 'Identifies the request as OpenID Connect sign-in.' },
  { scope: 'profile', risk: 'low', grants: 'The user’s default profile claims.' },
  { scope: 'email', risk: 'low', grants: 'The email and email_verified claims.' },
  { scope: 'address', risk: 'low', grants: 'The address claim.' },
  { scope: 'phone', risk: 'low', grants: 'The phone_number claims.' },
  { scope: 'groups', risk: 'low', grants: 'The groups claim: the user’s group memberships.' },
  { scope: 'offline_access', risk: 'medium', grants: 'A refresh token: new access tokens without the user re-authenticating.', longLived: true },
  { scope: 'device_sso', risk: 'medium', grants: 'A device secret that mints new tokens for other apps on the device (Native SSO).', longLived: true },
  { scope: 'okta.users.manage', risk: 'critical', grants: 'Create, change, deactivate and delete users, and reset their credentials.', narrower: 'okta.users.read' },
  { scope: 'okta.users.read', risk: 'medium', grants: 'Read every user profile and credential metadata in the org.' },
  { scope: 'okta.users.read.self', risk: 'low', grants: 'Read the signed-in user’s own profile.' },
  { scope: 'okta.users.manage.self', risk: 'low', grants: 'Change the signed-in user’s own profile.' },
  { scope: 'okta.groups.manage', risk: 'high', grants: 'Create, change and delete groups and their memberships, which drive app and admin access.', narrower: 'okta.groups.read' },
  { scope: 'okta.groups.read', risk: 'low', grants: 'Read groups and their members.' },
  { scope: 'okta.apps.manage', risk: 'critical', grants: 'Create and change app integrations, their sign-on settings and assignments.', narrower: 'okta.apps.read' },
  { scope: 'okta.apps.read', risk: 'medium', grants: 'Read app integrations and their settings.' },
  { scope: 'okta.roles.manage', risk: 'critical', grants: 'Assign and change administrator roles: can grant super-admin.', narrower: 'okta.roles.read' },
  { scope: 'okta.roles.read', risk: 'low', grants: 'Read administrator role assignments.' },
  { scope: 'okta.policies.manage', risk: 'critical', grants: 'Change sign-on, password and MFA policies.', narrower: 'okta.policies.read' },
  { scope: 'okta.policies.read', risk: 'medium', grants: 'Read sign-on, password and MFA policies.' },
  { scope: 'okta.authorizationServers.manage', risk: 'critical', grants: 'Change authorization servers: token claims, scopes, signing keys and access policies.', narrower: 'okta.authorizationServers.read' },
  { scope: 'okta.authorizationServers.read', risk: 'low', grants: 'Read authorization server configuration.' },
  { scope: 'okta.clients.manage', risk: 'critical', grants: 'Manage OAuth clients, including their credentials.', narrower: 'okta.clients.read' },
  { scope: 'okta.clients.register', risk: 'high', grants: 'Register new OAuth clients in the org.' },
  { scope: 'okta.clients.read', risk: 'low', grants: 'Read OAuth clients.' },
  { scope: 'okta.apiTokens.manage', risk: 'critical', grants: 'Manage API tokens, which carry their creator’s admin rights.', narrower: 'okta.apiTokens.read' },
  { scope: 'okta.apiTokens.read', risk: 'low', grants: 'Read API token metadata.' },
  { scope: 'okta.idps.manage', risk: 'critical', grants: 'Add and change identity providers: can let another IdP sign users in.', narrower: 'okta.idps.read' },
  { scope: 'okta.idps.read', risk: 'low', grants: 'Read identity provider configuration.' },
  { scope: 'okta.factors.manage', risk: 'critical', grants: 'Enrol and reset users’ MFA factors.', narrower: 'okta.factors.read' },
  { scope: 'okta.factors.read', risk: 'low', grants: 'Read users’ MFA factors.' },
  { scope: 'okta.sessions.manage', risk: 'high', grants: 'Create, refresh and revoke user sessions.' },
  { scope: 'okta.orgs.manage', risk: 'critical', grants: 'Change org-wide settings and contacts.' },
  { scope: 'okta.eventHooks.manage', risk: 'high', grants: 'Register event hooks that stream org events to any URL.' },
  { scope: 'okta.inlineHooks.manage', risk: 'critical', grants: 'Register inline hooks that can change tokens and registration flows.' },
  { scope: 'okta.trustedOrigins.manage', risk: 'high', grants: 'Add trusted origins for CORS and redirects.' },
  { scope: 'okta.networkZones.manage', risk: 'high', grants: 'Change network zones that sign-on policies rely on.' },
  { scope: 'okta.domains.manage', risk: 'high', grants: 'Change custom domains and their certificates.' },
  { scope: 'okta.schemas.manage', risk: 'high', grants: 'Change user and group profile schemas.' },
  { scope: 'okta.logs.read', risk: 'medium', grants: 'Read the System Log.' },
  { scope: 'okta.universalLogout.manage', risk: 'medium', grants: 'Sign a user out and revoke all their tokens and sessions.' },
];

export const oktaScopes: ScopeCatalog = {
  provider: 'okta',
  name: 'Okta',
  sources: ['https://developer.okta.com/docs/api/oauth2/', 'https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/'],
  scopes: entries,
};
