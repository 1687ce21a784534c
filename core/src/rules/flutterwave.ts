/**
 * Flutterwave API keys (v3): public key `FLWPUBK[_TEST]-<32 hex>-X`, secret key `FLWSECK[_TEST]-<32 hex>-X`
 * and the 12-hex-character encryption key `FLWSECK[_TEST]<12 hex>` used to encrypt card payloads:
 * https://developer.flutterwave.com/docs/authentication and https://developer.flutterwave.com/docs/encryption
 * `_TEST` keys belong to test mode. Keys do not expire until regenerated.
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://app.flutterwave.com/dashboard/settings/apis';
const REFERENCE = 'https://developer.flutterwave.com/docs/authentication';
const TOKEN_CHARS = 'A-Za-z0-9_-';

function testMode({ secret }: RuleContext): LifetimeEvidence {
  return secret.includes('_TEST') ? { lifetime: 'long-lived', severity: 'medium', note: 'test-mode key' } : { lifetime: 'long-lived' };
}

export const rules: Rule[] = [
  {
    id: 'flutterwave-secret-key',
    provider: 'flutterwave',
    description: 'Flutterwave secret key (charges, transfers and refunds; live keys move money)',
    regex: standalone('FLWSECK(?:_TEST)?-[a-f0-9]{32}-X', { tokenChars: TOKEN_CHARS }),
    keywords: ['flwseck'],
    severity: 'critical',
    lifetime: testMode,
    entropy: 2.5,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [
        { text: 'FLW_SECRET_KEY=FLWSECK-3b8668c3cd03a6cef92ed9d2b62f3520-X', reason: 'live secret key' },
        { text: "secretKey: 'FLWSECK_TEST-76f49e32f41ae128c3a3454fd2696c89-X'", reason: 'test secret key (medium)' },
      ],
      noMatch: [{ text: 'FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', reason: 'placeholder' }],
    },
  },
  {
    id: 'flutterwave-encryption-key',
    provider: 'flutterwave',
    description: 'Flutterwave encryption key (3DES key for direct-charge payloads)',
    regex: standalone('FLWSECK(?:_TEST)?-?[a-f0-9]{12}', { tokenChars: TOKEN_CHARS }),
    keywords: ['flwseck'],
    severity: 'high',
    lifetime: testMode,
    entropy: 2.5,
    rotateUrl: ROTATE,
    reference: 'https://developer.flutterwave.com/docs/encryption',
    samples: {
      match: [
        { text: 'FLW_ENCRYPTION_KEY=FLWSECK_TEST9c50f4d13a7e', reason: 'test encryption key' },
        { text: 'encryption_key = "FLWSECK-ddc903b15097"', reason: 'dash-separated form' },
      ],
      noMatch: [{ text: 'FLWSECK-3b8668c3cd03a6cef92ed9d2b62f3520-X', reason: 'a secret key, not an encryption key' }],
    },
  },
  {
    id: 'flutterwave-public-key',
    provider: 'flutterwave',
    description: 'Flutterwave public key (used in checkout pages; identifies the merchant)',
    regex: standalone('FLWPUBK(?:_TEST)?-[a-f0-9]{32}-X', { tokenChars: TOKEN_CHARS }),
    keywords: ['flwpubk'],
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 2.5,
    reference: REFERENCE,
    samples: {
      match: [{ text: 'public_key: "FLWPUBK_TEST-313845f99f1a42dfffd7719d5005dbf0-X"', reason: 'checkout config' }],
      noMatch: [{ text: 'FLWPUBK-...-X', reason: 'elided' }],
    },
  },
];
