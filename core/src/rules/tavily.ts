/**
 * Tavily (search API for agents) API keys: `tvly-`, an optional environment tier (`dev-` / `prod-`),
 * then ~32 alphanumeric characters (https://docs.tavily.com/documentation/quickstart , keys at
 * https://app.tavily.com). Commonly found in MCP server configs (TAVILY_API_KEY).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'tavily-api-key',
    provider: 'tavily',
    description: 'Tavily API key (tvly-…)',
    regex: standalone('tvly-(?:dev-|prod-)?[A-Za-z0-9]{20,48}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['tvly-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.tavily.com',
    samples: {
      match: [
        { text: 'TAVILY_API_KEY=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', reason: 'dotenv' },
        { text: '"env": {"TAVILY_API_KEY": "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"}', reason: 'MCP env, dev tier' },
      ],
      noMatch: [{ text: 'TAVILY_API_KEY=tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
