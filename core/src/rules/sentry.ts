/**
 * Sentry auth tokens. Organization tokens: `sntrys_` + base64 JSON claims + `_` + 43-char secret;
 * user tokens: `sntryu_` + 64 hex; older tokens: 64 hex with no prefix.
 * https://docs.sentry.io/account/auth-tokens/ and
 * https://github.com/getsentry/sentry/blob/master/src/sentry/utils/security/orgauthtoken_token.py
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sentry-org-token',
    provider: 'sentry',
    description: 'Sentry organization auth token',
    regex: /(?<![A-Za-z0-9+/_-])(?<secret>sntrys_eyJ[A-Za-z0-9+/_-]{20,1000}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9_+/=-])/,
    keywords: ['sntrys_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://sentry.io/orgredirect/organizations/:orgslug/settings/auth-tokens/',
    samples: {
      match: [{ text: 'SENTRY_AUTH_TOKEN=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', reason: 'source map upload token' }],
      noMatch: [{ text: 'sntrys_hP5yGZqk7peCaGergL6AJ0FOt4TVVKuD6zHQxc8ak4zynGKBP5_5k1TO28R9UJgXnSLoDwREr7TkLuJWuV52DryUIgS0TP', reason: 'payload is not base64 JSON' }],
    },
  },
  {
    id: 'sentry-user-token',
    provider: 'sentry',
    description: 'Sentry user auth token',
    regex: standalone('sntryu_[a-f0-9]{64}'),
    keywords: ['sntryu_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    samples: {
      match: [{ text: 'auth.token=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', reason: 'sentry.properties' }],
      noMatch: [{ text: 'sntryu_331e09f8a3bb238db7c12051d842caf2c60375b2056c20555b3503a1553b58f', reason: 'one character short' }],
    },
  },
  {
    id: 'sentry-legacy-auth-token',
    provider: 'sentry',
    description: 'Sentry auth token without prefix assigned to a Sentry variable',
    regex: assignment(['sentry'], '[a-f0-9]{64}'),
    keywords: ['sentry'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    samples: {
      match: [{ text: 'SENTRY_AUTH_TOKEN=cdd9255962f9212a15caab1c44d09bb28d0079ba687a42ee0f48efedf6ccf92c', reason: 'CI variable' }],
      noMatch: [{ text: 'SENTRY_DSN=https://9375862b301f7762175c203f25210ecf@o1.ingest.sentry.io/42', reason: 'DSN, a public identifier' }],
    },
  },
];
