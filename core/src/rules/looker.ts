/**
 * Looker API3 credentials: client ID (20 chars) and client secret (24 chars).
 * https://cloud.google.com/looker/docs/api-auth and https://cloud.google.com/looker/docs/api-sdk#configuring_the_sdk
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'looker-client-id',
    provider: 'looker',
    description: 'Looker API client ID (identifier half of API3 credentials)',
    regex: assignment(['looker'], '[A-Za-z0-9]{20}'),
    keywords: ['looker'],
    window: NEXT_LINE,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'LOOKERSDK_CLIENT_ID=5CNVoNVR9acEISE2IHDq', reason: 'SDK env' }],
      noMatch: [{ text: 'LOOKERSDK_BASE_URL=https://acme.cloud.looker.com', reason: 'not a credential' }],
    },
  },
  {
    id: 'looker-client-secret',
    provider: 'looker',
    description: 'Looker API client secret',
    regex: assignment(['looker'], '[A-Za-z0-9]{24}'),
    keywords: ['looker'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.google.com/looker/docs/admin-panel-users-users#api_keys',
    samples: {
      match: [{ text: 'LOOKERSDK_CLIENT_SECRET=90EI7t5l8KgVC2LJUEpcgOKw', reason: 'SDK env' }],
      noMatch: [{ text: 'LOOKERSDK_VERIFY_SSL=true', reason: 'not a secret' }],
    },
  },
];
