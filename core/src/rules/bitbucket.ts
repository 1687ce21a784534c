/**
 * Bitbucket Cloud credentials.
 * App passwords (prefix `ATBB`) and access tokens (prefix `ATCT`), confirmed by Atlassian staff:
 * https://community.atlassian.com/forums/Bitbucket-questions/Can-we-confirm-BitBucket-s-token-prefixes/qaq-p/3093481
 * App passwords: https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/
 * Access tokens: https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/
 * OAuth consumers (key + secret): https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'bitbucket-app-password',
    provider: 'bitbucket',
    description: 'Bitbucket Cloud app password',
    regex: /(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9_=.-]{32,40})(?![A-Za-z0-9_=.-])/,
    keywords: ['atbb'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    samples: {
      match: [{ text: 'BITBUCKET_APP_PASSWORD=ATBBtJ5tHATWUirXJq981tdcNpJsOnK4xxoA', reason: 'dotenv' }],
      noMatch: [{ text: 'ATBB2KTF89y08dQY', reason: 'too short' }],
    },
  },
  {
    id: 'bitbucket-access-token',
    provider: 'bitbucket',
    description: 'Bitbucket Cloud repository, project or workspace access token',
    regex: /(?<![A-Za-z0-9_])(?<secret>ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})(?![A-Za-z0-9_=-])/,
    keywords: ['atctt3xffgn0'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'Authorization: Bearer ATCTT3xFfGN0oX2Ybm32wY5_5x5HUyQZh_ZoOed8p6y5iH8YsisRwsJbFe1Ho35CPr0vTRankKWzp3CGznBSbNnwVnGbJbmzK_LQQDGvHyx0UHvKl8fZxaEeqPUW7aGpXZ722kyUWpmJN7ABFBDHgs91G2GQchX-8pZGMXILiOsac_GOIN_aJA=B2474FC4', reason: 'bearer header' }],
      noMatch: [{ text: 'ATCTT3xFfGN08XhtwkNUsTeMYp2aMUaU', reason: 'too short' }],
    },
  },
  {
    id: 'bitbucket-client-id',
    provider: 'bitbucket',
    description: 'Bitbucket OAuth consumer key (identifier; dangerous only with its secret)',
    regex: assignment(['bitbucket'], '[A-Za-z0-9]{18}'),
    keywords: ['bitbucket'],
    window: NEXT_LINE,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'BITBUCKET_CLIENT_ID=UoQ7VpsELMmWaVPGu1', reason: 'consumer key' }],
      noMatch: [{ text: 'BITBUCKET_WORKSPACE=my-team-workspace', reason: 'not a key' }],
    },
  },
  {
    id: 'bitbucket-client-secret',
    provider: 'bitbucket',
    description: 'Bitbucket OAuth consumer secret or other Bitbucket secret assigned to a Bitbucket variable',
    regex: assignment(['bitbucket'], '[A-Za-z0-9]{32}|[A-Za-z0-9_-]{64}'),
    keywords: ['bitbucket'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: 'https://bitbucket.org/account/settings/',
    samples: {
      match: [
        { text: 'bitbucket_client_secret: "4eIaBEvelRoy9uU8Qorn3QOsLkAeMhcM"', reason: 'consumer secret' },
        { text: 'BITBUCKET_SECRET=fX5-6J36RveKZFexqmMz82tqjzy2h9hiXMIeVM8gwpZyKspuaRg-PfETRHwdzSIm', reason: 'long secret' },
      ],
      noMatch: [{ text: 'bitbucket_secret = "LqVeCdLPLs9RpCxz0Ga2"', reason: 'wrong length' }],
    },
  },
];
