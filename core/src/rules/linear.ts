/**
 * Linear credentials: personal API keys `lin_api_` + 40 alphanumerics, OAuth access tokens
 * `lin_oauth_` + 64 hex, OAuth application client secrets (32 hex).
 * https://linear.app/developers/graphql#personal-api-keys and https://linear.app/developers/oauth-2-0-authentication
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'linear-api-key',
    provider: 'linear',
    description: 'Linear personal API key',
    regex: standalone('lin_api_[A-Za-z0-9]{40}'),
    keywords: ['lin_api_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://linear.app/settings/account/security',
    samples: {
      match: [{ text: 'LINEAR_API_KEY=lin_api_8GBr9WGv33PnBVxtmoqE6YDdOzYjniBJ8q5F7Ktx', reason: 'dotenv' }],
      noMatch: [{ text: 'lin_api_rV7aUg4rJqTMnCUwW54y', reason: 'too short' }],
    },
  },
  {
    id: 'linear-oauth-token',
    provider: 'linear',
    description: 'Linear OAuth access token',
    regex: standalone('lin_oauth_[a-f0-9]{64}'),
    keywords: ['lin_oauth_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'Authorization: Bearer lin_oauth_10901151c10614c73ecd428ff6c9b22ec1e2af04c5cf629b9134e02f275010ed', reason: 'bearer header' }],
      noMatch: [{ text: 'lin_oauth_219e3621882481695640bd0a43c86f9b', reason: 'too short' }],
    },
  },
  {
    id: 'linear-client-secret',
    provider: 'linear',
    description: 'Linear OAuth client secret assigned to a Linear variable',
    regex: assignment(['linear'], '[a-f0-9]{32}'),
    keywords: ['linear'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'LINEAR_CLIENT_SECRET=193c926ccdb5e06b6809bf7ed8292ca4', reason: 'OAuth app secret' }],
      noMatch: [{ text: 'linear_layer = nn.Linear(512, 256)', reason: 'machine-learning code' }],
    },
  },
];
