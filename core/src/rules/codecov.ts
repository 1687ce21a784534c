/**
 * Codecov tokens: repository upload tokens are UUIDs; API access tokens are opaque strings.
 * https://docs.codecov.com/docs/codecov-tokens and https://docs.codecov.com/reference/overview
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'codecov-access-token',
    provider: 'codecov',
    description: 'Codecov upload or API token assigned to a Codecov variable',
    regex: assignment(['codecov'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9]{32,40}'),
    keywords: ['codecov'],
    window: NEXT_LINE,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.codecov.com/docs/codecov-tokens',
    samples: {
      match: [
        { text: 'CODECOV_TOKEN=5a63a583-1c88-dc1a-7ccb-423e66674138', reason: 'upload token' },
        { text: 'codecov_api_token: "4jloyrlnmlaerb7lazrng3rw88fomkbexfn5r3nf"', reason: 'API token' },
      ],
      noMatch: [{ text: 'CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', reason: 'secret reference' }],
    },
  },
];
