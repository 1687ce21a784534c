/** Vimeo API scopes (`api.vimeo.com/oauth/authorize`). Vimeo access tokens do not expire. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'public', risk: 'low', grants: 'Public data.' },
  { scope: 'private', risk: 'medium', grants: 'The user’s private videos and data.' },
  { scope: 'purchased', risk: 'low', grants: 'Videos the user bought.' },
  { scope: 'create', risk: 'medium', grants: 'Create albums, channels and groups.' },
  { scope: 'edit', risk: 'medium', grants: 'Change videos, albums, channels and groups.' },
  { scope: 'delete', risk: 'high', grants: 'Delete videos, albums, channels and groups.' },
  { scope: 'interact', risk: 'low', grants: 'Like, comment and follow as the user.' },
  { scope: 'upload', risk: 'medium', grants: 'Upload videos.' },
  { scope: 'promo_codes', risk: 'medium', grants: 'Manage Vimeo On Demand promo codes.' },
  { scope: 'video_files', risk: 'high', grants: 'Download the original files of the user’s videos, including private ones.' },
  { scope: 'stats', risk: 'low', grants: 'Read video statistics.' },
  { scope: 'email', risk: 'low', grants: 'The user’s email address.' },
];

export const vimeoScopes: ScopeCatalog = {
  provider: 'vimeo',
  name: 'Vimeo',
  sources: ['https://developer.vimeo.com/api/authentication#understanding-the-auth-process', 'https://developer.vimeo.com/api/authentication#table-of-supported-scopes'],
  scopes: entries,
  longLivedByDefault: 'Vimeo access tokens do not expire until revoked',
};
