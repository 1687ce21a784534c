/**
 * Fastly API tokens (32 characters, optional expiry): https://docs.fastly.com/en/guides/using-api-tokens
 * and https://www.fastly.com/documentation/reference/api/auth-tokens/
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'fastly-api-token',
    provider: 'fastly',
    description: 'Fastly API token assigned to a Fastly-named variable',
    regex: assignment(['fastly'], '[A-Za-z0-9_=-]{32}'),
    keywords: ['fastly'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://manage.fastly.com/account/personal/tokens',
    samples: {
      match: [{ text: 'FASTLY_API_TOKEN=0g4FY8DUALX-dTxTVpcH5m9447esL8I4', reason: 'CLI env var' }],
      noMatch: [{ text: 'FASTLY_SERVICE_ID=suQ9YdXVJ6w395y0wmXBBo', reason: 'service id is shorter' }],
    },
  },
];
