/**
 * Pulumi Cloud access tokens (`pul-` + 40 hex; personal, team or organization tokens, optional expiry):
 * https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'pulumi-access-token',
    provider: 'pulumi',
    description: 'Pulumi Cloud access token',
    regex: standalone('pul-[a-f0-9]{40}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pul-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.pulumi.com/account/tokens',
    samples: {
      match: [{ text: 'PULUMI_ACCESS_TOKEN=pul-482923fbdf3c03c4c1fc040a7a95b2eba2407c4c', reason: 'CI secret' }],
      noMatch: [{ text: '<img src="./assets/vipul-d63cf06644768f5c52e5d8d91d94ffcc8d1aa4a4.png">', reason: 'inside a file name' }],
    },
  },
];
