/**
 * Cisco Meraki Dashboard API keys: 40 lowercase hex characters.
 * https://developer.cisco.com/meraki/api-v1/authorization/
 * The variable name must spell Meraki as a word (`meraki`, `Meraki`, `MERAKI`): `CameraKit` is not Meraki.
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

function merakiAssignment(secret: string): RegExp {
  const source = assignment(['meraki'], secret).source;
  return new RegExp(source.replace('(?:[mM][eE][rR][aA][kK][iI])', '(?:meraki|Meraki|MERAKI)'));
}

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'cisco-meraki-api-key',
    provider: 'cisco-meraki',
    description: 'Cisco Meraki Dashboard API key',
    regex: merakiAssignment('[0-9a-f]{40}'),
    keywords: ['meraki'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dashboard.meraki.com/',
    samples: {
      match: [{ text: 'MERAKI_DASHBOARD_API_KEY=fb5832964c6e572796bc2d94410acc391c67545a', reason: 'SDK env' }],
      noMatch: [
        { text: 'ReactNativeCameraKit: e7959017fec47dbae980f23c3b61826760c72e28', reason: 'not a Meraki name' },
        { text: 'meraki: aaaaaaaaaa1111111111bbbbbbbbbb2222222222', reason: 'low entropy' },
      ],
    },
  },
];
