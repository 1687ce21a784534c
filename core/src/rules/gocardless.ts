/**
 * GoCardless API access tokens: `live_` (production) or `sandbox_` followed by 40 characters; they do
 * not expire until revoked: https://developer.gocardless.com/getting-started/api/making-your-first-request
 * and https://developer.gocardless.com/api-reference#making-requests-authentication
 * The `live_` prefix is shared with other providers, so the rule looks only at lines naming GoCardless.
 */
import type { Rule } from '../engine/types.js';

const ROTATE = 'https://manage.gocardless.com/developers/access-tokens';
/** The body may hold `=`; a token must not be preceded by a token character nor followed by a body character. */
const token = (body: string) => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${body})(?![A-Za-z0-9_=-])`);

export const rules: Rule[] = [
  {
    id: 'gocardless-live-access-token',
    provider: 'gocardless',
    description: 'GoCardless live access token (collects Direct Debit payments)',
    regex: token('live_[A-Za-z0-9_=-]{40}'),
    keywords: ['gocardless'],
    window: { before: 200, after: 300, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    reference: 'https://developer.gocardless.com/api-reference#making-requests-authentication',
    samples: {
      match: [{ text: 'GOCARDLESS_ACCESS_TOKEN=live_9iTHEwj1svekXKs7wTFuzWWBvLlvyHVtXjqEQlO9', reason: 'dotenv' }],
      noMatch: [
        { text: 'ACCESS_TOKEN=live_9iTHEwj1svekXKs7wTFuzWWBvLlvyHVtXjqEQlO9', reason: 'no GoCardless context' },
        { text: 'GOCARDLESS_ACCESS_TOKEN=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'gocardless-sandbox-access-token',
    provider: 'gocardless',
    description: 'GoCardless sandbox access token (test environment only)',
    regex: token('sandbox_[A-Za-z0-9_=-]{40}'),
    keywords: ['gocardless'],
    window: { before: 200, after: 300, crossLines: true },
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: 'https://manage-sandbox.gocardless.com/developers/access-tokens',
    reference: 'https://developer.gocardless.com/getting-started/api/making-your-first-request',
    samples: {
      match: [{ text: "gocardless_token: 'sandbox_gX5e7zGk8slghjw0YnLO1burbmI1pbbnb9Wd8aSb'", reason: 'sandbox token' }],
      noMatch: [{ text: "gocardless_token: 'sandbox_token'", reason: 'not a token' }],
    },
  },
];
