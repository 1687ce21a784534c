/**
 * Mailchimp Marketing API OAuth (`login.mailchimp.com/oauth2/authorize`) has no scopes: the token can do
 * everything the user can in the account, and it does not expire. The one entry below names that grant
 * for scope lists in code and consent pages; a request without scope is rated by `unscoped`.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'full_account', risk: 'high', grants: 'Everything the user can do in the Mailchimp account: audiences, contacts, campaigns, sending.', narrower: 'a user with a restricted role (Viewer, Author) authorising the app' },
];

export const mailchimpScopes: ScopeCatalog = {
  provider: 'mailchimp',
  name: 'Mailchimp',
  sources: ['https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/'],
  scopes: entries,
  unscoped: { why: 'Mailchimp has no OAuth scopes: the token can do everything the user can in the account (audiences, contacts, sending)', risk: 'high' },
  longLivedByDefault: 'Mailchimp access tokens do not expire',
};
