/**
 * OpenRouter API keys: `sk-or-v1-` followed by 64 lowercase hex characters
 * (https://openrouter.ai/docs/api-reference/authentication , keys at https://openrouter.ai/settings/keys).
 * Provisioning keys (which create and delete other keys) share the format.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'openrouter-api-key',
    provider: 'openrouter',
    description: 'OpenRouter API key (sk-or-v1-…)',
    regex: standalone('sk-or-v1-[a-f0-9]{64}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sk-or-v1-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://openrouter.ai/settings/keys',
    samples: {
      match: [
        { text: 'OPENROUTER_API_KEY=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', reason: 'dotenv' },
      ],
      noMatch: [{ text: 'OPENROUTER_API_KEY=sk-or-v1-...', reason: 'elided' }],
    },
  },
];
