/**
 * Snyk API tokens (UUIDs): https://docs.snyk.io/snyk-api/authentication-for-api
 * and https://docs.snyk.io/snyk-cli/authenticate-to-use-the-cli
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'snyk-api-token',
    provider: 'snyk',
    description: 'Snyk API token assigned to a Snyk variable',
    regex: assignment(['snyk'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    keywords: ['snyk'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.snyk.io/account',
    samples: {
      match: [{ text: 'SNYK_TOKEN=166a396c-40d9-ca3b-2608-17e69220a00d', reason: 'CI variable' }],
      noMatch: [{ text: 'SNYK_TOKEN=${SNYK_TOKEN}', reason: 'environment reference' },
        { text: 'SNYK_TOKEN=398e2ebc-bbd7', reason: 'truncated UUID' }],
    },
  },
];
