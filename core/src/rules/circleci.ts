/**
 * CircleCI API tokens. Since July 2023: `CCIPAT_<base58 UUID>_<40 hex>` (personal) and
 * `CCIPRJ_<base58 UUID>_<40 hex>` (project); older tokens are 40 hex without prefix.
 * https://circleci.com/changelog/new-format-for-api-access-tokens/ and https://circleci.com/docs/managing-api-tokens/
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/**
 * The documented layout is base58 UUID + 40 hex, but the `CCIPAT_`/`CCIPRJ_` prefix alone identifies
 * CircleCI (and makes the value CircleCI's to judge): the parts are read as alphanumeric so a token that
 * strays from the documented alphabets is still reported rather than dropped by everyone.
 */
const ID = '[A-Za-z0-9]{16,32}';
const SECRET = '[A-Za-z0-9]{40}';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'circleci-personal-token',
    provider: 'circleci',
    description: 'CircleCI personal API token (full read/write as the user)',
    regex: standalone(`CCIPAT_${ID}_${SECRET}`),
    keywords: ['ccipat_'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.circleci.com/settings/user/tokens',
    samples: {
      match: [
        { text: 'CIRCLE_TOKEN=CCIPAT_WSoincoLPhs3z42aSZY6FB_4e5aeb998fc149568022ee49342c6abc30979915', reason: 'personal token' },
        { text: 'export CIRCLECI_TOKEN=CCIPAT_tzi1pDT6lW9HxZuYUZDv0g_zsff7YgseZl4J66UPk3eS7jAywW57ry00qi6hWE4', reason: 'parts outside the documented alphabets, still CircleCI by prefix' },
      ],
      noMatch: [{ text: 'CCIPAT_MtTFGV8oor14bdbTD4Bxmc', reason: 'no secret part' }],
    },
  },
  {
    id: 'circleci-project-token',
    provider: 'circleci',
    description: 'CircleCI project API token',
    regex: standalone(`CCIPRJ_${ID}_${SECRET}`),
    keywords: ['cciprj_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: '-H "Circle-Token: CCIPRJ_31WgqLkMsp3MJWKWFfMCXE_06b8fade1a78ff7e1ac26d88979f97f6f9bfe0f0"', reason: 'API header' }],
      noMatch: [{ text: 'CCIPRJ_bj1rP2BVeNLfeUHNBELBs5_d9938aa516d7da892028', reason: 'truncated' }],
    },
  },
  {
    id: 'circleci-legacy-token',
    provider: 'circleci',
    description: 'CircleCI API token without prefix assigned to a CircleCI variable',
    regex: assignment(['circleci', 'circle_token', 'circle-token', 'circle_api'], '[a-fA-F0-9]{40}'),
    keywords: ['circleci', 'circle_token', 'circle-token', 'circle_api'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.circleci.com/settings/user/tokens',
    samples: {
      match: [{ text: 'CIRCLE_TOKEN=cd9371b19f5e8703f40c5253dd103c5b57dba608', reason: 'legacy token' }],
      noMatch: [{ text: 'CIRCLE_SHA1=f421c44ba45601c65b55c1b34aa9b2f18bb7495f', reason: 'built-in commit SHA variable' }],
    },
  },
];
