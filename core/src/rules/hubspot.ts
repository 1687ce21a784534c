/**
 * HubSpot credentials.
 * Private app access tokens: `pat-<region>-<uuid>` (e.g. pat-na1-…, pat-eu1-…):
 * https://developers.hubspot.com/docs/api/private-apps
 * Legacy API keys (hapikey, a UUID; sunset Nov 2022 but still found in code):
 * https://developers.hubspot.com/changelog/upcoming-api-key-sunset
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const UUID = '[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}';

export const rules: Rule[] = [
  {
    id: 'hubspot-private-app-token',
    provider: 'hubspot',
    description: 'HubSpot private app / personal access token (pat-<region>-<uuid>)',
    regex: standalone(`pat-[a-z]{2}[0-9]-${UUID}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.hubspot.com/private-apps/',
    samples: {
      match: [{ text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-c509cb3a-cac2-3db7-c6e9-b7d180a47426', reason: 'private app token' }],
      noMatch: [{ text: 'pat-na1-00000000-0000-0000-0000-000000000000', reason: 'placeholder' }],
    },
  },
  {
    id: 'hubspot-api-key',
    provider: 'hubspot',
    description: 'HubSpot legacy API key (UUID) assigned to a HubSpot-named variable or a hapikey parameter',
    regex: assignment(['hubspot', 'hapikey'], UUID),
    keywords: ['hubspot', 'hapikey'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.hubspot.com/l/api-key/',
    samples: {
      match: [
        { text: 'HUBSPOT_API_KEY=84ee75bb-6cc6-9f67-e48e-b7c64328c049', reason: 'dotenv' },
        { text: 'https://api.hubapi.com/contacts/v1/lists/all?hapikey=84ee75bb-6cc6-9f67-e48e-b7c64328c049', reason: 'query parameter' },
      ],
      noMatch: [{ text: 'const hubspotKey = "12345678-ABCD-ABCD-ABCD-1234567890AB"', reason: 'documentation placeholder' }],
    },
  },
];
