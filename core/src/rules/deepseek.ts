/**
 * DeepSeek API keys: `sk-` followed by 32 lowercase hex characters, created at
 * https://platform.deepseek.com/api_keys (https://api-docs.deepseek.com/). The shape alone is too
 * generic (`sk-` is shared by many OpenAI-compatible services), so the line must name DeepSeek.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'deepseek-api-key',
    provider: 'deepseek',
    description: 'DeepSeek API key (sk- + 32 hex) on a line naming DeepSeek',
    regex: standalone('sk-[a-f0-9]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['deepseek'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://platform.deepseek.com/api_keys',
    samples: {
      match: [
        { text: 'DEEPSEEK_API_KEY=sk-d98ce836f3aab9eb5ea902af8bf96c5c', reason: 'dotenv' },
        { text: 'client = OpenAI(api_key="sk-d98ce836f3aab9eb5ea902af8bf96c5c", base_url="https://api.deepseek.com")', reason: 'OpenAI SDK pointed at DeepSeek' },
      ],
      noMatch: [
        { text: 'KEY=sk-d98ce836f3aab9eb5ea902af8bf96c5c', reason: 'no DeepSeek context' },
        { text: 'DEEPSEEK_API_KEY=sk-00000000000000000000000000000000', reason: 'placeholder' },
      ],
    },
  },
];
