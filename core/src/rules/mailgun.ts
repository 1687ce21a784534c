/**
 * Mailgun keys. Private API keys: legacy `key-<32 hex>`, current `<32 hex>-<8 hex>-<8 hex>`; public
 * validation keys `pubkey-<32 hex>`; webhook signing keys share the current API key shape.
 * https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#api-keys
 * https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://app.mailgun.com/settings/api_security';
const CHARS = 'A-Za-z0-9_-';

export const rules: Rule[] = [
  {
    id: 'mailgun-private-api-key',
    provider: 'mailgun',
    description: 'Mailgun legacy private API key (key-<32 hex>)',
    regex: standalone('key-[a-f0-9]{32}', { tokenChars: CHARS }),
    keywords: ['key-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "auth=('api', 'key-fd2b49c12a4b0062983475eb46c5296f')", reason: 'requests basic auth' }],
      noMatch: [
        { text: 'api-key-fd2b49c12a4b0062983475eb46c5296f', reason: 'part of a longer name' },
        { text: 'key-00000000000000000000000000000000', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'mailgun-public-key',
    provider: 'mailgun',
    description: 'Mailgun public validation key (pubkey-<32 hex>; meant for client-side email validation)',
    regex: standalone('pubkey-[a-f0-9]{32}', { tokenChars: CHARS }),
    keywords: ['pubkey-'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'MAILGUN_PUBLIC_KEY=pubkey-62e338d74ff1fe4f7f505aef9ebdd25b', reason: 'dotenv' }],
      noMatch: [{ text: 'pubkey-62e338d74ff1fe4f', reason: 'truncated' }],
    },
  },
  {
    id: 'mailgun-api-key',
    provider: 'mailgun',
    description: 'Mailgun private API key or webhook signing key (<32 hex>-<8 hex>-<8 hex>) assigned to a Mailgun-named variable',
    regex: assignment(['mailgun'], '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}'),
    keywords: ['mailgun'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'MAILGUN_API_KEY="001a3ff416d4a3baf69dad8199bfca8b-6f3a6a94-21cc1c93"', reason: 'current API key' },
        { text: 'mailgun_signing_key: 9c41e7d0b3a85f26e1d47c90ab3f5e82-0a1b2c3d-4e5f6a7b', reason: 'signing key' },
      ],
      noMatch: [{ text: 'MAILGUN_DOMAIN="001a3ff416d4a3baf69dad8199bfca8b"', reason: 'wrong shape' }],
    },
  },
];
