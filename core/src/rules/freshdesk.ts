/**
 * Freshdesk API keys (20 alphanumerics, used as the basic-auth user name).
 * https://developers.freshdesk.com/api/#authentication ,
 * https://support.freshdesk.com/support/solutions/articles/215517
 * Keys do not expire; resetting the key in Profile settings revokes it.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'freshdesk-api-key',
    provider: 'freshdesk',
    description: 'Freshdesk API key (20 chars) assigned to a Freshdesk-named variable',
    regex: assignment(['freshdesk'], '[A-Za-z0-9]{20}'),
    keywords: ['freshdesk'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://support.freshdesk.com/support/solutions/articles/215517',
    samples: {
      match: [{ text: 'FRESHDESK_API_KEY=M8xqp4e4JgWMR1A1ZTh7', reason: 'dotenv' }],
      noMatch: [{ text: 'FRESHDESK_API_KEY=xxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
