/**
 * Bittrex (Global) API key and secret: both 32 lowercase hex characters, sent as Api-Key and used to
 * sign Api-Signature: https://bittrex.github.io/api/v3#topic-Authentication
 * Bittrex Global wound down in December 2023; leaked pairs still identify account owners.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'bittrex-api-credential',
    provider: 'bittrex',
    description: 'Bittrex API key or secret (32 characters) assigned to a Bittrex-named variable',
    regex: assignment(['bittrex'], '[a-z0-9]{32}'),
    keywords: ['bittrex'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'high',
    lifetime: ({ match }) =>
      /secret/i.test(match) ? { lifetime: 'long-lived', severity: 'critical', note: 'API secret' } : { lifetime: 'long-lived' },
    entropy: 3,
    rotateUrl: 'https://global.bittrex.com/Manage#sectionApi',
    reference: 'https://bittrex.github.io/api/v3#topic-Authentication',
    samples: {
      match: [
        { text: 'BITTREX_API_KEY=3c9f1a7e5b2d8046c1e9a3f7b5d2c8e0', reason: 'key' },
        { text: 'bittrex_secret = "a81f4c7e2b9d5063f8a1c4e7b2d9f5a0"', reason: 'secret' },
      ],
      noMatch: [{ text: 'bittrex_secret = "0123456789abcdef0123456789abcdef"', reason: 'sequential placeholder' }],
    },
  },
];
