/**
 * Groq API keys: `gsk_` followed by 52 alphanumeric characters, created at https://console.groq.com/keys
 * and read from GROQ_API_KEY (https://console.groq.com/docs/quickstart).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'groq-api-key',
    provider: 'groq',
    description: 'Groq API key (gsk_…)',
    regex: standalone('gsk_[A-Za-z0-9]{52}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['gsk_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://console.groq.com/keys',
    samples: {
      match: [
        { text: 'GROQ_API_KEY=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', reason: 'dotenv' },
        { text: 'client = Groq(api_key="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")', reason: 'SDK call' },
      ],
      noMatch: [
        { text: 'gsk_abc123', reason: 'too short' },
        { text: 'wordgsk_uXhy7CWzDEFRsdqIsIzPU4x6qEJWWUBhwFGn8UX1BPr8ySYbcq2c', reason: 'glued to a word' },
        { text: 'gsk_uXhy7CWzDEFRsdqIsIzPU4x6qEJWWUBhwFGn8UX1BPr8ySYbcq2cWXYZ', reason: 'too long' },
      ],
    },
  },
];
