/**
 * Atlassian (Jira, Confluence) API tokens.
 * Cloud API tokens: https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 * Current tokens start with `ATATT3xFfGF0` (prefix `ATAT` confirmed by Atlassian staff:
 * https://community.atlassian.com/forums/Bitbucket-questions/Can-we-confirm-BitBucket-s-token-prefixes/qaq-p/3093481);
 * older ones are 24 alphanumerics with no prefix. Data Center personal access tokens (44 base64 chars):
 * https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://id.atlassian.com/manage-profile/security/api-tokens';
const NAMES = ['atlassian', 'confluence', 'jira'];

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'atlassian-api-token',
    provider: 'atlassian',
    description: 'Atlassian Cloud API token (Jira, Confluence, Bitbucket)',
    regex: /(?<![A-Za-z0-9_])(?<secret>ATATT3[A-Za-z0-9_=-]{150,300})(?![A-Za-z0-9_=-])/,
    keywords: ['atatt3'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'JIRA_API_TOKEN=ATATT3xFfGF0fK8lL8VVVQK-cKcDMszt2aN-Mn6jnj3BE5Cwnz7odqTSGRIQvsHwxsJ0CSdjdF3n_6liBX2EPGfX0UFdu7RBJWtjEm7QGOZm3fInxmW9o19p1eJCL4RV-L2L02Z44Oecvs3FF3vpVaIHqbWs5HcCjrj5VeTdPn5FwYszjdc8xz=FB0CF25D', reason: 'current token format' }],
      noMatch: [{ text: 'ATATT3xFfGF0Jy4xLaNzWTGveLNUOMkVzNrEXFFAkO', reason: 'truncated' }],
    },
  },
  {
    id: 'atlassian-legacy-api-token',
    provider: 'atlassian',
    description: 'Atlassian Cloud API token (legacy 24-character format) assigned to a Jira/Confluence/Atlassian variable',
    regex: assignment(NAMES, '[A-Za-z0-9]{24}'),
    // Random 24-character tokens nearly always contain a digit; camelCase identifiers do not.
    validate: ({ secret }) => /[0-9]/.test(secret),
    keywords: NAMES,
    window: NEXT_LINE,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'JIRA_API_TOKEN=GKIHykaBxH2d2adlSlzWk9LK', reason: 'dotenv' },
        { text: 'confluence_token: "q9fvzzvull2zfbvyscgc40cv"', reason: 'YAML' },
      ],
      noMatch: [
        { text: 'JIRA_PROJECT=PLATFORM', reason: 'not a token' },
        { text: 'jira_token = "a9sdRqEjrCla"', reason: 'too short' },
      ],
    },
  },
  {
    id: 'atlassian-datacenter-pat',
    provider: 'atlassian',
    description: 'Jira/Confluence/Bitbucket Data Center personal access token',
    regex: assignment([...NAMES, 'bitbucket'], '[MNO][A-Za-z0-9+/]{43}'),
    keywords: [...NAMES, 'bitbucket'],
    window: NEXT_LINE,
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    samples: {
      match: [{ text: 'JIRA_PAT="NDkBzQ0WaBqntZQhGlYeMh1fUI0cO1FExWDuVphdPQuJ"', reason: 'Data Center PAT' }],
      noMatch: [{ text: 'JIRA_PAT="NBHFuEYcN2sON6bj6Mamd"', reason: 'too short' }],
    },
  },
];
