/** Sign in with Apple (`appleid.apple.com/auth/authorize`): two scopes, both identity; `response_mode=form_post` when any is asked. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'name', risk: 'low', grants: 'The user’s name, sent once on first sign-in.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address, or an Apple private relay address they choose.' },
  { scope: 'openid', risk: 'low', grants: 'Sign in with Apple (ID token).' },
];

export const appleScopes: ScopeCatalog = {
  provider: 'apple',
  name: 'Sign in with Apple',
  sources: [
    'https://developer.apple.com/documentation/sign_in_with_apple/request_an_authorization_to_the_sign_in_with_apple_server',
    'https://developer.apple.com/documentation/sign_in_with_apple/sign_in_with_apple_js/incorporating_sign_in_with_apple_into_other_platforms',
  ],
  scopes: entries,
};
