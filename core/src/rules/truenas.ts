/**
 * TrueNAS API keys: the key's numeric id, `-`, then 64 random alphanumerics, as TrueNAS shows it once on
 * creation (https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/). Used as a
 * Bearer token or through the JSON-RPC/WebSocket method `auth.login_with_api_key`
 * (https://api.truenas.com/). The shape alone is too plain to report without the method or the name.
 */
import type { Rule } from '../engine/types.js';

export const rules: Rule[] = [
  {
    id: 'truenas-api-key',
    provider: 'truenas',
    description: 'TrueNAS API key (<id>-<64 alphanumerics>) near auth.login_with_api_key or a TrueNAS name',
    regex: /(?<![A-Za-z0-9_-])(?<secret>[0-9]{1,6}-[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
    keywords: ['login_with_api_key', 'truenas'],
    window: { before: 200, after: 400, crossLines: true },
    severity: 'critical',
    lifetime: 'long-lived',
    validate: ({ secret }) => {
      const body = secret.slice(secret.indexOf('-') + 1);
      return /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body);
    },
    rotateUrl: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
    reference: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
    samples: {
      match: [
        {
          text: '{"id": "7f1c", "msg": "method", "method": "auth.login_with_api_key", "params": ["3-Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gQm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gAb7C"]}',
          reason: 'WebSocket login',
        },
      ],
      noMatch: [
        { text: 'auth.login_with_api_key(["3-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])', reason: 'not random' },
        { text: 'build 3-Qm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gQm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gAb7C', reason: 'no TrueNAS context' },
      ],
    },
  },
];
