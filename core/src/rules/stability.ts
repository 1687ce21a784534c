/**
 * Stability AI (DreamStudio / Stability Platform) API keys: `sk-` followed by 48 alphanumeric
 * characters, sent as a bearer token (https://platform.stability.ai/docs/getting-started/authentication ,
 * keys at https://platform.stability.ai/account/keys). The `sk-` shape is shared with other providers, so
 * the line must name Stability.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'stability-api-key',
    provider: 'stability',
    description: 'Stability AI API key (sk- + 48 alphanumerics) on a line naming Stability',
    regex: standalone('sk-[A-Za-z0-9]{48}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['stability', 'dreamstudio'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    // An OpenAI legacy key has the same length; its marker identifies it.
    validate: ({ secret }) => !secret.includes('T3BlbkFJ'),
    rotateUrl: 'https://platform.stability.ai/account/keys',
    samples: {
      match: [{ text: 'STABILITY_API_KEY=sk-iZ6wg7lzJtSA4JXJOYArTddOvgBAQDJBpi13uf2rgBq2IRPP', reason: 'dotenv' }],
      noMatch: [
        { text: 'sk-iZ6wg7lzJtSA4JXJOYArTddOvgBAQDJBpi13uf2rgBq2IRPP', reason: 'no Stability context' },
        { text: 'STABILITY_API_KEY=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', reason: 'an OpenAI key' },
      ],
    },
  },
];
