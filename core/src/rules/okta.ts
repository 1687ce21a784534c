/**
 * Okta API tokens (SSWS): `00` + 40 URL-safe characters; they act with the creating admin's privileges.
 * https://developer.okta.com/docs/guides/create-an-api-token/main/
 * The variable name must spell Okta as a word (`okta`, `Okta`, `OKTA`): `rookTable` is not Okta.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

function oktaAssignment(secret: string): RegExp {
  const source = assignment(['okta'], secret).source;
  return new RegExp(source.replace('(?:[oO][kK][tT][aA])', '(?:okta|Okta|OKTA)'));
}

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'okta-access-token',
    provider: 'okta',
    description: 'Okta API token',
    regex: oktaAssignment('00[A-Za-z0-9_=-]{40}'),
    keywords: ['okta'],
    window: NEXT_LINE,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
    samples: {
      match: [{ text: 'OKTA_API_TOKEN=00NjQbALHdGSONGYU-cUXqMvQFqb6meKJvoI_IJnwF', reason: 'dotenv' }],
      noMatch: [
        { text: 'rookTable = 00gqRmzpQTvRFItejArzkD6xvF0LcCf7GUQidZluqi', reason: 'not an Okta variable' },
        { text: 'oktaKey = 00000000000000000000000000000000000TUVWXYZ', reason: 'placeholder' },
      ],
    },
  },
];
