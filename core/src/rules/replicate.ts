/**
 * Replicate API tokens: "40-character strings that always start with `r8_`"
 * (https://replicate.com/docs/topics/security/api-tokens), read from REPLICATE_API_TOKEN.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'replicate-api-token',
    provider: 'replicate',
    description: 'Replicate API token (r8_…)',
    regex: standalone('r8_[A-Za-z0-9]{37}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['r8_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://replicate.com/account/api-tokens',
    samples: {
      match: [{ text: 'REPLICATE_API_TOKEN=r8_UAv9EZwaUKn4sVTdUDTvdFGSkSkN9ZMYlKbzr', reason: 'dotenv' }],
      noMatch: [
        { text: 'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: 'r8_UAv9EZwaUKn4sVTdUDTvdFGSkSkN9ZMYlKbzrQQ', reason: 'too long' },
      ],
    },
  },
];
