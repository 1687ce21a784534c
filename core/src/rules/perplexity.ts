/**
 * Perplexity API keys: `pplx-` followed by 48 alphanumeric characters, generated in the API settings
 * (https://docs.perplexity.ai/guides/getting-started , https://www.perplexity.ai/settings/api).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'perplexity-api-key',
    provider: 'perplexity',
    description: 'Perplexity API key (pplx-…)',
    regex: standalone('pplx-[A-Za-z0-9]{48}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pplx-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.perplexity.ai/settings/api',
    samples: {
      match: [
        { text: 'PERPLEXITY_API_KEY=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', reason: 'dotenv' },
        { text: '"env": {"PERPLEXITY_API_KEY": "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"}', reason: 'MCP env' },
      ],
      noMatch: [{ text: 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
