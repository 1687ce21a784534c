/**
 * Dropbox OAuth tokens.
 * Short-lived access tokens start with `sl.` and expire after ~4 hours; long-lived tokens (no longer
 * issued, still valid) and offline refresh tokens are 64 chars with ten `A`s after the 11th character.
 * https://developers.dropbox.com/oauth-guide ,
 * https://dropbox.tech/developers/migrating-app-permissions-and-access-tokens
 * App key / app secret (15 chars each): https://www.dropbox.com/developers/apps
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://www.dropbox.com/account/connected_apps';
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'dropbox-short-lived-token',
    provider: 'dropbox',
    description: 'Dropbox short-lived access token (sl.…, ~4 h)',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500})(?![A-Za-z0-9_-])/,
    keywords: ['sl.'],
    severity: 'high',
    lifetime: 'short-lived',
    entropy: 4,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'DROPBOX_ACCESS_TOKEN=sl.BbXlwDPyniUMyiNlCKqZKTZ7qJwdUS0d7FZTmxLoICfZfu3zMtWfNwD-G3SaoKfgFoeOASl1YCJlS24R5gA2q_yfHwuEHFhvTS0lzNrr_9EEa4rSMrsEQp2vt7ZAoLbU_AfhJMzo',
          reason: 'short-lived token',
        },
      ],
      noMatch: [{ text: 'openssl.cnf', reason: 'ordinary word' }],
    },
  },
  {
    id: 'dropbox-long-lived-token',
    provider: 'dropbox',
    description: 'Dropbox long-lived (legacy) access token or offline refresh token assigned to a Dropbox-named variable',
    regex: assignment(['dropbox'], '[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}'),
    keywords: ['dropbox'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'DROPBOX_TOKEN="N5ouP47ULvjAAAAAAAAAAfb7_kQHn_3_yPbTlKGFkrddYsLVxvnNPWxTODVrVGEh"', reason: 'legacy token' }],
      noMatch: [{ text: 'DROPBOX_TOKEN="N5ouP47ULvjAAAAAAAAAAfb7_kQHn"', reason: 'truncated' }],
    },
  },
  {
    id: 'dropbox-app-credential',
    provider: 'dropbox',
    description: 'Dropbox app key or app secret (15 chars) assigned to a Dropbox-named variable',
    regex: assignment(['dropbox'], '[a-z0-9]{15}'),
    keywords: ['dropbox'],
    window: ASSIGNED_WINDOW,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.dropbox.com/developers/apps',
    samples: {
      match: [{ text: 'DROPBOX_APP_SECRET=cgzdn515ktfjoki', reason: 'app secret' }],
      noMatch: [{ text: 'DROPBOX_APP_SECRET=aaaaaaaaaaaaaaa', reason: 'placeholder' }],
    },
  },
];
