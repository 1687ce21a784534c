/**
 * Voyage AI (embeddings, now part of MongoDB) API keys: `pa-` followed by 43 URL-safe characters,
 * created in the dashboard and read from VOYAGE_API_KEY (https://docs.voyageai.com/docs/api-key-and-installation).
 * `pa-` alone is too short a prefix, so the line must name Voyage.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'voyage-api-key',
    provider: 'voyage',
    description: 'Voyage AI API key (pa-…) on a line naming Voyage',
    regex: standalone('pa-[A-Za-z0-9_-]{43}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['voyage'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://dashboard.voyageai.com/organization/api-keys',
    samples: {
      match: [
        { text: 'VOYAGE_API_KEY=pa-6Hc3j6kQzjs5j5Mxdv7akXCvtf1n3mLv949j2pXPUw2', reason: 'dotenv' },
        { text: 'vo = voyageai.Client(api_key="pa-6Hc3j6kQzjs5j5Mxdv7akXCvtf1n3mLv949j2pXPUw2")', reason: 'SDK call' },
      ],
      noMatch: [{ text: 'pa-6Hc3j6kQzjs5j5Mxdv7akXCvtf1n3mLv949j2pXPUw2', reason: 'no Voyage context' }],
    },
  },
];
