/**
 * SonarQube / SonarCloud tokens: `squ_` (user), `sqp_` (project analysis), `sqa_` (global analysis)
 * followed by 40 hex characters; tokens created before SonarQube 9.5 have no prefix.
 * https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'sonar-api-token',
    provider: 'sonar',
    description: 'SonarQube/SonarCloud user, project or global analysis token',
    regex: standalone('sq[upa]_[0-9a-fA-F]{40}'),
    keywords: ['squ_', 'sqp_', 'sqa_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    samples: {
      match: [{ text: 'sonar.token=squ_b23a19c4d304eabe8f83b74e6636cc1f7941b14c', reason: 'sonar-project.properties' }],
      noMatch: [{ text: 'squ_f000d324be8ac510fd6e', reason: 'too short' }],
    },
  },
  {
    id: 'sonar-legacy-token',
    provider: 'sonar',
    description: 'SonarQube token without prefix (pre-9.5) assigned to a Sonar variable',
    regex: assignment(['sonar'], '[0-9a-f]{40}'),
    keywords: ['sonar'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'SONAR_LOGIN=365a2c7db95a9bdff16467696326853ea109918b', reason: 'scanner login' }],
      noMatch: [{ text: 'SONAR_HOST_URL=https://sonar.example.com', reason: 'not a token' }],
    },
  },
];
