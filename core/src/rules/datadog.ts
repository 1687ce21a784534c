/**
 * Datadog API keys (32 hex) and application keys (40 characters).
 * https://docs.datadoghq.com/account_management/api-app-keys/
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

const ROTATE = 'https://app.datadoghq.com/organization-settings/api-keys';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'datadog-api-key',
    provider: 'datadog',
    description: 'Datadog API key assigned to a Datadog variable',
    regex: assignment(['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey'], '[a-f0-9]{32}'),
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [
        { text: 'DD_API_KEY=6e62f5209ceaefdefe35a70db0175642', reason: 'agent env' },
        { text: 'datadog_api_key: "ed29ab7488245df5238a24784cbdb040"', reason: 'YAML' },
      ],
      noMatch: [{ text: 'DD_API_KEY=f379be880c1c339c', reason: 'too short' }],
    },
  },
  {
    id: 'datadog-access-token',
    provider: 'datadog',
    description: 'Datadog application key assigned to a Datadog variable',
    regex: assignment(['datadog', 'dd_app_key', 'dd_application_key', 'dd-application-key', 'dd_appkey'], '[A-Za-z0-9]{40}'),
    keywords: ['datadog', 'dd_app_key', 'dd_application_key', 'dd-application-key', 'dd_appkey'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
    samples: {
      match: [{ text: 'DD_APP_KEY="e6330f2b3bd2c27d056b8c2253fa12918308f687"', reason: 'application key' }],
      noMatch: [{ text: 'DD_APP_KEY="ce8044685e4383fbff835433fcfc912d"', reason: 'wrong length' }],
    },
  },
];
