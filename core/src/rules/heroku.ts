/**
 * Heroku API keys and OAuth authorizations. Current tokens are prefixed `HRKU-` (format change announced at
 * https://devcenter.heroku.com/changelog-items/2964); legacy keys are UUIDs:
 * https://devcenter.heroku.com/articles/authentication and https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization
 * Direct authorizations and the account API key do not expire unless an expiry is set.
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://dashboard.heroku.com/account/applications';

export const rules: Rule[] = [
  {
    id: 'heroku-api-key',
    provider: 'heroku',
    description: 'Heroku API key / OAuth token (HRKU- format)',
    regex: standalone('HRKU-AA[A-Za-z0-9_-]{58}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['hrku-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'HEROKU_API_KEY=HRKU-AAmZBAAg7mQSAuK0dZ_8MGJ7a6SqSZncukwkCXHLHS7Ah7Oo1mquaAtM7Cns', reason: 'CI secret' }],
      noMatch: [{ text: 'HRKU-AAshort', reason: 'too short' }],
    },
  },
  {
    id: 'heroku-legacy-api-key',
    provider: 'heroku',
    description: 'Heroku legacy (UUID) API key assigned to a Heroku-named variable',
    regex: assignment(['heroku'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'),
    keywords: ['heroku'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'heroku_api_key = "4b0511ea-1b3c-4738-a6f9-48c95a5706bf"', reason: 'UUID key' }],
      noMatch: [{ text: 'heroku_app_name = "my-app"', reason: 'not a key' }],
    },
  },
];
