/**
 * Airtable credentials.
 * Personal access tokens: `pat<14 chars>.<64 hex>` (id . secret):
 * https://airtable.com/developers/web/guides/personal-access-tokens
 * Legacy API keys `key<14 chars>` (deprecated Feb 2024): https://support.airtable.com/docs/airtable-api-key-deprecation-notice
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://airtable.com/create/tokens';

export const rules: Rule[] = [
  {
    id: 'airtable-personal-access-token',
    provider: 'airtable',
    description: 'Airtable personal access token (pat….<64 hex>)',
    regex: standalone('pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', { tokenChars: 'A-Za-z0-9_.' }),
    keywords: ['pat'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'AIRTABLE_TOKEN=pat3mKh6U3wkxV1vZ.0837bbf1b3ba3178b6e0e30f328549c488e00a4ff1125cf5ec72ba694165beae', reason: 'PAT' }],
      noMatch: [{ text: 'path.0837bbf1b3ba3178b6e0e30f328549c488e00a4ff1125cf5ec72ba694165beae', reason: 'not a token id' }],
    },
  },
  {
    id: 'airtable-api-key',
    provider: 'airtable',
    description: 'Airtable legacy API key (key + 14 chars) assigned to an Airtable-named variable',
    regex: assignment(['airtable'], '[A-Za-z0-9]{17}'),
    keywords: ['airtable'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://airtable.com/account',
    samples: {
      match: [{ text: "Airtable.configure({ apiKey: 'keySM9nDthTiB64fN' }); // airtable: keySM9nDthTiB64fN", reason: 'inline comment' }, { text: 'AIRTABLE_API_KEY=keySM9nDthTiB64fN', reason: 'dotenv' }],
      noMatch: [{ text: 'AIRTABLE_BASE_ID=appXXXXXXXXXXXXXX', reason: 'placeholder' }],
    },
  },
];
