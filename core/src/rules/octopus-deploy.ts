/**
 * Octopus Deploy API keys (`API-` + 26 upper-case alphanumerics; optional expiry):
 * https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'octopus-deploy-api-key',
    provider: 'octopus-deploy',
    description: 'Octopus Deploy API key',
    regex: standalone('API-[A-Z0-9]{26}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['api-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    validate: ({ secret }) => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
    rotateUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
    samples: {
      match: [{ text: 'octo deploy-release --apiKey "API-TWIBRD9G9IWHYQXIMT3LUK45AF"', reason: 'CLI argument' }],
      noMatch: [
        { text: 'msgstr "GSSAPI-VIRHEKAPSELOINTIMERKKIJONO."', reason: 'translation string' },
        { text: 'https://fog-ringer-f42.notion.site/API-E50C21EBAA3F317767E95229DAB04816', reason: 'page id' },
      ],
    },
  },
];
