/** Spotify Web API scopes (`accounts.spotify.com/authorize`). A request without scope reads public data only. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'user-read-email', risk: 'low', grants: 'The user’s email address.' },
  { scope: 'user-read-private', risk: 'low', grants: 'The user’s subscription level, country and explicit-content settings.' },
  { scope: 'user-read-playback-state', risk: 'low', grants: 'What is playing and on which device.' },
  { scope: 'user-modify-playback-state', risk: 'low', grants: 'Control playback on the user’s devices.' },
  { scope: 'user-read-currently-playing', risk: 'low', grants: 'The track playing now.' },
  { scope: 'user-read-recently-played', risk: 'low', grants: 'Recently played tracks.' },
  { scope: 'user-read-playback-position', risk: 'low', grants: 'Playback position in episodes.' },
  { scope: 'user-top-read', risk: 'low', grants: 'The user’s top artists and tracks.' },
  { scope: 'user-library-read', risk: 'low', grants: 'The user’s saved tracks and albums.' },
  { scope: 'user-library-modify', risk: 'low', grants: 'Save and remove tracks and albums.' },
  { scope: 'user-follow-read', risk: 'low', grants: 'Artists and users the user follows.' },
  { scope: 'user-follow-modify', risk: 'low', grants: 'Follow and unfollow artists and users.' },
  { scope: 'playlist-read-private', risk: 'low', grants: 'The user’s private playlists.' },
  { scope: 'playlist-read-collaborative', risk: 'low', grants: 'Collaborative playlists.' },
  { scope: 'playlist-modify-private', risk: 'medium', grants: 'Create and change private playlists.' },
  { scope: 'playlist-modify-public', risk: 'medium', grants: 'Create and change public playlists.' },
  { scope: 'ugc-image-upload', risk: 'low', grants: 'Upload playlist cover images.' },
  { scope: 'app-remote-control', risk: 'low', grants: 'Control the Spotify app on iOS and Android.' },
  { scope: 'streaming', risk: 'low', grants: 'Play content in the Web Playback SDK (Premium).' },
];

export const spotifyScopes: ScopeCatalog = {
  provider: 'spotify',
  name: 'Spotify',
  sources: ['https://developer.spotify.com/documentation/web-api/concepts/scopes', 'https://developer.spotify.com/documentation/web-api/tutorials/code-pkce-flow'],
  scopes: entries,
};
