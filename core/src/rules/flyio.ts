/**
 * Fly.io tokens. User auth tokens `fo1_…` (from `fly auth token`) and macaroon tokens `FlyV1 fm1r_/fm1a_/fm2_…`
 * (`fly tokens create`; deploy tokens default to a 20-year expiry):
 * https://fly.io/docs/security/tokens/ and https://fly.io/docs/flyctl/tokens-create/
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://fly.io/user/personal_access_tokens';

export const rules: Rule[] = [
  {
    id: 'flyio-user-token',
    provider: 'flyio',
    description: 'Fly.io user auth token (full account access)',
    regex: standalone('fo1_[A-Za-z0-9_-]{43}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['fo1_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'FLY_API_TOKEN=fo1_NGpbnTxuAio023knHZeDJyxo0haDSRNaDh-q5YdyDdb', reason: 'CI secret' }],
      noMatch: [
        { text: 'api_key = "fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'placeholder' },
        { text: 'value="7SWa-Fo1_JzYNCqt7eSW2H1JtQHWLHUl8pdtfibAPPmwlz_08mq2"', reason: 'inside another token' },
      ],
    },
  },
  {
    id: 'flyio-macaroon-token',
    provider: 'flyio',
    description: 'Fly.io macaroon token (deploy, org or machine token)',
    regex: /(?<![A-Za-z0-9_+/])(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/]{80,4000}={0,3})(?![A-Za-z0-9_+/=])/,
    keywords: ['fm1r_', 'fm1a_', 'fm2_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: 'https://fly.io/docs/security/tokens/#revoke-tokens',
    samples: {
      match: [{ text: 'FLY_API_TOKEN="FlyV1 fm2_ndZgmjHGfxFtKuwIpm9U9LtHO4p49mNsa7UqwjYN3C2iuJeTZh7viLcl3GSLl39GzaE30sUVwpcVDACrEL0OKbedtmyJds4V8sf0sxD6nO7cqMp6Kvoj67U0=="', reason: 'deploy token' }],
      noMatch: [{ text: 'fm2_short==', reason: 'too short' }],
    },
  },
];
