/**
 * Brave Search API subscription tokens: `BSA` followed by ~28 URL-safe characters, sent in the
 * `X-Subscription-Token` header (https://api-dashboard.search.brave.com/app/documentation/web-search/get-started).
 * The official MCP server reads BRAVE_API_KEY. `BSA` is too short a prefix alone, so the line must name
 * Brave or the subscription-token header.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'brave-search-api-key',
    provider: 'brave-search',
    description: 'Brave Search API key (BSA…) on a line naming Brave',
    regex: standalone('BSA[A-Za-z0-9_-]{25,45}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['brave', 'x-subscription-token'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ secret }) => /\d/.test(secret) && /[a-z]/.test(secret),
    rotateUrl: 'https://api-dashboard.search.brave.com/app/keys',
    samples: {
      match: [
        { text: '"env": { "BRAVE_API_KEY": "BSA_7g8v_cZFdRSjAn5dqwO1WdzHIOM" }', reason: 'MCP env block' },
        { text: "-H 'X-Subscription-Token: BSA_7g8v_cZFdRSjAn5dqwO1WdzHIOM'", reason: 'curl header' },
      ],
      noMatch: [
        { text: 'BRAVE_API_KEY=BSA...', reason: 'elided' },
        { text: 'BSA_7g8v_cZFdRSjAn5dqwO1WdzHIOM', reason: 'no Brave context' },
      ],
    },
  },
];
