/**
 * 1Password credentials.
 * Secret Key (`A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX`): https://support.1password.com/secret-key/
 * Service account tokens (`ops_` + base64url JSON): https://developer.1password.com/docs/service-accounts/security/
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const G = '[A-Z0-9]';

export const rules: Rule[] = [
  {
    id: '1password-secret-key',
    provider: '1password',
    description: '1Password account Secret Key (with the account password, unlocks every vault)',
    regex: standalone(`A3-${G}{6}-(?:${G}{11}|${G}{6}-${G}{5})-${G}{5}-${G}{5}-${G}{5}`, { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['a3-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://support.1password.com/secret-key/',
    samples: {
      match: [
        { text: 'secret key: A3-MKYM09-UP9ABU-9KAIE-KVTNE-74QYM-ZILOY', reason: 'Emergency Kit format' },
        { text: 'OP_SECRET_KEY="A3-I360DN-7UDFB34BQDJ-LLPES-F2KQC-HDYW1"', reason: 'compact grouping' },
      ],
      noMatch: [{ text: 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', reason: 'placeholder' }],
    },
  },
  {
    id: '1password-service-account-token',
    provider: '1password',
    description: '1Password service account token',
    regex: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9_+/=-]{250,4000})(?![A-Za-z0-9_+/=-])/,
    keywords: ['ops_eyj'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets/serviceaccount',
    samples: {
      match: [{ text: 'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IkNsdVZqeDNLekZXdm15MUJOMnhrTHoifSwiZW1haWwiOiI2NTdyOW9pOHlzaXdzQDFwYXNzd29yZHNlcnZpY2VhY2NvdW50cy5jb20iLCJzcnBYIjoiMGE1MjE4M2Y0NzA0ZDYyN2EyNDA0MTdmMjFiNjg2M2YyNTA0MjdhMGZhNWRmYTM5ODQyMTYxZTExZDllNjc3NCIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiMnYyeGg0S1RKMi1zYVo4ajBfNnhocHVNM0JpM25CR0ZVeUdCa3JLazdpZCIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtTjg0RFlMLTBHTTZPQi1GUFM2Vi1TMFRMTy01RkFMWS1BNE0xMyIsInRocm90dGxlU2VjcmV0Ijp7InNlZWQiOiIxNmUyYjE2Y2M3YzFhMDg3ZTYwYThjZTBhMGQ4ZWY5ZmQ1YmYxODgxOWQ4MWVhYjkzMDQzNzUwYzA4NzNjY2ZiIiwidXVpZCI6IllFNUc1SU9SMUVCVlI2MkcwS1g4MU1aNzlNIn0sImRldmljZVV1aWQiOiJqOWduZmk2bzFicTFnYzcwdm01aTU4Y29ycCJ9', reason: 'CLI env' }],
      noMatch: [{ text: 'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', reason: 'truncated in docs' }],
    },
  },
];
