/**
 * KuCoin API credentials: API key (24 hex characters), API secret (a UUID) and a user-chosen passphrase:
 * https://www.kucoin.com/docs-new/authentication and https://www.kucoin.com/support/360015102174
 * Keys do not expire (unless unused or restricted by IP rules).
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://www.kucoin.com/account/api';

export const rules: Rule[] = [
  {
    id: 'kucoin-api-secret',
    provider: 'kucoin',
    description: 'KuCoin API secret (signs trading and withdrawal requests) assigned to a KuCoin-named variable',
    regex: assignment(['kucoin'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    keywords: ['kucoin'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://www.kucoin.com/docs-new/authentication',
    samples: {
      match: [{ text: 'KUCOIN_API_SECRET=5e8c1a3f-9b2d-4c7e-a0f6-3d9b1e7c4a28', reason: 'dotenv' }],
      noMatch: [{ text: 'KUCOIN_API_SECRET=00000000-0000-0000-0000-000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'kucoin-api-key',
    provider: 'kucoin',
    description: 'KuCoin API key (24 hex characters; needs the secret and passphrase to sign)',
    regex: assignment(['kucoin'], '[a-f0-9]{24}'),
    keywords: ['kucoin'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 2.8,
    rotateUrl: ROTATE,
    reference: 'https://www.kucoin.com/docs-new/authentication',
    samples: {
      match: [{ text: 'kucoin_api_key: "62f1a9c4e7b3d805c2a6e9f1"', reason: 'yaml' }],
      noMatch: [{ text: 'kucoin_api_key: "aaaaaaaaaaaaaaaaaaaaaaaa"', reason: 'placeholder' }],
    },
  },
];
