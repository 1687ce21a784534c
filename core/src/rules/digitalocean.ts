/**
 * DigitalOcean tokens: personal access tokens `dop_v1_`, OAuth access tokens `doo_v1_` (30 days) and refresh tokens
 * `dor_v1_`, each followed by 64 hex characters.
 * https://docs.digitalocean.com/reference/api/create-personal-access-token/ and
 * https://docs.digitalocean.com/reference/api/oauth/ (token prefixes: https://www.digitalocean.com/blog/new-token-formats)
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://cloud.digitalocean.com/account/api/tokens';

export const rules: Rule[] = [
  {
    id: 'digitalocean-personal-access-token',
    provider: 'digitalocean',
    description: 'DigitalOcean personal access token',
    regex: standalone('dop_v1_[a-f0-9]{64}'),
    keywords: ['dop_v1_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'DIGITALOCEAN_TOKEN=dop_v1_fda4a793d2d46b001331fb2a4b6aa498fab2314e3691db930261486bdec192f6', reason: 'doctl env' }],
      noMatch: [{ text: 'dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'digitalocean-oauth-token',
    provider: 'digitalocean',
    description: 'DigitalOcean OAuth access token (valid 30 days)',
    regex: standalone('doo_v1_[a-f0-9]{64}'),
    keywords: ['doo_v1_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.digitalocean.com/account/api/applications',
    samples: {
      match: [{ text: 'access_token: doo_v1_4d58bf223c430debcafe9c0bb24d58ea5cbcb37e41990fdad72ed873f2504756', reason: 'OAuth response' }],
      noMatch: [{ text: 'doo_v1_1234', reason: 'too short' }],
    },
  },
  {
    id: 'digitalocean-refresh-token',
    provider: 'digitalocean',
    description: 'DigitalOcean OAuth refresh token',
    regex: standalone('dor_v1_[a-f0-9]{64}'),
    keywords: ['dor_v1_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://cloud.digitalocean.com/account/api/applications',
    samples: {
      match: [{ text: '"refresh_token": "dor_v1_5b670839a90fcfd0159137bb90fd0ab9802582747986e52a6ade6e8e794a9922"', reason: 'OAuth response' }],
      noMatch: [{ text: 'dor_v1_a1b6a942a536d72f2aa85e9a28d24f938ffbf62af37662bd478d5009eb3e08c1ab', reason: 'too long' }],
    },
  },
];
