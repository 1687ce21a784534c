/**
 * Zendesk API tokens (40 alphanumerics, used as `<email>/token:<api token>`).
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token
 * Tokens do not expire; they are deleted in Admin Center > Apps and integrations > Zendesk API.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'zendesk-api-token',
    provider: 'zendesk',
    description: 'Zendesk API token (40 chars) assigned to a Zendesk-named variable',
    regex: assignment(['zendesk'], '[A-Za-z0-9]{40}'),
    keywords: ['zendesk'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    samples: {
      match: [{ text: 'ZENDESK_API_TOKEN=7L2lua530DtAMq94F8epRyRTLoAtz4TFbY3pflkw', reason: 'dotenv' }],
      noMatch: [{ text: 'ZENDESK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
];
