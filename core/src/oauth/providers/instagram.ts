/**
 * Instagram API with Instagram Login (`instagram.com/oauth/authorize`): `instagram_business_*` scopes for
 * professional accounts. The retired Basic Display API's `user_profile` / `user_media` stay catalogued
 * for old links.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'instagram_business_basic', risk: 'low', grants: 'The professional account’s profile and media.' },
  { scope: 'instagram_business_content_publish', risk: 'high', grants: 'Publish posts, reels and stories to the account.' },
  { scope: 'instagram_business_manage_comments', risk: 'medium', grants: 'Read, reply to, hide and delete comments.' },
  { scope: 'instagram_business_manage_messages', risk: 'high', grants: 'Read and send the account’s direct messages.' },
  { scope: 'instagram_business_manage_insights', risk: 'medium', grants: 'Read the account’s insights.' },
  { scope: 'user_profile', risk: 'low', grants: 'Basic Display (retired): the user’s profile.' },
  { scope: 'user_media', risk: 'medium', grants: 'Basic Display (retired): the user’s photos and videos.' },
];

export const instagramScopes: ScopeCatalog = {
  provider: 'instagram',
  name: 'Instagram',
  sources: [
    'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login',
    'https://developers.facebook.com/docs/permissions',
  ],
  scopes: entries,
};
