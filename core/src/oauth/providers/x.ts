/**
 * X (Twitter) API v2 OAuth 2.0 scopes (authorization code with PKCE at `x.com/i/oauth2/authorize`).
 * `offline.access` asks for a refresh token. OAuth 1.0a (`api.x.com/oauth/authorize?oauth_token=`) has
 * no scopes: the app's read / write / DM permission level is set in the developer portal.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'tweet.read', risk: 'low', grants: 'Read posts, including those of protected accounts the user follows.' },
  { scope: 'tweet.write', risk: 'medium', grants: 'Post and delete posts as the user.' },
  { scope: 'tweet.moderate.write', risk: 'medium', grants: 'Hide and unhide replies to the user’s posts.' },
  { scope: 'users.read', risk: 'low', grants: 'Read profiles, including protected ones the user can see.' },
  { scope: 'users.email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'follows.read', risk: 'low', grants: 'Who the user follows and who follows them.' },
  { scope: 'follows.write', risk: 'medium', grants: 'Follow and unfollow accounts as the user.' },
  { scope: 'offline.access', risk: 'medium', grants: 'A refresh token: access continues until the user revokes it.', longLived: true },
  { scope: 'space.read', risk: 'low', grants: 'Read Spaces.' },
  { scope: 'mute.read', risk: 'low', grants: 'Accounts the user muted.' },
  { scope: 'mute.write', risk: 'low', grants: 'Mute and unmute accounts.' },
  { scope: 'like.read', risk: 'low', grants: 'Posts the user liked.' },
  { scope: 'like.write', risk: 'low', grants: 'Like and unlike posts as the user.' },
  { scope: 'list.read', risk: 'low', grants: 'Lists, including private ones the user owns.' },
  { scope: 'list.write', risk: 'low', grants: 'Create and change lists.' },
  { scope: 'block.read', risk: 'low', grants: 'Accounts the user blocked.' },
  { scope: 'block.write', risk: 'low', grants: 'Block and unblock accounts.' },
  { scope: 'bookmark.read', risk: 'low', grants: 'The user’s bookmarks.' },
  { scope: 'bookmark.write', risk: 'low', grants: 'Add and remove bookmarks.' },
  { scope: 'dm.read', risk: 'high', grants: 'Read every direct message of the user.' },
  { scope: 'dm.write', risk: 'high', grants: 'Send direct messages as the user.' },
  { scope: 'media.write', risk: 'medium', grants: 'Upload media for the user.' },
];

export const xScopes: ScopeCatalog = {
  provider: 'x',
  name: 'X (Twitter)',
  sources: ['https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code', 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token'],
  scopes: entries,
};
