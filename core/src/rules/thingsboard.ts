/**
 * ThingsBoard device access tokens. Devices authenticate by putting their token in the request path of the
 * device API over HTTP and CoAP: `/api/v1/$ACCESS_TOKEN/telemetry` (also `attributes`, `rpc`, `claim`)
 * (https://thingsboard.io/docs/reference/http-api/, https://thingsboard.io/docs/reference/coap-api/).
 * Whoever holds it can publish as the device. Reported only on lines that name ThingsBoard (its hosts
 * `thingsboard.cloud`/`demo.thingsboard.io` or the product), since the path shape alone is generic.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'thingsboard-device-token',
    provider: 'thingsboard',
    description: 'ThingsBoard device access token in a device API URL',
    regex: /\/api\/v1\/(?<secret>[A-Za-z0-9_-]{16,64})\/(?:telemetry|attributes|rpc|claim|firmware|software)(?![\w-])/,
    keywords: ['thingsboard'],
    severity: 'high',
    lifetime: 'long-lived',
    validate: ({ secret }) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    reference: 'https://thingsboard.io/docs/reference/http-api/',
    samples: {
      match: [{ text: 'curl -X POST -d @t.json https://thingsboard.cloud/api/v1/k7q2m9xv4lp8zr3tn6wb/telemetry', reason: 'HTTP device API' }],
      noMatch: [
        { text: 'https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry', reason: 'placeholder variable' },
        { text: 'https://api.corp.dev/api/v1/k7q2m9xv4lp8zr3tn6wb/telemetry', reason: 'no ThingsBoard on the line' },
      ],
    },
  },
];
