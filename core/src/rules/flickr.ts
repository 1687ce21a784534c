/**
 * Flickr API credentials: API key (32 hex) and its secret (16 hex).
 * https://www.flickr.com/services/api/misc.api_keys.html
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://www.flickr.com/services/apps/by/me';
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'flickr-api-key',
    provider: 'flickr',
    description: 'Flickr API key / access token (32 chars) assigned to a Flickr-named variable',
    regex: assignment(['flickr'], '[a-z0-9]{32}'),
    keywords: ['flickr'],
    window: ASSIGNED_WINDOW,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'FLICKR_API_KEY=1d4d14aa605882ac89cd1997cd896416', reason: 'dotenv' }],
      noMatch: [{ text: 'FLICKR_API_KEY=00000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'flickr-api-secret',
    provider: 'flickr',
    description: 'Flickr API secret (16 hex) assigned to a Flickr-named variable',
    regex: assignment(['flickr'], '[a-f0-9]{16}'),
    keywords: ['flickr'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    validate: ({ match }) => /secret/i.test(match),
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "flickr_secret = 'bef4ba6e1a02da18'", reason: 'API secret' }],
      noMatch: [{ text: "flickr_user_id = 'bef4ba6e1a02da18'", reason: 'not a secret name' }],
    },
  },
];
