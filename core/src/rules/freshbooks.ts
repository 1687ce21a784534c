/**
 * FreshBooks OAuth 2.0 credentials: access tokens expire after 12 hours, refresh tokens last until used
 * or revoked; client secrets are long-lived: https://www.freshbooks.com/api/authentication
 * The values carry no prefix, so they must be assigned to a FreshBooks-named variable.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'freshbooks-token',
    provider: 'freshbooks',
    description: 'FreshBooks OAuth access/refresh token or client secret (64 characters) assigned to a FreshBooks-named variable',
    regex: assignment(['freshbooks'], '[a-z0-9]{64}'),
    keywords: ['freshbooks'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'high',
    lifetime: ({ match }) => {
      if (/refresh|secret/i.test(match)) return { lifetime: 'long-lived' };
      if (/access/i.test(match)) return { lifetime: 'short-lived', note: 'access tokens expire after 12 hours' };
      return { lifetime: 'unknown' };
    },
    entropy: 3,
    rotateUrl: 'https://my.freshbooks.com/#/developer',
    reference: 'https://www.freshbooks.com/api/authentication',
    samples: {
      match: [
        { text: 'FRESHBOOKS_CLIENT_SECRET=b9ca20995cdf778acb44f91bfda36b6e524ced920b1d581e17a836ad3aa43a96', reason: 'client secret' },
      ],
      noMatch: [{ text: 'FRESHBOOKS_ACCOUNT_ID=k2x9q', reason: 'not a token' }],
    },
  },
];
