/**
 * Sumo Logic access keys: an access ID (`su` + 12 alphanumerics) and a 64-character access key.
 * https://help.sumologic.com/docs/manage/security/access-keys/
 * The variable name must spell Sumo as a word (`sumo`, `Sumo`, `SUMO`): `sumOfValues` is not Sumo Logic.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** `assignment` with case-sensitive spellings of the provider name. */
function sumoAssignment(secret: string): RegExp {
  const source = assignment(['sumo'], secret).source;
  return new RegExp(source.replace(anyCaseSumo, '(?:sumo|Sumo|SUMO)(?:logic|Logic|LOGIC)?'));
}
const anyCaseSumo = '(?:[sS][uU][mM][oO])';
const ROTATE = 'https://help.sumologic.com/docs/manage/security/access-keys/';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sumologic-access-id',
    provider: 'sumologic',
    description: 'Sumo Logic access ID (identifier half of an access key)',
    regex: sumoAssignment('su[A-Za-z0-9]{12}'),
    keywords: ['sumo'],
    window: NEXT_LINE,
    severity: 'low',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'SUMOLOGIC_ACCESSID="suJVaSiAl6ET70"', reason: 'access id' }],
      noMatch: [
        { text: 'sumObj = suVEdWezsxahic', reason: 'not a Sumo variable' },
        { text: 'export SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'sumologic-access-token',
    provider: 'sumologic',
    description: 'Sumo Logic access key',
    regex: sumoAssignment('[A-Za-z0-9]{64}'),
    keywords: ['sumo'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'SUMO_ACCESS_KEY: Uk8SpVE8Aca426iNsRLh43DMXbQIEcxyX2BDsYs6OVv977AIho8LNtURZVkp0uLQ', reason: 'access key' }],
      noMatch: [
        { text: 'sumOfExposures = hKH9J93Oy1PWXFd6PxdlSqRtJ8mK7yXzGCNwAL6AMJPlSn0eyjkqraWC7hNPjppH;', reason: 'not a Sumo variable' },
        { text: 'SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY:=$2}', reason: 'shell reference' },
      ],
    },
  },
];
