/**
 * LinkedIn OAuth 2.0 application credentials (client id, client secret).
 * https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow
 * Newer client secrets carry a `WPL_AP<n>.` prefix (developer portal > Auth tab).
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://www.linkedin.com/developers/apps';
const IDENTIFIERS = ['linkedin', 'linked-in', 'linked_in'];
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'linkedin-client-secret',
    provider: 'linkedin',
    description: 'LinkedIn OAuth client secret (16 chars) assigned to a LinkedIn-named variable',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{16}'),
    keywords: IDENTIFIERS,
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'LINKEDIN_CLIENT_SECRET=ehwTp0136uXT3yKW', reason: 'dotenv' }],
      noMatch: [{ text: 'LINKEDIN_CLIENT_SECRET=xxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'linkedin-client-secret-wpl',
    provider: 'linkedin',
    description: 'LinkedIn OAuth client secret in the prefixed WPL_AP format',
    regex: standalone('WPL_AP[0-9]\\.[A-Za-z0-9]{12,24}\\.[A-Za-z0-9]{4,16}={0,2}', { tokenChars: 'A-Za-z0-9_.' }),
    keywords: ['wpl_ap'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'client_secret: WPL_AP1.Vq3kD9rXw2Lm8TzB.fJ4nYc7H==', reason: 'prefixed secret' }],
      noMatch: [{ text: 'WPL_AP1.xxxxxxxxxxxxxxxx.xxxxxxxx==', reason: 'placeholder' }],
    },
  },
  {
    id: 'linkedin-client-id',
    provider: 'linkedin',
    description: 'LinkedIn OAuth client id (public identifier)',
    regex: assignment(IDENTIFIERS, '[a-z0-9]{12,14}'),
    keywords: IDENTIFIERS,
    window: ASSIGNED_WINDOW,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 2.8,
    samples: {
      match: [{ text: 'LINKEDIN_CLIENT_ID=86ck2sxm0a7q4d', reason: 'client id' }],
      noMatch: [{ text: 'LINKEDIN_CLIENT_ID=aaaaaaaaaaaaaa', reason: 'placeholder' }],
    },
  },
];
