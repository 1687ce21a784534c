/**
 * Square credentials. Token kinds and prefixes: https://developer.squareup.com/docs/build-basics/access-tokens
 * (personal access tokens and OAuth access tokens start with `EAAA`; OAuth access tokens are 64 bytes
 * and expire after 30 days: https://developer.squareup.com/reference/square/objects/ObtainTokenResponse ;
 * legacy tokens start with `sq0atp-`; application secrets with `sq0csp-`).
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://developer.squareup.com/apps';
/**
 * `EAAA` also occurs inside base64 blobs: a neighbouring `+` or `/` (or trailing `=` padding) means we
 * are in the middle of a larger encoded value, not looking at a token.
 */
const EAAA_TOKEN = /(?<![A-Za-z0-9_+\/-])(?<secret>EAAA[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_+\/=-])/;

export const rules: Rule[] = [
  {
    id: 'square-access-token',
    provider: 'square',
    description: 'Square access token (personal access tokens never expire; OAuth tokens last 30 days) with payments access',
    regex: EAAA_TOKEN,
    keywords: ['EAAA'],
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: ROTATE,
    reference: 'https://developer.squareup.com/docs/build-basics/access-tokens',
    samples: {
      match: [
        { text: 'SQUARE_ACCESS_TOKEN=EAAABU9DNSFqAHviRSuTOUUTGarMxiRLCmQJF78mlWotQxWVdoV7WWoOJw6nl10N', reason: '64-char token' },
        { text: 'squareToken := "EAAAEx4Tn8Qw2bRk5LpZ9cVm3Jh7-dY"', reason: 'shorter sandbox-style token' },
      ],
      noMatch: [
        { text: 'aws-cli@sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05158dee95a71f76ce3d00', reason: 'lowercase hex digest' },
        { text: 'MIIBIjANBgkqhkiG9w0B+EAAAl7Hq2Kd9vXpR4mZtB8wNc3Ys6Fg/J1LhQe5TuVa0', reason: 'inside a base64 blob' },
      ],
    },
  },
  {
    id: 'square-legacy-access-token',
    provider: 'square',
    description: 'Square legacy access token (sq0atp- prefix)',
    regex: standalone('sq0atp-[A-Za-z0-9_-]{22,60}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sq0atp-'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developer.squareup.com/docs/build-basics/access-tokens',
    samples: {
      match: [{ text: "access_token: 'sq0atp-Tq9vZx3LmB7kRc1N5wYpHd'", reason: '22-char legacy token' }],
      noMatch: [{ text: 'sq0atp-...', reason: 'truncated in docs' }],
    },
  },
  {
    id: 'square-application-secret',
    provider: 'square',
    description: 'Square application (OAuth client) secret',
    regex: standalone('sq0csp-[A-Za-z0-9_-]{30,60}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['sq0csp-'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    reference: 'https://developer.squareup.com/docs/oauth-api/overview',
    samples: {
      match: [
        { text: '"client_secret": "sq0csp-Xn4Rk8Tq2Vw6Lz0Bp3Md7Hc5Jf9Ys1Ga4Ke8Nu2Qr6Ti"', reason: '43-char application secret' },
      ],
      noMatch: [{ text: 'sq0csp-...', reason: 'truncated in docs' }],
    },
  },
];
