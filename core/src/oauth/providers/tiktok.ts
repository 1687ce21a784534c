/** TikTok Login Kit scopes (`www.tiktok.com/v2/auth/authorize/`, with `client_key` instead of `client_id`). */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'user.info.basic', risk: 'low', grants: 'The user’s open id, avatar and display name.' },
  { scope: 'user.info.profile', risk: 'low', grants: 'The user’s bio, profile link and verification status.' },
  { scope: 'user.info.stats', risk: 'low', grants: 'The user’s follower, following, like and video counts.' },
  { scope: 'video.list', risk: 'medium', grants: 'The user’s public videos.' },
  { scope: 'video.upload', risk: 'medium', grants: 'Upload videos as drafts to the user’s inbox.' },
  { scope: 'video.publish', risk: 'high', grants: 'Publish videos directly to the user’s profile.', narrower: 'video.upload (drafts the user posts themselves)' },
  { scope: 'research.data.basic', risk: 'medium', grants: 'Research API: public TikTok data (approved researchers).' },
  { scope: 'research.adlib.basic', risk: 'low', grants: 'Research API: the commercial content library.' },
];

export const tiktokScopes: ScopeCatalog = {
  provider: 'tiktok',
  name: 'TikTok',
  sources: ['https://developers.tiktok.com/doc/tiktok-api-scopes', 'https://developers.tiktok.com/doc/login-kit-web'],
  scopes: entries,
};
