/**
 * Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex.
 * https://learning.postman.com/docs/developer/postman-api/authentication/
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'postman-api-token',
    provider: 'postman',
    description: 'Postman API key',
    regex: standalone('PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pmak-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://go.postman.co/settings/me/api-keys',
    samples: {
      match: [{ text: 'postman collection run 123 --api-key PMAK-08fdaa867f815f7ef3e34b11-4e7cee44dce6c5f7103fcb65c4ff48dd01', reason: 'CLI' }],
      noMatch: [{ text: 'PMAK-9fa2c9aedd061f99b6a759e5', reason: 'no secret part' }],
    },
  },
];
