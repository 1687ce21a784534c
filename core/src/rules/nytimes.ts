/**
 * New York Times Developer API keys (32 chars). https://developer.nytimes.com/get-started
 * Keys give read access to public APIs under the owner's quota.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const IDENTIFIERS = ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'];

export const rules: Rule[] = [
  {
    id: 'nytimes-api-key',
    provider: 'nytimes',
    description: 'New York Times API key (32 chars) assigned to an NYTimes-named variable',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9=_-]{32}'),
    keywords: IDENTIFIERS,
    window: { before: 64, after: 320, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://developer.nytimes.com/my-apps',
    samples: {
      match: [{ text: 'NYTIMES_API_KEY=oYCsmTnZLNDz7UCn4ndlB2Ohdi34e0MF', reason: 'dotenv' }],
      noMatch: [{ text: 'NYTIMES_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
