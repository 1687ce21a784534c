/**
 * PlanetScale credentials: service tokens `pscale_tkn_`, OAuth tokens `pscale_oauth_`, database passwords `pscale_pw_`.
 * https://planetscale.com/docs/concepts/service-tokens, https://planetscale.com/docs/concepts/connection-strings and
 * https://planetscale.com/docs/concepts/planetscale-api-oauth-applications
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

const CHARS = 'A-Za-z0-9_=.-';

export const rules: Rule[] = [
  {
    id: 'planetscale-service-token',
    provider: 'planetscale',
    description: 'PlanetScale service token',
    regex: new RegExp(`(?<![A-Za-z0-9_])(?<secret>pscale_tkn_[A-Za-z0-9=._-]{32,64})(?![${CHARS}])`),
    keywords: ['pscale_tkn_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://app.planetscale.com/',
    samples: {
      match: [{ text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_j_KfZprid5yyGrlabZZ_HDH5MR74N3c45rJ8vnfLU7v', reason: 'CI secret' }],
      noMatch: [{ text: 'pscale_tkn_short', reason: 'too short' }],
    },
  },
  {
    id: 'planetscale-oauth-token',
    provider: 'planetscale',
    description: 'PlanetScale OAuth token',
    regex: new RegExp(`(?<![A-Za-z0-9_])(?<secret>pscale_oauth_[A-Za-z0-9=._-]{32,64})(?![${CHARS}])`),
    keywords: ['pscale_oauth_'],
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3.5,
    rotateUrl: 'https://app.planetscale.com/',
    samples: {
      match: [{ text: 'token: pscale_oauth_2m6Ww8l82O85OltPm_szogLLKHEuWg5VtUP8gXtw8yQ', reason: 'OAuth token' }],
      noMatch: [{ text: 'pscale_oauth_short', reason: 'too short' }],
    },
  },
  {
    id: 'planetscale-password',
    provider: 'planetscale',
    description: 'PlanetScale database password',
    regex: new RegExp(`(?<![A-Za-z0-9_])(?<secret>pscale_pw_[A-Za-z0-9=._-]{32,64})(?![${CHARS}])`),
    keywords: ['pscale_pw_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://planetscale.com/docs/concepts/connection-strings',
    samples: {
      match: [{ text: 'DATABASE_URL=mysql://u7k2:pscale_pw_aHSJkiGX4yaIF13-b-t9ufLZl-2we4FoO66sMeR0OF6@aws.connect.psdb.cloud/app', reason: 'connection string' }],
      noMatch: [{ text: 'pscale_pw_short', reason: 'too short' }],
    },
  },
];
