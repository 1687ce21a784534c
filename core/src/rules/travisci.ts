/**
 * Travis CI API tokens (22 characters), shown by `travis token` / in account settings.
 * https://docs.travis-ci.com/user/triggering-builds/ and https://developer.travis-ci.com/authentication
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'travisci-access-token',
    provider: 'travisci',
    description: 'Travis CI API token assigned to a Travis variable',
    regex: assignment(['travis'], '[A-Za-z0-9_-]{22}'),
    keywords: ['travis'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.travis-ci.com/account/preferences',
    samples: {
      match: [{ text: 'TRAVIS_API_TOKEN=o2ODkzl7n5UgaPWhEDI0le', reason: 'dotenv' }],
      noMatch: [{ text: 'TRAVIS_BRANCH=feature-login-form-v2', reason: 'low-entropy name' }],
    },
  },
];
