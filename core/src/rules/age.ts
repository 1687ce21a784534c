/**
 * age encryption identities: `AGE-SECRET-KEY-1` + 58 Bech32 characters (upper case).
 * https://age-encryption.org/v1 (C2SP spec: https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type)
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'age-secret-key',
    provider: 'age',
    description: 'age (X25519) secret key: decrypts every file encrypted to its recipient',
    regex: standalone('AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['age-secret-key-1'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: '# created: 2025-01-01T00:00:00Z\nAGE-SECRET-KEY-1XTTMLQMJR090PEHGN8YMVR2SKY8JG2GUDWAF5QKHQA36LQM0K5UQ7PCUKG', reason: 'keys.txt from age-keygen' }],
      noMatch: [{ text: 'AGE-SECRET-KEY-1GZBTS00HU4TFTZAVQ3YF', reason: 'too short' }],
    },
  },
];
