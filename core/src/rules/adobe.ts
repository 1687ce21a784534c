/**
 * Adobe Developer Console credentials: client ID (32 hex, a public identifier) and client secret
 * (`p8e-` + 32 characters).
 * https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'adobe-client-secret',
    provider: 'adobe',
    description: 'Adobe OAuth client secret',
    regex: standalone('p8e-[A-Za-z0-9_-]{32}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['p8e-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://developer.adobe.com/console/projects',
    samples: {
      match: [{ text: 'ADOBE_CLIENT_SECRET=p8e-O4CaU5hk9KueCHAj3EXLRrNqAJrhpOgp', reason: 'server-to-server credential' }],
      noMatch: [{ text: 'p8e-OB2t1FUPOsH9', reason: 'too short' }],
    },
  },
  {
    id: 'adobe-client-id',
    provider: 'adobe',
    description: 'Adobe OAuth client ID (API key), a public identifier',
    regex: assignment(['adobe'], '[a-f0-9]{32}'),
    keywords: ['adobe'],
    window: NEXT_LINE,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'ADOBE_CLIENT_ID=7b251c1a5ea966969e0f753adadbcff8', reason: 'client id' }],
      noMatch: [{ text: 'ADOBE_ORG_ID=E35747F06CCDD80DDA98A678@AdobeOrg', reason: 'organization id' }],
    },
  },
];
