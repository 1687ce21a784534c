/**
 * Lob API keys: secret keys `live_` / `test_` + hex, publishable keys `live_pub_` / `test_pub_` + hex:
 * https://docs.lob.com/#tag/Authentication and https://help.lob.com/developer-docs/api-keys
 * The `live_` / `test_` prefixes are shared with other providers, so these rules only look at lines
 * that mention Lob.
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://dashboard.lob.com/settings/api-keys';

export const rules: Rule[] = [
  {
    id: 'lob-secret-api-key',
    provider: 'lob',
    description: 'Lob secret API key (sends mail and checks billed to the account)',
    regex: standalone('(?:live|test)_[a-f0-9]{35}'),
    keywords: ['lob'],
    window: { before: 200, after: 300, crossLines: true },
    severity: 'high',
    lifetime: ({ secret }) =>
      secret.startsWith('test_') ? { lifetime: 'long-lived', severity: 'medium', note: 'test key' } : { lifetime: 'long-lived' },
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://docs.lob.com/#tag/Authentication',
    samples: {
      match: [
        { text: 'LOB_API_KEY=live_28ecde3801ebc41e4ee9880bdad660340c5', reason: 'live key' },
        { text: 'const lob = Lob("test_8f3a0c2b9d6e1f47a5c8b2e9d0f3a6c1b4e");', reason: 'test key (medium)' },
      ],
      noMatch: [{ text: 'RUN_ID=live_28ecde3801ebc41e4ee9880bdad660340c5', reason: 'no Lob context' }],
    },
  },
  {
    id: 'lob-publishable-api-key',
    provider: 'lob',
    description: 'Lob publishable API key (client-side address verification)',
    regex: standalone('(?:live|test)_pub_[a-f0-9]{31}'),
    keywords: ['lob'],
    window: { before: 200, after: 300, crossLines: true },
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://help.lob.com/developer-docs/api-keys',
    samples: {
      match: [{ text: "lobPublishableKey: 'live_pub_7f127ff0a68a5e48552bac9c50f4d13'", reason: 'browser config' }],
      noMatch: [{ text: "lobPublishableKey: 'live_pub_'", reason: 'empty' }],
    },
  },
];
