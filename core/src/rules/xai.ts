/**
 * xAI (Grok) API keys: `xai-` followed by 80 alphanumeric characters, created in the xAI console
 * (https://docs.x.ai/docs/overview , https://console.x.ai) and read from XAI_API_KEY.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'xai-api-key',
    provider: 'xai',
    description: 'xAI (Grok) API key (xai-…)',
    regex: standalone('xai-[A-Za-z0-9_]{80}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['xai-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://console.x.ai',
    samples: {
      match: [
        {
          text: 'XAI_API_KEY=xai-9rcN87ct74X1ZZoFo0QHTUZ9u86UBxSH9YlU1jTYDlaDO1641brwz0COAj2rZbLuKEf7T6mUbH0DN758',
          reason: 'dotenv',
        },
      ],
      noMatch: [
        { text: 'XAI_API_KEY="xai-your-key-here"', reason: 'placeholder' },
        { text: 'pip install xai-sdk', reason: 'package name' },
      ],
    },
  },
];
