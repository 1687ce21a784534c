/**
 * Drone CI personal tokens (32 alphanumerics), used as DRONE_TOKEN by the drone CLI.
 * https://docs.drone.io/cli/setup/ and https://docs.drone.io/api/overview/
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'droneci-access-token',
    provider: 'droneci',
    description: 'Drone CI access token assigned to a Drone variable',
    regex: assignment(['drone'], '[A-Za-z0-9]{32}'),
    keywords: ['drone'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'export DRONE_TOKEN=jdkFvL9Z4yZcwX5CWU5iyz2OQ5BBtdjw', reason: 'CLI setup' }],
      noMatch: [{ text: 'DRONE_SERVER=https://drone.example.com', reason: 'not a token' }],
    },
  },
];
