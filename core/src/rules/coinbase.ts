/**
 * Coinbase OAuth tokens (64-character access and refresh tokens; access tokens expire after hours,
 * refresh tokens are single-use but long-lived): https://docs.cdp.coinbase.com/coinbase-app/oauth2-integration/access-and-refresh-tokens
 * Coinbase tokens carry no prefix, so the value must be assigned to a Coinbase-named variable.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'coinbase-access-token',
    provider: 'coinbase',
    description: 'Coinbase OAuth access or refresh token assigned to a Coinbase-named variable (can trade and send funds within its scopes)',
    regex: assignment(['coinbase'], '[A-Za-z0-9_-]{64}'),
    keywords: ['coinbase'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'high',
    lifetime: ({ match }) =>
      /refresh/i.test(match) ? { lifetime: 'long-lived', note: 'refresh token' } : { lifetime: 'unknown' },
    entropy: 3.2,
    rotateUrl: 'https://www.coinbase.com/settings/api',
    reference: 'https://docs.cdp.coinbase.com/coinbase-app/oauth2-integration/access-and-refresh-tokens',
    samples: {
      match: [
        { text: 'COINBASE_ACCESS_TOKEN=4466a23792170d194129e58b0b859de045ac53760755be0251d1a0972e28e86e', reason: 'hex token' },
        { text: 'coinbase_refresh_token: "928e2bc1a24d0a6dd9d26614a73cde8d64f94a192b1ae6eb30489ef5ffaa0c16"', reason: 'refresh token' },
      ],
      noMatch: [{ text: 'COINBASE_ACCESS_TOKEN=0000000000000000000000000000000000000000000000000000000000000000', reason: 'placeholder' }],
    },
  },
];
