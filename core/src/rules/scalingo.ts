/**
 * Scalingo API tokens (`tk-us-` + 48 chars, no expiry): https://doc.scalingo.com/platform/cli/api-tokens
 * and https://developers.scalingo.com/index#authentication
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'scalingo-api-token',
    provider: 'scalingo',
    description: 'Scalingo API token',
    regex: standalone('tk-us-[A-Za-z0-9_-]{48}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['tk-us-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://dashboard.scalingo.com/account/tokens',
    samples: {
      match: [{ text: 'SCALINGO_API_TOKEN=tk-us-shjIjh3lPj8c3VmlIMupNTRaPjvEX8qabLFrCMzreh_dezuu', reason: 'CI secret' }],
      noMatch: [{ text: 'tk-us-short', reason: 'too short' }],
    },
  },
];
