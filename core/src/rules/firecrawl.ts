/**
 * Firecrawl (web scraping for LLMs) API keys: `fc-` followed by 32 lowercase hex characters
 * (https://docs.firecrawl.dev/introduction , keys at https://www.firecrawl.dev/app/api-keys).
 * Commonly found in MCP server configs (FIRECRAWL_API_KEY).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'firecrawl-api-key',
    provider: 'firecrawl',
    description: 'Firecrawl API key (fc-…)',
    regex: standalone('fc-[a-f0-9]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['fc-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.firecrawl.dev/app/api-keys',
    samples: {
      match: [{ text: '"FIRECRAWL_API_KEY": "fc-1c348540f912d7d3719df2a3d25692ff"', reason: 'MCP env' }],
      noMatch: [
        { text: '.fc-event-title { color: red }', reason: 'FullCalendar CSS class' },
        { text: 'FIRECRAWL_API_KEY=fc-YOUR_API_KEY', reason: 'placeholder' },
      ],
    },
  },
];
