/**
 * E2B (code-execution sandboxes for agents) API keys: `e2b_` followed by 40 lowercase hex characters,
 * read from E2B_API_KEY (https://e2b.dev/docs/api-key , keys at https://e2b.dev/dashboard?tab=keys).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'e2b-api-key',
    provider: 'e2b',
    description: 'E2B API key (e2b_…)',
    regex: standalone('e2b_[a-f0-9]{40}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['e2b_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://e2b.dev/dashboard?tab=keys',
    samples: {
      match: [{ text: 'E2B_API_KEY=e2b_fa50b54c628ba78fbdf72e51cc2d65dbed815c8d', reason: 'dotenv' }],
      noMatch: [
        { text: 'from e2b_code_interpreter import Sandbox', reason: 'module name' },
        { text: 'E2B_API_KEY=e2b_...', reason: 'elided' },
      ],
    },
  },
];
