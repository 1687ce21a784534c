/**
 * X (Twitter) API credentials: consumer API key (25) + secret (50), user access token
 * (`<user id>-<random>`) + secret (45), and app-only bearer tokens (`AAAA…` with URL-encoded base64).
 * https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret
 * https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens
 * None expire; they are regenerated in the developer portal.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://developer.x.com/en/portal/projects-and-apps';
const IDENTIFIERS = ['twitter'];
const ASSIGNED_WINDOW = { before: 64, after: 320, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'twitter-bearer-token',
    provider: 'twitter',
    description: 'X (Twitter) app-only bearer token',
    regex: /(?<![A-Za-z0-9_%])(?<secret>A{20,24}[A-Za-z0-9%]{60,140})(?![A-Za-z0-9_%])/,
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAML8QjEXAJgfPEn5jOaBaaRQh92fn3h%2BiEbrUKpCUVl7dxXVTS2j%3DUWfsOJTFDQ74q69dTcada4PR0NfyttUMk931FMdu',
          reason: 'bearer token',
        },
      ],
      noMatch: [{ text: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', reason: 'padding only' }],
    },
  },
  {
    id: 'twitter-api-key',
    provider: 'twitter',
    description: 'X (Twitter) consumer API key (25 chars), half of the app credential pair',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{25}'),
    keywords: ['twitter'],
    window: ASSIGNED_WINDOW,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'TWITTER_API_KEY=x8KUCERkj9Zhx9PkOZAEyXYC8', reason: 'dotenv' }],
      noMatch: [{ text: 'TWITTER_API_KEY=x8KUCERkj9Zhx9PkOZAEyXYC8abc', reason: 'wrong length' }],
    },
  },
  {
    id: 'twitter-api-secret',
    provider: 'twitter',
    description: 'X (Twitter) consumer API secret (50 chars)',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{50}'),
    keywords: ['twitter'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "twitter_consumer_secret: 'rYWKvsrdNPTZ0Mv3MUa1jM1tLB4pyyRyMX5oZCsSauqrBkL60W'", reason: 'YAML' }],
      noMatch: [{ text: "twitter_consumer_secret: 'rYWKvsrdNPTZ0Mv3MUa1jM1tLB4pyyRyMX5oZCsSauqrBkL6'", reason: 'wrong length' }],
    },
  },
  {
    id: 'twitter-legacy-consumer-credential',
    provider: 'twitter',
    description: 'X (Twitter) consumer key or secret in the older, shorter format (about 22 / 41–43 chars)',
    // Apps created before the 25/50-character format got 22-character keys and 41–43-character secrets, as
    // in X's own signing example (https://developer.x.com/en/docs/authentication/oauth-1-0a/creating-a-signature).
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{40,43}|[A-Za-z0-9]{20,22}'),
    keywords: ['twitter'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.3,
    validate: ({ secret }) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: "# TWITTER_CONSUMER_KEY = 'Qm7wXr2LkZ9vTp4Hn8Jc3B'", reason: 'older 22-char key, commented out (still a leak)' },
        { text: 'twitter_consumer_secret: "Rk4Tz7Wn1Hb5Jd3Fs6Gc0Ya2Eu7Oi8Mq1Nz5Bx3Cv9L"', reason: 'older 43-char secret' },
      ],
      noMatch: [
        { text: 'TWITTER_HANDLE = "ExampleCompanyOfficial"', reason: 'a handle, not generated' },
        { text: 'twitter_card_type = summary_large_image', reason: 'not a credential' },
      ],
    },
  },
  {
    id: 'twitter-access-token',
    provider: 'twitter',
    description: 'X (Twitter) user access token (<user id>-<random>)',
    regex: assignment(IDENTIFIERS, '[0-9]{5,25}-[A-Za-z0-9]{20,50}'),
    keywords: ['twitter'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'TWITTER_ACCESS_TOKEN="0429248758188763349-dRzDTn7qLWaYyDIfIZwXeozLH5q41HuEGLmmnmfl"', reason: 'access token' }],
      noMatch: [{ text: 'TWITTER_ACCESS_TOKEN="0429248758188763349-short"', reason: 'too short' }],
    },
  },
  {
    id: 'twitter-access-token-secret',
    provider: 'twitter',
    description: 'X (Twitter) user access token secret (45 chars)',
    regex: assignment(IDENTIFIERS, '[A-Za-z0-9]{45}'),
    keywords: ['twitter'],
    window: ASSIGNED_WINDOW,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'twitterAccessSecret = "ZSsxKKwzXH2jpc7Fx3gxODYfjuMbwrHMbgcn33KFLKnq7"', reason: 'access secret' }],
      noMatch: [{ text: 'twitterAccessSecret = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'placeholder' }],
    },
  },
];
