/**
 * Squarespace Commerce / developer API keys (UUID-shaped, sent as a bearer token; they do not expire
 * until revoked): https://developers.squarespace.com/commerce-apis/authentication-and-permissions
 * No prefix, so the value must be assigned to a Squarespace-named variable.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'squarespace-api-key',
    provider: 'squarespace',
    description: 'Squarespace API key assigned to a Squarespace-named variable (orders, inventory, profiles)',
    regex: assignment(['squarespace'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    keywords: ['squarespace'],
    window: { before: 32, after: 300, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions',
    reference: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions',
    samples: {
      match: [{ text: 'SQUARESPACE_API_KEY=9d2e7c41-3b8a-4f06-a1c5-e83f7b20d9a6', reason: 'dotenv' }],
      noMatch: [{ text: 'SQUARESPACE_API_KEY=00000000-0000-0000-0000-000000000000', reason: 'placeholder' }],
    },
  },
];
