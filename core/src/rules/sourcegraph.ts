/**
 * Sourcegraph access tokens: `sgp_` + 40 hex (older instance-less format), `sgp_<16-hex instance id>_<40 hex>`
 * or `sgp_local_<40 hex>`; tokens before 5.x were 40 hex without prefix.
 * https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token and
 * https://sourcegraph.com/blog/improving-access-token-security
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://sourcegraph.com/user/settings/tokens';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sourcegraph-access-token',
    provider: 'sourcegraph',
    description: 'Sourcegraph access token',
    regex: standalone('sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}'),
    keywords: ['sgp_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'SRC_ACCESS_TOKEN=sgp_89330d17937e30ef_bfc58894997366d792dae047a450b47b1f4de97b', reason: 'instance-scoped token' },
        { text: 'SRC_ACCESS_TOKEN=sgp_local_241f62b53f549f231433054b1a75a470deedaeb0', reason: 'local token' },
      ],
      noMatch: [{ text: 'sgp_local_b5d9ab07efGb7c19802826634dcf23347f83c3f9', reason: 'not hex' }],
    },
  },
  {
    id: 'sourcegraph-legacy-token',
    provider: 'sourcegraph',
    description: 'Sourcegraph access token without prefix assigned to a Sourcegraph variable',
    regex: assignment(['sourcegraph'], '[a-fA-F0-9]{40}'),
    keywords: ['sourcegraph'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'sourcegraph_token: 690439d72ad594336b4cf04f647ba1aba49fd5c7', reason: 'YAML' }],
      noMatch: [{ text: 'sourcegraph_url: https://sourcegraph.example.com', reason: 'not a token' }],
    },
  },
];
